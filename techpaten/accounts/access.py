"""Roles of an account that other apps ask about (organisation roles are in organisations.access)."""

from __future__ import annotations

from typing import Any


def is_reviewer(user: Any) -> bool:
    """A registered data-protection reviewer (a DPO or lawyer, granted by staff) with an account still in use."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and getattr(user, "is_reviewer", False))
