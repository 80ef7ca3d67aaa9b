"""Who worked with whom: the engagements app's answers for trust (vouching, verifying informal groups).

"Worked on an engagement" means a place on its team, now or in the past (TeamMember rows keep the history).
A completed engagement is an ended one (Engagement.Status.ENDED).
"""

from __future__ import annotations

from typing import Any

from techpaten.organisations.hooks import trusted_volunteer
from techpaten.volunteers.models import TeamMember

from .models import Engagement


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


@trusted_volunteer.answer
def has_completed_engagement(user: Any) -> bool:
    """On the team of at least one ended engagement (the place may have ended too)."""
    if not _authenticated(user):
        return False
    return TeamMember.objects.filter(user_id=user.pk, team__engagements__status=Engagement.Status.ENDED).exists()


def worked_together(user: Any, other_user_id: int) -> bool:
    """Both had a place on the team of the same engagement, now or in the past."""
    if not _authenticated(user) or user.pk == other_user_id:
        return False
    teams = TeamMember.objects.filter(user_id=user.pk, team__engagements__isnull=False).values("team_id")
    return TeamMember.objects.filter(user_id=other_user_id, team_id__in=teams).exists()


def completed_engagements(user_id: int) -> int:
    """How many ended engagements the person was on the team of."""
    return Engagement.objects.filter(status=Engagement.Status.ENDED, team__members__user_id=user_id).distinct().count()
