"""The mails about first meetings: each to the other side, in the recipient's language, after the transaction commits.

Dates are shown in the platform's time zone (settings.TIME_ZONE, Europe/Berlin) and say so, because a volunteer
may read the mail elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.urls import reverse

from techpaten.mail import outbox
from techpaten.organisations.access import admins_of, is_member

if TYPE_CHECKING:
    from techpaten.accounts.models import User

    from .models import FirstMeeting


def offer_url(meeting: FirstMeeting) -> str:
    return reverse("offers:detail", args=[meeting.offer_id]) + "#meetings"


def ical_url(meeting: FirstMeeting) -> str:
    return reverse("meetings:ical", args=[meeting.pk])


def recipients(meeting: FirstMeeting, side: str) -> list[User]:
    """The people who speak for `side`: the volunteer, or the organisation's admins (who answer offers) and the
    member who proposed the meeting, if a member did."""
    from .services import ORGANISATION, VOLUNTEER, proposer_side

    offer = meeting.offer
    if side == VOLUNTEER:
        return [offer.volunteer] if offer.volunteer is not None else []
    people = admins_of(offer.need.organisation_id)
    proposer = meeting.proposed_by
    if (
        side == ORGANISATION
        and proposer is not None
        and proposer_side(meeting) == ORGANISATION
        and all(person.pk != proposer.pk for person in people)
        and is_member(proposer, offer.need.organisation_id)
    ):
        people.append(proposer)
    return people


def _context(meeting: FirstMeeting, actor: Any) -> dict[str, Any]:
    return {
        "meeting": meeting,
        "offer": meeting.offer,
        "need": meeting.offer.need,
        "organisation": meeting.offer.need.organisation,
        "actor_name": actor.display_name if actor is not None else "",
        "offer_url": offer_url(meeting),
        "ical_url": ical_url(meeting),
        "time_zone": settings.TIME_ZONE,
    }


def _send(template: str, meeting: FirstMeeting, side: str, actor: Any) -> None:
    context = _context(meeting, actor)
    for person in recipients(meeting, side):
        outbox.send(template, person.email, context, user=person)


def meeting_proposed(meeting: FirstMeeting, proposer_side: str) -> None:
    """Tell the other side that a first meeting has been proposed and waits for their answer."""
    from .services import other_side

    _send("mail/meeting_proposed", meeting, other_side(proposer_side), meeting.proposed_by)


def meeting_answered(meeting: FirstMeeting, side: str) -> None:
    """Tell `side` that the meeting was confirmed, declined or cancelled (the template follows the new status)."""
    _send(f"mail/meeting_{meeting.status}", meeting, side, meeting.answered_by)
