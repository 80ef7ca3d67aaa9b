"""Reports and moderation actions concerning a person, for the export and the account deletion (techpaten/privacy).

The audit log is append-only for moderators; deleting an account cuts it loose from the person (names gone, the
record of what happened kept), as pretix's shredder redacts its log instead of deleting it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import AuditEntry, Report
from .services import ACCOUNT

if TYPE_CHECKING:
    from techpaten.accounts.models import User

REDACTED = "[deleted user]"


class ModerationData(Category):
    key = "moderation"
    title = _("Reports and moderation")
    description = _("What you reported, and what the moderation team decided about your account or content.")
    labels = {
        **field_labels(Report, "kind", "title", "reason", "note", "created_at", "status"),
        "reports": _("your reports"),
        "about_you": _("moderation actions about you"),
        "action": _("action"),
        "why": _("reason"),
        "when": _("when"),
    }
    covers = (
        "moderation.Report.reporter",
        "moderation.Report.closed_by",
        "moderation.AuditEntry.actor",
        "moderation.AuditEntry.account",
    )

    def export(self, user: User) -> dict[str, Any]:
        reports = Report.objects.filter(reporter=user).order_by("created_at", "pk")
        about = AuditEntry.objects.filter(account=user).order_by("created_at", "pk")
        return {
            "reports": [
                {
                    "kind": report.kind,
                    "title": report.title,
                    "reason": report.get_reason_display(),
                    "note": report.note,
                    "created_at": report.created_at,
                    "status": report.get_status_display(),
                }
                for report in reports
            ],
            "about_you": [
                {"action": entry.get_action_display(), "why": entry.reason, "when": entry.created_at} for entry in about
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # Bulk updates on purpose: the audit entries' save() refuses changes by moderators, not this redaction.
        redacted = AuditEntry.objects.filter(kind=ACCOUNT, object_id=user.pk).update(title=REDACTED)
        return {
            "reports_anonymised": Report.objects.filter(reporter=user).update(reporter=None, note=""),
            "reports_closed_by_anonymised": Report.objects.filter(closed_by=user).update(closed_by=None),
            "audit_entries_redacted": redacted
            + AuditEntry.objects.filter(actor=user).update(actor=None)
            + AuditEntry.objects.filter(account=user).update(account=None),
        }
