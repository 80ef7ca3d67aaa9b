"""Reading engagements: the organisation's members and the team's active members; everyone else gets 404."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.organisations.access import is_member

from .models import Engagement, TeamMember


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
