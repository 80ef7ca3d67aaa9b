"""What the participants of an engagement may do now: the one home of the engagement's "may …" answers.

Services enforce them (and say why not); views pass the answers to templates, which never re-derive them from
fields. An ended engagement keeps its page as history: nobody changes roles, looks for a backup or needs one there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Count

from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin
from techpaten.volunteers.models import TeamMember
from techpaten.volunteers.teams import active_memberships, is_on_team

from .models import Engagement, EngagementNeed

Role = TeamMember.Role
# A need the team may re-open to find a backup: listed or matched, not a draft and not closed.
REOPENABLE = (Need.Status.OPEN, Need.Status.MATCHED)


def needs_backup(engagement: Engagement, active_members: int) -> bool:
    """A live team with a single admin leaves the organisation stranded if that person drops out."""
    return engagement.is_live and active_members < 2


def without_backup(engagements: Iterable[Engagement]) -> set[int]:
    """The pks of the engagements that need a backup (see `needs_backup`), in one query however many."""
    live = {e.pk: e for e in engagements if e.is_live}
    if not live:
        return set()
    counts = dict(
        TeamMember.objects.filter(team_id__in={e.team_id for e in live.values()}, left_at__isnull=True)
        .order_by()
        .values("team_id")
        .annotate(n=Count("pk"))
        .values_list("team_id", "n")
    )
    return {pk for pk, e in live.items() if needs_backup(e, counts.get(e.team_id, 0))}


def may_change_roles(user: Any, engagement: Engagement) -> bool:
    """The lead changes roles; a team without a lead (after an account deletion) lets each active member do it."""
    if not engagement.is_live or not getattr(user, "is_authenticated", False):
        return False
    active = active_memberships(engagement.team_id)
    if active.filter(user_id=user.pk, role=Role.LEAD).exists():
        return True
    return bool(active.filter(user_id=user.pk).exists() and not active.filter(role=Role.LEAD).exists())


def may_look_for_backup(user: Any, engagement: Engagement) -> bool:
    """The organisation's admins and the team's active members may re-open one of its needs to find a backup."""
    if not engagement.is_live:
        return False
    return is_admin(user, engagement.organisation_id) or is_on_team(user, engagement.team_id)


def reopenable(link: EngagementNeed) -> bool:
    """Whether this need of the engagement can be listed again as "backup wanted" now (whoever asks): not already,
    and neither a draft nor closed. Who may do it is `may_look_for_backup`."""
    return not link.seeking_backup and link.need.status in REOPENABLE
