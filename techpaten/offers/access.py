"""Reading offers: only the volunteer who made it and the members of the need's organisation."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.organisations.access import is_member

from .models import Offer


def offer_for_participant(request: HttpRequest, pk: int) -> Offer:
    """The offer for its volunteer or a member of the organisation; 404 for anyone else."""
    offer = get_object_or_404(Offer.objects.select_related("need", "need__organisation", "volunteer", "team"), pk=pk)
    if request.user.is_authenticated and offer.volunteer_id == request.user.pk:
        return offer
    if is_member(request.user, offer.need.organisation_id):
        return offer
    raise Http404
