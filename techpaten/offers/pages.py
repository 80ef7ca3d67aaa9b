"""The offer page, for the offers views and for the apps that render it again with their form's errors
(conversations, meetings): public, so that no app imports another app's views."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from techpaten.core.sections import collect
from techpaten.needs import services as need_services

from . import services
from .forms import DecisionForm, WithdrawForm
from .models import Offer

# The query parameter the accept view adds to its redirect: "your team complete? take the need off the list?" is
# asked right after accepting, not on every later visit.
ASK_TEAM_COMPLETE = "accepted"


def detail_context(request: HttpRequest, offer: Offer, **state: Any) -> dict[str, Any]:
    """What the offer page shows. `state` goes to the sections the apps above add (e.g. the conversation's bound
    form with its errors, `message_form`; the meeting proposal's, `meeting_form`)."""
    user = request.user
    profile = getattr(offer.volunteer, "volunteer_profile", None)
    return {
        "offer": offer,
        "need": offer.need,
        "organisation": offer.need.organisation,
        "profile": profile,
        "skills": list(profile.skills.all()) if profile else [],
        "is_volunteer": offer.volunteer_id == user.pk,
        "may_accept": services.may(user, offer, "accept"),
        "may_decline": services.may(user, offer, "decline"),
        "may_withdraw": services.may(user, offer, "withdraw"),
        "accept_form": DecisionForm(prefix="accept"),
        "decline_form": DecisionForm(prefix="decline"),
        "withdraw_form": WithdrawForm(prefix="withdraw"),
        "ask_team_complete": bool(request.GET.get(ASK_TEAM_COMPLETE))
        and offer.status == Offer.Status.ACCEPTED
        and need_services.may_change_status(user, offer.need, "mark_matched"),
        # At the top: why an accepted offer is over (engagements); after the answer: the way to the engagement and
        # the contact details (engagements); then the conversation and the first meetings, the facts last.
        "top_sections": collect("offers.detail.top", request, offer, **state),
        "contact_sections": collect("offers.detail.contact", request, offer, **state),
        "sections": collect("offers.detail", request, offer, **state),
    }


def render_detail(request: HttpRequest, offer: Offer, **state: Any) -> HttpResponse:
    return render(request, "offers/detail.html", detail_context(request, offer, **state))
