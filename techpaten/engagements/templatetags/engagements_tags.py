from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.db.models import Count

from techpaten.volunteers.models import TeamMember

from ..models import Engagement

register = template.Library()


@register.simple_tag
def engagements_without_backup(engagements: Iterable[Engagement]) -> set[int]:
    """The pks of the running engagements whose team has fewer than two active members, in one query."""
    running = {e.pk: e.team_id for e in engagements if e.status != Engagement.Status.ENDED}
    if not running:
        return set()
    counts = dict(
        TeamMember.objects.filter(team_id__in=set(running.values()), left_at__isnull=True)
        .order_by()
        .values("team_id")
        .annotate(n=Count("pk"))
        .values_list("team_id", "n")
    )
    return {pk for pk, team_id in running.items() if counts.get(team_id, 0) < 2}
