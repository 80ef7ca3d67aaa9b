"""Small helpers for the engagement tests: a team from accepted offers, and the texts people see."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techpaten.accounts.models import User
from techpaten.engagements.models import Engagement
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.volunteers.models import TeamMember

from .. import factories

# A leaving volunteer's handover, every item done.
ALL_DONE = {
    "inventory_updated": "on",
    "admin_rights_passed": "on",
    "backups_verified": "on",
    "successor_introduced": "on",
}


def make_volunteer(email: str, name: str) -> User:
    user = factories.make_user(email, name=name)
    factories.make_volunteer_profile(user, display_name=name)
    return user


def accept(need: Need, volunteer: User, org_admin: User, **offer: Any) -> Engagement:
    """The organisation accepts the volunteer's offer on the need; returns the engagement it joined."""
    made = factories.make_offer(need, volunteer, **offer)
    offer_services.accept(made, org_admin)
    return Engagement.objects.get(engagement_needs__need=need)


def member_of(engagement: Engagement, user: User) -> TeamMember:
    return TeamMember.objects.get(team_id=engagement.team_id, user=user, left_at__isnull=True)


def url(name: str, engagement: Engagement, **kwargs: Any) -> str:
    return reverse(f"engagements:{name}", kwargs={"pk": engagement.pk, **kwargs})
