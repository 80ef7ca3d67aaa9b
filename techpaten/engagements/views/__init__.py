"""The engagement page and what its participants do there: the team (team.py), paid work and hours (work.py)."""

from __future__ import annotations

from .team import change_role, change_status, detail, leave, reopen_for_backup
from .work import answer_paid_work, delete_hours, propose_paid_work, report_hours, withdraw_paid_work

__all__ = [
    "answer_paid_work",
    "change_role",
    "change_status",
    "delete_hours",
    "detail",
    "leave",
    "propose_paid_work",
    "reopen_for_backup",
    "report_hours",
    "withdraw_paid_work",
]
