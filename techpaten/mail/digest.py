"""The daily digest: the notifications a person chose to receive once a day, in one mail.

`manage.py send_notification_digests` runs once a day (deploy/systemd/techpaten-notification-digests.timer).
Deleting the waiting rows is the claim, a compare-and-swap: a second run, at once or later, finds them gone and
sends nothing; a run that deleted fewer rows than it read lost a race and rolls back.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from . import outbox
from .models import PendingNotification

DIGEST = "mail/notification_digest"


def send_digests() -> int:
    """Queue one digest mail per person with waiting notifications; returns how many were queued."""
    waiting = PendingNotification.objects.order_by("user_id").values_list("user_id", flat=True).distinct()
    return sum(1 for user_id in list(waiting) if send_digest(user_id))


@transaction.atomic
def send_digest(user_id: int) -> bool:
    pending = list(PendingNotification.objects.filter(user_id=user_id).order_by("pk"))
    if not pending:
        return False
    deleted, _by_model = PendingNotification.objects.filter(pk__in=[row.pk for row in pending]).delete()
    if deleted != len(pending):
        transaction.set_rollback(True)  # another run took (some of) them: it sends them
        return False
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    context = {"notifications": pending, "settings_path": reverse("account_notifications")}
    outbox.send(DIGEST, user.email, context, user=user)
    return True
