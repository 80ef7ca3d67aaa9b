"""Who may read and maintain an organisation's service inventory (Betriebshandbuch).

The organisation's members and the active team of any of its active or paused engagements: both sides keep it up
to date. Everyone else gets 404, so nobody learns which services an organisation runs.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.engagements.access import is_on_live_team_of_organisation
from techpaten.organisations.access import is_member
from techpaten.organisations.models import Organisation

from .models import Service


def can_use_inventory(user: Any, organisation_id: int) -> bool:
    # An ended engagement's team no longer looks after the services, so it no longer reads where the credentials are.
    return is_member(user, organisation_id) or is_on_live_team_of_organisation(user, organisation_id)


def organisation_for_inventory(request: HttpRequest, slug: str) -> Organisation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_use_inventory(request.user, organisation.pk):
        raise Http404
    return organisation


def service_for_viewer(request: HttpRequest, pk: int) -> Service:
    service = get_object_or_404(Service.objects.select_related("organisation", "solution", "engagement__team"), pk=pk)
    if not can_use_inventory(request.user, service.organisation_id):
        raise Http404
    return service
