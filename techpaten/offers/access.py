"""Reading offers: only the volunteer who made it and the members of the need's organisation."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.organisations.access import is_admin, is_member, organisations_of
from techpaten.volunteers.hooks import hidden_profile_readers
from techpaten.volunteers.models import VolunteerProfile

from .models import Offer


def offer_for_participant(request: HttpRequest, pk: int) -> Offer:
    """The offer for its volunteer or a member of the organisation; 404 for anyone else."""
    offer = get_object_or_404(
        Offer.objects.select_related("need", "need__organisation", "volunteer", "volunteer__volunteer_profile", "team"),
        pk=pk,
    )
    if request.user.is_authenticated and offer.volunteer_id == request.user.pk:
        return offer
    if is_member(request.user, offer.need.organisation_id):
        return offer
    raise Http404


def offer_for_org_admin(request: HttpRequest, pk: int) -> Offer:
    """For answering an offer: the organisation's admins; 403 for its other members (they see it, not answer it)."""
    offer = offer_for_participant(request, pk)
    if not is_admin(request.user, offer.need.organisation_id):
        raise PermissionDenied
    return offer


def offer_for_volunteer(request: HttpRequest, pk: int) -> Offer:
    """For taking an offer back: its volunteer only; 403 for the organisation's members."""
    offer = offer_for_participant(request, pk)
    if offer.volunteer_id != request.user.pk:
        raise PermissionDenied
    return offer


@hidden_profile_readers.answer
def offered_to_their_organisation(user: Any, profile: VolunteerProfile) -> bool:
    """Members of an organisation the volunteer offered help to, in any state: they showed themselves to it."""
    return Offer.objects.filter(
        volunteer_id=profile.user_id, need__organisation_id__in=organisations_of(user.pk)
    ).exists()
