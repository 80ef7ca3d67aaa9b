"""How engagements and teams grow and change; the one place for their rules."""

from __future__ import annotations

from django.db import transaction

from techpaten.offers.models import Offer

from .models import Engagement, EngagementNeed, Team, TeamMember


@transaction.atomic
def join_from_accepted_offer(offer: Offer) -> Engagement:
    """An accepted offer puts its volunteer on the team that looks after the need.

    The need joins the engagement it already belongs to, else the organisation's active engagement, else a new
    engagement with a new team. The first volunteer leads; later ones join as members.
    """
    need = offer.need
    link = EngagementNeed.objects.select_related("engagement").filter(need=need).first()
    engagement: Engagement | None
    if link is not None:
        engagement = link.engagement
    else:
        engagement = (
            Engagement.objects.filter(organisation_id=need.organisation_id, status=Engagement.Status.ACTIVE)
            .order_by("started_at", "pk")
            .first()
        )
        if engagement is None:
            team = Team.objects.create(name=need.organisation.name)
            engagement = Engagement.objects.create(organisation_id=need.organisation_id, team=team)
        EngagementNeed.objects.create(engagement=engagement, need=need)
    active = TeamMember.objects.filter(team_id=engagement.team_id, left_at__isnull=True)
    if offer.volunteer_id is not None and not active.filter(user_id=offer.volunteer_id).exists():
        role = TeamMember.Role.MEMBER if active.exists() else TeamMember.Role.LEAD
        TeamMember.objects.create(team_id=engagement.team_id, user_id=offer.volunteer_id, role=role)
    return engagement


def active_members(engagement: Engagement) -> list[TeamMember]:
    return list(
        TeamMember.objects.filter(team_id=engagement.team_id, left_at__isnull=True)
        .select_related("user")
        .order_by("joined_at", "pk")
    )


def needs_backup(engagement: Engagement) -> bool:
    """A team with a single admin leaves the organisation stranded if that person drops out."""
    return TeamMember.objects.filter(team_id=engagement.team_id, left_at__isnull=True).count() < 2
