"""The review sections placed in other apps' pages: the need page, the volunteer's profile, the organisation's page.

Each renders an include template with a constant handful of queries, whatever the number of reviews.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin
from techpaten.organisations.models import Organisation
from techpaten.volunteers.models import VolunteerProfile

from . import services
from .models import Feedback


@dataclass(frozen=True)
class ShownReview:
    review: Feedback
    author_name: str
    may_reply: bool


def _reviews(queryset: QuerySet[Feedback]) -> QuerySet[Feedback]:
    return queryset.select_related("need", "need__organisation", "author", "author__volunteer_profile").order_by(
        "-created_at", "-pk"
    )


@register("needs.detail", order=10)
def feedback_for_need(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section | None:
    """On a closed need: what the participant (an admin, or a helper whose offer was accepted) may still review."""
    if need.status != Need.Status.CLOSED:
        return None
    review_state = services.reviews_for_need(need, request.user)
    if not review_state.participant:
        return None
    return Section("feedback/_for_need.html", {"need": need, "state": review_state})


@register("volunteers.detail", order=10)
def feedback_for_volunteer(request: HttpRequest, profile: VolunteerProfile, state: Mapping[str, Any]) -> Section:
    """The reviews organisations wrote about the volunteer; for the volunteer also what they may still review."""
    user = request.user
    own = user.is_authenticated and user.pk == profile.user_id
    reviews = _reviews(Feedback.objects.filter(direction=Feedback.Direction.ABOUT_VOLUNTEER, volunteer=profile.user))
    shown = [ShownReview(r, services.public_name(r.author), own) for r in reviews]
    return Section(
        "feedback/_for_volunteer.html",
        {"reviews": shown, "open_reviews": services.open_reviews_of_organisations(user) if own else []},
    )


@register("organisations.detail", order=30)
def feedback_for_organisation(request: HttpRequest, organisation: Organisation, state: Mapping[str, Any]) -> Section:
    """The reviews volunteers wrote about the organisation; for its admins also the helpers still to review."""
    user = request.user
    admin = is_admin(user, organisation.pk)
    reviews = _reviews(
        Feedback.objects.filter(direction=Feedback.Direction.ABOUT_ORGANISATION, organisation=organisation)
    )
    shown = [ShownReview(r, services.public_name(r.author), admin) for r in reviews]
    return Section(
        "feedback/_for_organisation.html",
        {"reviews": shown, "open_reviews": services.open_reviews_of_volunteers(organisation.pk, user) if admin else []},
    )
