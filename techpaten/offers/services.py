"""Offers: the limits that keep them serious and every change of state, with who may make it.

Views, commands and (later) the API call these functions; none of them changes `Offer.status` itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts import security
from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin
from techpaten.volunteers.models import Team
from techpaten.volunteers.teams import is_on_team

from . import notifications, rules, signals
from .models import Offer

Status = Offer.Status

# action → (statuses it may start from, status it leads to, who may do it)
TRANSITIONS: dict[str, tuple[frozenset[str], str, str]] = {
    "accept": (frozenset({Status.PENDING}), Status.ACCEPTED, "organisation_admin"),
    "decline": (frozenset({Status.PENDING}), Status.DECLINED, "organisation_admin"),
    "withdraw": (frozenset({Status.PENDING, Status.ACCEPTED}), Status.WITHDRAWN, "volunteer"),
    "expire": (frozenset({Status.PENDING}), Status.EXPIRED, "system"),
}


def may(user: Any, offer: Offer, action: str) -> bool:
    """Whether `user` may apply `action` to `offer` now (used by templates to show buttons, and by `_apply`)."""
    sources, _target, actor = TRANSITIONS[action]
    if offer.status not in sources or not user.is_authenticated:
        return False
    if actor == "organisation_admin":
        return offer.need.status != Need.Status.CLOSED and is_admin(user, offer.need.organisation_id)
    if actor == "volunteer":
        return bool(offer.volunteer_id == user.pk)
    return False


@transaction.atomic
def make_offer(
    need: Need, volunteer: User, message: str, hours_per_month: int | None = None, *, team: Team | None = None
) -> Offer:
    """`team`: on behalf of a team the volunteer is an active member of; accepting brings the whole team."""
    if not hasattr(volunteer, "volunteer_profile"):
        raise RuleViolation(_("Please create your volunteer profile first."))
    # Lock the volunteer's row: two offers sent at the same moment cannot both pass the limit check.
    User.objects.select_for_update().filter(pk=volunteer.pk).first()
    security.enforce_hourly_limit(
        Offer.objects.filter(volunteer=volunteer),
        settings.OFFER_RATE_PER_HOUR,
        _("You have sent many offers in the last hour. Please wait a little before you send the next one."),
        user=volunteer,
        action="offer",
    )
    need = Need.objects.select_for_update().get(pk=need.pk)
    refused = rules.refusal(volunteer, need)
    if refused is not None:
        raise RuleViolation(refused.message)
    if team is not None and not is_on_team(volunteer, team.pk):
        raise RuleViolation(_("You can only offer help on behalf of a team you are on."))
    now = timezone.now()
    try:
        with transaction.atomic():
            offer = Offer.objects.create(
                need=need,
                volunteer=volunteer,
                message=message,
                hours_per_month=hours_per_month,
                team=team,
                expires_at=now + timedelta(days=settings.OFFER_EXPIRY_DAYS),
            )
    except IntegrityError as error:  # the unique constraint caught a race the checks above could not see
        raise RuleViolation(_("You have already offered help on this need.")) from error
    notifications.offer_received(offer)
    return offer


@transaction.atomic
def _apply(offer: Offer, user: Any, action: str, message: str = "") -> Offer:
    sources, target, actor = TRANSITIONS[action]
    if actor != "system" and not may(user, offer, action):
        raise RuleViolation(_("This offer can no longer be changed this way. Please reload the page."))
    now = timezone.now()
    changes: dict[str, Any] = {"status": target}
    if action in {"accept", "decline"}:
        changes.update(decided_at=now, decided_by=user, decision_message=message)
    # Compare-and-swap on the status: a double click or a concurrent answer changes nothing twice.
    if not Offer.objects.filter(pk=offer.pk, status__in=sources).update(**changes):
        raise RuleViolation(_("This offer has changed in the meantime. Please reload the page."))
    previous = offer.status
    for field, value in changes.items():
        setattr(offer, field, value)
    notifications.status_changed(offer, previous, actor=user)
    return offer


@transaction.atomic
def accept(offer: Offer, user: Any, message: str = "") -> Offer:
    """Accept the offer. Its volunteer then joins the team that looks after the need: a flow that reacts to
    `signals.offer_accepted` (techpaten/flows/offer_accepted.py), in the same transaction."""
    _apply(offer, user, "accept", message)
    signals.offer_accepted.send(sender=Offer, offer=offer, user=user)
    return offer


def decline(offer: Offer, user: Any, message: str = "") -> Offer:
    return _apply(offer, user, "decline", message)


def withdraw(offer: Offer, user: Any) -> Offer:
    return _apply(offer, user, "withdraw")


def expire_due(now: datetime | None = None) -> int:
    """Expire pending offers older than the expiry period; each volunteer is told once. Returns how many."""
    now = now or timezone.now()
    count = 0
    due = Offer.objects.filter(status=Status.PENDING, expires_at__lte=now).select_related("need", "volunteer")
    for offer in due:
        try:
            _apply(offer, None, "expire")
        except RuleViolation:
            continue  # answered or expired by another worker in the meantime
        count += 1
    return count


def close_pending_for_closed_need(need: Need, user: Any) -> None:
    """Closing a need answers its pending offers, so no volunteer waits for nothing."""
    for offer in Offer.objects.filter(need=need, status=Status.PENDING).select_related("volunteer", "need"):
        if Offer.objects.filter(pk=offer.pk, status=Status.PENDING).update(
            status=Status.NEED_CLOSED, decided_at=timezone.now(), decided_by=user
        ):
            offer.status = Status.NEED_CLOSED
            notifications.status_changed(offer, Status.PENDING, actor=user)
