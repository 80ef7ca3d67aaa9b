"""Who may work on a need's data-protection checklist and screening: the organisation's members and the active team
of the engagement that took the need on. Everybody else gets 404 (no hint that the need has a checklist)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.needs.models import Need
from techpaten.organisations.access import is_member
from techpaten.volunteers.models import TeamMember


def is_need_team_member(user: Any, need: Need) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and TeamMember.objects.filter(
            team__engagements__engagement_needs__need=need, user=user, left_at__isnull=True
        ).exists()
    )


def need_for_participant(request: HttpRequest, pk: int) -> Need:
    need = get_object_or_404(Need.objects.select_related("organisation", "organisation__sector"), pk=pk)
    if is_member(request.user, need.organisation_id) or is_need_team_member(request.user, need):
        return need
    raise Http404
