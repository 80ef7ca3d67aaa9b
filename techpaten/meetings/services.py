"""Kennenlernen: the rules for proposing, confirming, declining and cancelling a first meeting on an offer.

Two sides take part: the offer's volunteer and the members of the need's organisation. Whoever proposes agrees by
proposing; only the other side confirms or declines. Views and the offer page call these functions; none of them
changes `FirstMeeting.status` itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation
from techpaten.engagements.standing import offer_is_live
from techpaten.offers.models import Offer
from techpaten.organisations.access import is_member

from . import notifications
from .models import FirstMeeting

Status = FirstMeeting.Status

VOLUNTEER = "volunteer"
ORGANISATION = "organisation"

MAX_DAYS_AHEAD = 90
MIN_MINUTES = 15
MAX_MINUTES = 180
# A few alternatives help to find a date; more than that is a poll, not a proposal.
MAX_OPEN_PROPOSALS = 3
# Meetings are planned before and during a Patenschaft, not after the offer has ended.
OFFER_STATUSES = (Offer.Status.PENDING, Offer.Status.ACCEPTED)


def offer_takes_meetings(offer: Offer) -> bool:
    """Waiting for an answer, or accepted while its volunteer is on the organisation's live team (a volunteer who
    left, or whose engagement was ended, plans no more meetings on it: engagements.standing)."""
    return offer.status in OFFER_STATUSES and offer_is_live(offer)


def side_of(user: Any, offer: Offer) -> str | None:
    """Which side `user` takes part for: the volunteer, the organisation, or none (an outsider).

    The volunteer of an accepted offer who is no longer on the organisation's live team takes no part any more:
    no proposals, answers or calendar files (the organisation may still decline or call off what was planned).
    """
    if not user.is_authenticated:
        return None
    if offer.volunteer_id is not None and offer.volunteer_id == user.pk:
        if offer.status == Offer.Status.ACCEPTED and not offer_is_live(offer):
            return None
        return VOLUNTEER
    if is_member(user, offer.need.organisation_id):
        return ORGANISATION
    return None


def proposer_side(meeting: FirstMeeting) -> str:
    """The side that proposed. A proposer who deleted their account leaves NULL: that was not the volunteer still
    on the offer, so the organisation's side (or, if the volunteer is gone too, nobody who could confirm)."""
    if meeting.proposed_by_id is not None and meeting.proposed_by_id == meeting.offer.volunteer_id:
        return VOLUNTEER
    return ORGANISATION


def other_side(side: str) -> str:
    return ORGANISATION if side == VOLUNTEER else VOLUNTEER


def may_propose(side: str | None, offer: Offer) -> bool:
    return side is not None and offer_takes_meetings(offer)


def may_answer(side: str | None, meeting: FirstMeeting) -> bool:
    """Confirm or decline: only the side that did not propose, only while the proposal is open."""
    return side is not None and meeting.status == Status.PROPOSED and side != proposer_side(meeting)


def has_calendar(side: str | None, meeting: FirstMeeting) -> bool:
    """The calendar file (.ics) of a confirmed meeting, for whoever takes part (`side_of`)."""
    return side is not None and meeting.status == Status.CONFIRMED


def may_cancel(user: Any, side: str | None, meeting: FirstMeeting) -> bool:
    """The proposer takes back an open proposal; once confirmed, either side may call the meeting off."""
    if side is None:
        return False
    if meeting.status == Status.PROPOSED:
        return bool(meeting.proposed_by_id is not None and meeting.proposed_by_id == user.pk)
    return meeting.status == Status.CONFIRMED


def check_proposal(
    *, starts_at: datetime, duration_minutes: int, place: str, link: str, now: datetime | None = None
) -> list[str]:
    """Everything wrong with the proposed date, length and place, as messages for the person (empty: all fine)."""
    now = now or timezone.now()
    problems = []
    if starts_at <= now:
        problems.append(_("Please choose a time in the future."))
    elif starts_at > now + timedelta(days=MAX_DAYS_AHEAD):
        problems.append(_("Please choose a date within the next %(days)d days.") % {"days": MAX_DAYS_AHEAD})
    if not MIN_MINUTES <= duration_minutes <= MAX_MINUTES:
        problems.append(
            _("A first meeting lasts between %(min)d and %(max)d minutes.") % {"min": MIN_MINUTES, "max": MAX_MINUTES}
        )
    if not place.strip() and not link.strip():
        problems.append(_("Please give a place to meet or a link for a video call."))
    # Only encrypted links: the meeting link is often all it takes to join the call.
    if link.strip() and not link.strip().lower().startswith("https://"):
        problems.append(_("The link for the video call must start with https://."))
    return problems


@transaction.atomic
def propose(
    offer: Offer,
    user: Any,
    *,
    starts_at: datetime,
    duration_minutes: int,
    place: str = "",
    link: str = "",
    note: str = "",
) -> FirstMeeting:
    """Propose a first meeting; the other side is told and confirms or declines."""
    side = side_of(user, offer)
    if side is None:
        raise RuleViolation(_("Only the volunteer and the organisation can plan a first meeting."))
    # Lock the offer: its status cannot change underneath, and two proposals at once cannot pass the limit together.
    offer.status = Offer.objects.select_for_update().values_list("status", flat=True).get(pk=offer.pk)
    if offer.status not in OFFER_STATUSES:
        raise RuleViolation(
            _("A first meeting can only be planned while the offer is waiting for an answer or accepted.")
        )
    if not offer_takes_meetings(offer):
        raise RuleViolation(_("The volunteer is no longer on the organisation's team: no more first meetings here."))
    problems = check_proposal(starts_at=starts_at, duration_minutes=duration_minutes, place=place, link=link)
    if problems:
        raise RuleViolation(problems)
    if FirstMeeting.objects.filter(offer=offer, status=Status.PROPOSED).count() >= MAX_OPEN_PROPOSALS:
        raise RuleViolation(
            _(
                "There are already %(count)d open proposals for this offer. "
                "Please wait for an answer or cancel one first."
            )
            % {"count": MAX_OPEN_PROPOSALS}
        )
    meeting = FirstMeeting.objects.create(
        offer=offer,
        proposed_by=user,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        place=place.strip(),
        link=link.strip(),
        note=note.strip(),
    )
    meeting.offer = offer
    notifications.meeting_proposed(meeting, side)
    return meeting


def _change(meeting: FirstMeeting, user: Any, source: str, target: str) -> None:
    """Compare-and-swap on the status: a double click or the other side's answer at the same moment changes
    nothing twice (and sends no second mail)."""
    now = timezone.now()
    changed = FirstMeeting.objects.filter(pk=meeting.pk, status=source).update(
        status=target, answered_by=user, answered_at=now
    )
    if not changed:
        raise RuleViolation(_("This meeting has changed in the meantime. Please reload the page."))
    meeting.status, meeting.answered_by, meeting.answered_at = target, user, now


@transaction.atomic
def confirm(meeting: FirstMeeting, user: Any) -> FirstMeeting:
    side = side_of(user, meeting.offer)
    if not may_answer(side, meeting):
        raise RuleViolation(_("Only the other side can confirm this proposal, while it is open."))
    if not offer_takes_meetings(meeting.offer):
        raise RuleViolation(_("The offer has ended; this meeting can no longer be confirmed."))
    if meeting.starts_at <= timezone.now():
        raise RuleViolation(_("The proposed time has passed. Please propose a new one."))
    _change(meeting, user, Status.PROPOSED, Status.CONFIRMED)
    notifications.meeting_answered(meeting, other_side(side or VOLUNTEER))
    return meeting


@transaction.atomic
def decline(meeting: FirstMeeting, user: Any) -> FirstMeeting:
    side = side_of(user, meeting.offer)
    if not may_answer(side, meeting):
        raise RuleViolation(_("Only the other side can decline this proposal, while it is open."))
    _change(meeting, user, Status.PROPOSED, Status.DECLINED)
    notifications.meeting_answered(meeting, other_side(side or VOLUNTEER))
    return meeting


@transaction.atomic
def cancel(meeting: FirstMeeting, user: Any) -> FirstMeeting:
    side = side_of(user, meeting.offer)
    if not may_cancel(user, side, meeting):
        raise RuleViolation(_("This meeting can no longer be cancelled by you."))
    _change(meeting, user, meeting.status, Status.CANCELLED)
    notifications.meeting_answered(meeting, other_side(side or VOLUNTEER))
    return meeting
