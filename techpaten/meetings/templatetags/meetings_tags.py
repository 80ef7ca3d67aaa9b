from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from techpaten.meetings import services
from techpaten.meetings.forms import ProposeForm
from techpaten.meetings.models import FirstMeeting
from techpaten.offers.models import Offer

register = template.Library()


@register.simple_tag(takes_context=True)
def meetings_section(context: dict[str, Any], offer: Offer) -> SafeString:
    """The offer page's Kennenlernen section: the meetings with the answers the viewer may give, and the form.

    Two queries whatever the number of meetings: the viewer's side and the meetings with their people.
    """
    request = context["request"]
    user = request.user
    side = services.side_of(user, offer)
    meetings = FirstMeeting.objects.filter(offer=offer).select_related("proposed_by", "answered_by")
    rows = []
    for meeting in meetings.order_by("starts_at", "pk"):
        meeting.offer = offer
        rows.append(
            {
                "meeting": meeting,
                "by_volunteer": services.proposer_side(meeting) == services.VOLUNTEER,
                "may_answer": services.may_answer(side, meeting),
                "may_cancel": services.may_cancel(user, side, meeting),
            }
        )
    # The propose view re-renders the page with its bound form (and errors) in the context.
    form = context.get("meeting_form") or ProposeForm()
    return render_to_string(
        "meetings/_section.html",
        {
            "offer": offer,
            "rows": rows,
            "form": form,
            "may_propose": services.may_propose(side, offer),
            "side": side,
        },
        request=request,
    )
