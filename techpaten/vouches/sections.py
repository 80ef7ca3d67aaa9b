"""The vouches and completed engagements on the volunteer's profile and, for the organisation, on the offer page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.engagements.trust import completed_engagements
from techpaten.offers.models import Offer
from techpaten.volunteers.models import VolunteerProfile

from . import services


def _section(request: HttpRequest, subject_id: int | None, profile_pk: int | None) -> Section | None:
    if subject_id is None:
        return None
    user = request.user
    return Section(
        "vouches/_vouches.html",
        {
            "vouches": list(services.vouches_for(subject_id)[: services.MAX_SHOWN]),
            "completed": completed_engagements(subject_id),
            "profile_pk": profile_pk,
            "may_vouch": profile_pk is not None and services.may_vouch(user, subject_id),
        },
    )


@register("volunteers.detail", order=5)
def on_profile(request: HttpRequest, profile: VolunteerProfile, state: Mapping[str, Any]) -> Section | None:
    return _section(request, profile.user_id, profile.pk)


@register("offers.detail", order=5)
def on_offer(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section | None:
    """What the organisation reads before it answers: only for the offer's other side (not the volunteer)."""
    if offer.volunteer_id is None or offer.volunteer_id == request.user.pk:
        return None
    return _section(request, offer.volunteer_id, None)
