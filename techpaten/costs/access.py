"""Who may read and edit an organisation's costs, and the helpers that return the object or raise.

Edit: the organisation's admins and the active team of its engagements (they set up the infrastructure). Read: also
its plain members. Outsiders get 404 (nobody learns what exists); readers without the right to edit get 403. The
organisation's transparency page is public and needs no helper; pledges with the supporters' names and e-mail
addresses are for the organisation's admins only (they arrange the money).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.engagements.access import engagement_for_participant, is_on_live_team_of_organisation
from techpaten.engagements.models import Engagement
from techpaten.organisations.access import is_admin, is_member
from techpaten.organisations.models import Organisation

from . import services
from .models import CostItem, Pledge


def can_edit(user: Any, organisation_id: int) -> bool:
    return is_admin(user, organisation_id) or is_on_live_team_of_organisation(user, organisation_id)


def can_read(user: Any, organisation_id: int) -> bool:
    return is_member(user, organisation_id) or is_on_live_team_of_organisation(user, organisation_id)


def engagement_for_editor(request: HttpRequest, pk: int) -> Engagement:
    """The engagement to add a cost item to: 404 for outsiders, 403 for plain members of the organisation."""
    engagement = engagement_for_participant(request, pk)
    if not can_edit(request.user, engagement.organisation_id):
        raise PermissionDenied
    return engagement


def item_for_editor(request: HttpRequest, pk: int) -> CostItem:
    item = get_object_or_404(CostItem.objects.select_related("organisation", "engagement", "engagement__team"), pk=pk)
    if not can_read(request.user, item.organisation_id):
        raise Http404
    if not can_edit(request.user, item.organisation_id):
        raise PermissionDenied
    return item


def organisation_taking_pledges(slug: str) -> tuple[Organisation, QuerySet[CostItem]]:
    """The organisation and its items open for pledges (public); 404 while it has none."""
    organisation = get_object_or_404(Organisation, slug=slug)
    items = services.pledgeable_items(organisation)
    if not items.exists():
        raise Http404
    return organisation, items


def pledge_for_admin(request: HttpRequest, pk: int) -> Pledge:
    """A pledge to confirm or end: the contract-holding organisation's admins only (they receive the money)."""
    pledge = get_object_or_404(
        services.visible_pledges().select_related("cost_item", "cost_item__organisation", "supporter"), pk=pk
    )
    organisation_id = pledge.cost_item.organisation_id
    if not is_member(request.user, organisation_id):
        raise Http404
    if not is_admin(request.user, organisation_id):
        raise PermissionDenied
    return pledge
