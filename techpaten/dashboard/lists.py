"""The lists of "My area": each one query, ordered so that pages are stable. The start page shows the first
`ON_START_PAGE` of each and says so when there are more; a page per list shows them all, `PER_PAGE` at a time."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from techpaten.engagements.models import Engagement
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership
from techpaten.volunteers.teams import active_teams

# The start page is an overview read on a phone: a few rows per list keep it short and small (the admin's start page
# was 33 KB at 50 rows each); the list's own page has them all.
ON_START_PAGE = 10
PER_PAGE = 50  # rows per page on a list's own page


def _my_organisations(user: Any) -> QuerySet[Membership, int]:
    """The ids of one's organisations, as a subquery (no extra round trip)."""
    return Membership.objects.filter(user=user).values_list("organisation_id", flat=True)


def my_offers(user: Any) -> QuerySet[Offer]:
    offers = Offer.objects.filter(volunteer=user).select_related("need", "need__organisation")
    return offers.order_by("-created_at", "-pk")


def incoming_offers(user: Any) -> QuerySet[Offer]:
    """Offers on the needs of one's organisations still waiting for an answer, the oldest first."""
    return (
        Offer.objects.filter(need__organisation_id__in=_my_organisations(user), status=Offer.Status.PENDING)
        .select_related("need", "need__organisation", "volunteer", "volunteer__volunteer_profile")
        .order_by("created_at", "pk")
    )


def organisation_needs(user: Any) -> QuerySet[Need]:
    return (
        Need.objects.filter(organisation_id__in=_my_organisations(user))
        .select_related("organisation")
        .order_by("-updated_at", "-pk")
    )


def engagements(user: Any) -> QuerySet[Engagement]:
    """Engagements as a member of the organisation or as an active member of its team."""
    return (
        Engagement.objects.filter(Q(organisation_id__in=_my_organisations(user)) | Q(team__in=active_teams(user)))
        .select_related("organisation")
        .distinct()
        .order_by("-started_at", "-pk")
    )


def first(queryset: QuerySet[Any]) -> tuple[list[Any], bool]:
    """The first `ON_START_PAGE` rows, and whether there are more (one query: it reads one row past them)."""
    rows = list(queryset[: ON_START_PAGE + 1])
    return rows[:ON_START_PAGE], len(rows) > ON_START_PAGE
