"""Small helpers for the engagement tests: a team from accepted offers, and the texts people see."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.accounts.models import User
from techpaten.engagements.models import Engagement
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.volunteers.models import TeamMember

from .. import factories


def de(msgid: str, **values: Any) -> str:
    """The German text the person sees (the msgid itself until the catalogue has it)."""
    with translation.override("de"):
        text = gettext(msgid)
    return text % values if values else text


def shown(response: Any, text: str) -> bool:
    """Whether `text` appears on the page as the browser shows it (HTML-escaped in the source)."""
    return escape(text) in response.content.decode()


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
