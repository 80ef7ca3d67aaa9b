"""The link that confirms a supporter's e-mail address. Until it is followed, a pledge is the supporter's alone: the
organisation neither sees nor counts it, because anyone could type anyone's address into the public pledge form."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core import signing
from django.db import transaction
from django.utils import timezone

from . import notifications
from .models import Pledge

# How long the link works; pledges still unconfirmed after it are deleted (nobody asked for them to be kept).
VALID_DAYS = 7
_SALT = "techpaten.costs.pledge-email"


def pledge_token(pledge: Pledge) -> str:
    """A signed, timestamped token naming the pledge and the address it confirms (useless for any other)."""
    return signing.dumps({"pledge": pledge.pk, "email": pledge.email}, salt=_SALT, compress=True)


def pledge_from_token(token: str) -> Pledge | None:
    """The pledge a confirmation link names, while the link is valid; None for a bad, expired or used-up link."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=timedelta(days=VALID_DAYS))
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pledge"), int):
        return None
    pledge = (
        Pledge.objects.select_related("cost_item", "cost_item__organisation")
        .filter(pk=data["pledge"], email=str(data.get("email", "")))
        .first()
    )
    return pledge


@transaction.atomic
def confirm_pledge_address(pledge: Pledge) -> bool:
    """The supporter followed the link: the organisation now sees the pledge and is told. False if done before."""
    # Compare-and-swap: two clicks on the link tell the organisation once.
    changed = Pledge.objects.filter(pk=pledge.pk, email_confirmed_at__isnull=True).update(
        email_confirmed_at=timezone.now()
    )
    if not changed:
        return False
    pledge.refresh_from_db()
    notifications.pledge_thanks(pledge)
    notifications.pledge_received(pledge)
    return True


def forget_unconfirmed_pledges(now: datetime) -> int:
    """Delete pledges whose address was not confirmed while the link worked: nobody asked for them to be kept."""
    cutoff = now - timedelta(days=VALID_DAYS)
    deleted, _per_model = Pledge.objects.filter(email_confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return deleted
