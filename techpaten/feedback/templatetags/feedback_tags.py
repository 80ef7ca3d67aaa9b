"""The review sections placed in other apps' pages: the need page, the volunteer's profile, the organisation's page.

Each renders an include template with a constant handful of queries, whatever the number of reviews.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.db.models import QuerySet
from django.template.loader import render_to_string

from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin

from .. import services
from ..models import Feedback

register = template.Library()


@dataclass(frozen=True)
class ShownReview:
    review: Feedback
    author_name: str
    may_reply: bool


def _viewer(context: Any) -> Any:
    request = context.get("request")
    return getattr(request, "user", None) or context.get("user")


def _reviews(queryset: QuerySet[Feedback]) -> QuerySet[Feedback]:
    return queryset.select_related("need", "need__organisation", "author", "author__volunteer_profile").order_by(
        "-created_at", "-pk"
    )


@register.simple_tag(takes_context=True)
def feedback_for_need(context: dict[str, Any], need: Any) -> str:
    """On a closed need: what the participant (an admin, or a helper whose offer was accepted) may still review."""
    user = _viewer(context)
    if need.status != Need.Status.CLOSED or user is None:
        return ""
    state = services.reviews_for_need(need, user)
    if not state.participant:
        return ""
    return render_to_string("feedback/_for_need.html", {"need": need, "state": state})


@register.simple_tag(takes_context=True)
def feedback_for_volunteer(context: dict[str, Any], profile_user: Any) -> str:
    """The reviews organisations wrote about the volunteer; for the volunteer also what they may still review."""
    user = _viewer(context)
    own = user is not None and user.is_authenticated and user.pk == profile_user.pk
    reviews = _reviews(Feedback.objects.filter(direction=Feedback.Direction.ABOUT_VOLUNTEER, volunteer=profile_user))
    shown = [ShownReview(r, services.public_name(r.author), own) for r in reviews]
    return render_to_string(
        "feedback/_for_volunteer.html",
        {
            "reviews": shown,
            "open_reviews": services.open_reviews_of_organisations(user) if own else [],
        },
    )


@register.simple_tag(takes_context=True)
def feedback_for_organisation(context: dict[str, Any], organisation: Any) -> str:
    """The reviews volunteers wrote about the organisation; for its admins also the helpers still to review."""
    user = _viewer(context)
    admin = user is not None and is_admin(user, organisation.pk)
    reviews = _reviews(
        Feedback.objects.filter(direction=Feedback.Direction.ABOUT_ORGANISATION, organisation=organisation)
    )
    shown = [ShownReview(r, services.public_name(r.author), admin) for r in reviews]
    return render_to_string(
        "feedback/_for_organisation.html",
        {
            "reviews": shown,
            "open_reviews": services.open_reviews_of_volunteers(organisation.pk, user) if admin else [],
        },
    )
