"""The seeded library of minimum requirements (issue 4), as plain data; loaded by techpaten.compliance.seed.

Order is position: sector-specific rules of the worked cases first (they are what a Kita, school or WG asks about
first), then roles and paperwork, content, communication, operations and the security basics.
"""

from __future__ import annotations

from . import communication, content, kita, operations, rights, roles, schule, security, wg
from .base import DOCUMENT_KEYS, Req

REQUIREMENTS: list[Req] = [
    *wg.REQUIREMENTS,
    *schule.REQUIREMENTS,
    *kita.REQUIREMENTS,
    *roles.REQUIREMENTS,
    *rights.REQUIREMENTS,
    *content.REQUIREMENTS,
    *communication.REQUIREMENTS,
    *operations.REQUIREMENTS,
    *security.REQUIREMENTS,
]

__all__ = ["DOCUMENT_KEYS", "REQUIREMENTS", "Req"]
