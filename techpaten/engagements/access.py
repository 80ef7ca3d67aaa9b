"""Reading engagements: the organisation's members and the team's active members; everyone else gets 404.

The writing variants answer 404 to outsiders too, and 403 to participants without the right role (as
techpaten/needs/access.py does): a member of the organisation may see the team's page but not act for the team.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.organisations.access import is_admin, is_member
from techpaten.volunteers.models import TeamMember

from .models import Engagement


def is_team_member(user: Any, engagement: Engagement) -> bool:
    return bool(
        user.is_authenticated
        and TeamMember.objects.filter(team_id=engagement.team_id, user=user, left_at__isnull=True).exists()
    )


def engagement_for_participant(request: HttpRequest, pk: int) -> Engagement:
    engagement = get_object_or_404(Engagement.objects.select_related("organisation", "team"), pk=pk)
    if is_member(request.user, engagement.organisation_id) or is_team_member(request.user, engagement):
        return engagement
    raise Http404


def engagement_for_team_member(request: HttpRequest, pk: int) -> Engagement:
    """For what only the team does (leave, report hours, offer paid work): 403 for the organisation's members."""
    engagement = get_object_or_404(Engagement.objects.select_related("organisation", "team"), pk=pk)
    if is_team_member(request.user, engagement):
        return engagement
    if is_member(request.user, engagement.organisation_id):
        raise PermissionDenied
    raise Http404


def engagement_for_org_admin(request: HttpRequest, pk: int) -> Engagement:
    """For what only the organisation's admins decide (status, paid work answers): 403 for other participants."""
    engagement = engagement_for_participant(request, pk)
    if not is_admin(request.user, engagement.organisation_id):
        raise PermissionDenied
    return engagement


def engagement_for_admin_or_team(request: HttpRequest, pk: int) -> Engagement:
    """For what both sides may start (looking for a backup): 403 for the organisation's plain members."""
    engagement = engagement_for_participant(request, pk)
    if not (is_admin(request.user, engagement.organisation_id) or is_team_member(request.user, engagement)):
        raise PermissionDenied
    return engagement
