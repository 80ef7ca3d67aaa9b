"""The person's notification settings, the notifications waiting for their digest and how far they have read each
conversation, for the export and the account deletion (see categories.py).

They live in mail and conversations; mail sits beside accounts (which imports it), so the category is here.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.models import User
from techpaten.accounts.personal_data import Category, field_labels
from techpaten.conversations.models import ReadMarker
from techpaten.mail import kinds
from techpaten.mail.models import Delivery, NotificationPreference, PendingNotification


class NotificationData(Category):
    key = "notifications"
    title = _("Notification settings")
    description = _(
        "Which e-mails you switched off or get as a daily digest, the notifications waiting for your next digest, "
        "and up to which message you have read each conversation."
    )
    labels = {
        **field_labels(PendingNotification, "subject", "created_at"),
        "settings": _("settings changed"),
        "waiting": _("waiting for the digest"),
        "read": _("conversations read"),
        "kind": _("kind"),
        "delivery": _("delivery"),
        "need": _("need"),
        "read_up_to": _("last read message"),
    }
    covers = ("mail.NotificationPreference.user", "mail.PendingNotification.user", "conversations.ReadMarker.user")

    def export(self, user: User) -> dict[str, Any]:
        def label(name: str) -> str:
            kind = kinds.REGISTRY.get(name)
            return str(kind.label) if kind else name

        preferences = NotificationPreference.objects.filter(user=user).order_by("kind")
        pending = PendingNotification.objects.filter(user=user).order_by("pk")
        markers = ReadMarker.objects.filter(user=user).select_related("offer__need").order_by("pk")
        return {
            "settings": [{"kind": label(p.kind), "delivery": Delivery(p.delivery).label} for p in preferences],
            "waiting": [{"kind": label(p.kind), "subject": p.subject, "created_at": p.created_at} for p in pending],
            "read": [{"need": m.offer.need.title, "read_up_to": m.last_read_id} for m in markers],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {
            "notification_settings": NotificationPreference.objects.filter(user=user).delete()[0],
            "notifications_waiting": PendingNotification.objects.filter(user=user).delete()[0],
            "read_markers": ReadMarker.objects.filter(user=user).delete()[0],
        }
