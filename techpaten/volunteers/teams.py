"""Who is on a team: the one home of "an active member of this team" and "the teams a volunteer is on".

Whether a team still looks after an organisation (a live engagement) is the engagements app's question
(engagements.access); here only the team itself counts.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from .models import Team, TeamMember


def active_memberships(team_id: int) -> QuerySet[TeamMember]:
    """The team's members who have not left, longest-serving first."""
    return TeamMember.objects.filter(team_id=team_id, left_at__isnull=True).order_by("joined_at", "pk")


def is_on_team(user: Any, team_id: int) -> bool:
    """An active member of the team (one who has not left)."""
    return bool(
        getattr(user, "is_authenticated", False) and active_memberships(team_id).filter(user_id=user.pk).exists()
    )


def active_teams(user: Any) -> QuerySet[Team]:
    """The teams `user` is an active member of (to offer help on behalf of one)."""
    if not getattr(user, "is_authenticated", False):
        return Team.objects.none()
    return Team.objects.filter(members__user=user, members__left_at__isnull=True).distinct().order_by("name", "pk")
