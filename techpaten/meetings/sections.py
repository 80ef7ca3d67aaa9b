"""The first meetings on the offer page (offers.pages): the meetings, the answers the viewer may give, the form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.offers.models import Offer

from . import services
from .forms import ProposeForm
from .models import FirstMeeting


@register("offers.detail", order=20)
def meetings(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section | None:
    """Two queries whatever the number of meetings: the viewer's side and the meetings with their people.

    Nothing for whoever takes no part (a volunteer who left the team: the places may be the organisation's address).
    """
    user = request.user
    side = services.side_of(user, offer)
    if side is None:
        return None
    rows = []
    for meeting in (
        FirstMeeting.objects.filter(offer=offer)
        .select_related("proposed_by", "answered_by")
        .order_by("starts_at", "pk")
    ):
        meeting.offer = offer
        rows.append(
            {
                "meeting": meeting,
                "by_volunteer": services.proposer_side(meeting) == services.VOLUNTEER,
                "may_answer": services.may_answer(side, meeting),
                "may_cancel": services.may_cancel(user, side, meeting),
                "has_calendar": services.has_calendar(side, meeting),
            }
        )
    return Section(
        "meetings/_section.html",
        {
            "offer": offer,
            "rows": rows,
            # The propose view renders the page again with its bound form (and errors) when a proposal is refused.
            "form": state.get("meeting_form") or ProposeForm(),
            "may_propose": services.may_propose(side, offer),
            "side": side,
        },
    )
