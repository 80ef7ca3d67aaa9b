"""May this volunteer offer help on this need? The one home of the answer, for the need page's help box, the
"needs for you" list (through needs.hooks) and `services.make_offer`, which enforces it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _

from techpaten.needs.hooks import closed_to_volunteer
from techpaten.needs.models import Need
from techpaten.organisations.access import is_member, organisations_of

from .models import Offer

Status = Offer.Status
# With an offer in one of these states a volunteer cannot offer again on the same need: one live offer per need,
# and after a decline none (the organisation said no).
SETTLED = (*Offer.ACTIVE_STATUSES, Status.DECLINED)

# Why not, as codes the need page shows differently (a button to log in, to make a profile, or a sentence).
LOGIN = "login"
PROFILE = "profile"
NOT_OPEN = "not_open"
MEMBER = "member"
ALREADY = "already"
DECLINED = "declined"
TOO_MANY = "too_many"


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str


@closed_to_volunteer.answer
def closed_needs(volunteer_id: int) -> Q:
    """The needs `refusal` refuses whatever their status, as a filter on needs: needs of the volunteer's own
    organisations, and needs with a settled offer of theirs (for "needs for you", which lists open needs only)."""
    settled = Offer.objects.filter(volunteer_id=volunteer_id, status__in=SETTLED).values("need_id")
    return Q(organisation_id__in=organisations_of(volunteer_id)) | Q(pk__in=settled)


def refusal(user: Any, need: Need) -> Refusal | None:
    """Why `user` may not offer help on `need` now (None: they may). `make_offer` raises the message; the need page
    shows a button, a sentence or nothing by the code. First what the person did (an offer of theirs settles it),
    then the need, then the person."""
    authenticated = getattr(user, "is_authenticated", False)
    mine = Offer.objects.filter(volunteer_id=user.pk) if authenticated else Offer.objects.none()
    settled = list(mine.filter(need=need, status__in=SETTLED).values_list("status", flat=True))
    if any(status in Offer.ACTIVE_STATUSES for status in settled):
        return Refusal(ALREADY, _("You have already offered help on this need."))
    if settled:
        return Refusal(DECLINED, _("The organisation has declined your offer on this need."))
    if not need.accepts_offers:
        return Refusal(NOT_OPEN, _("This need does not take offers at the moment."))
    if not authenticated:
        return Refusal(LOGIN, _("Please log in to offer help."))
    if not hasattr(user, "volunteer_profile"):
        return Refusal(PROFILE, _("Please create your volunteer profile first."))
    if is_member(user, need.organisation_id):
        return Refusal(MEMBER, _("You are a member of this organisation; you cannot offer help to yourselves."))
    pending = mine.filter(status=Status.PENDING).count()
    if pending >= settings.OFFER_MAX_PENDING:
        return Refusal(
            TOO_MANY,
            _("You already have %(count)d offers waiting for an answer. Wait for an answer or withdraw one first.")
            % {"count": pending},
        )
    return None
