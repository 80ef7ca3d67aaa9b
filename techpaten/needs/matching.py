"""Needs for a volunteer: nearby or remote, ranked by shared skills, sector interest and distance — all in SQL.

Cost follows the page, not the table: candidates come from indexes first (open needs of organisations within the
radius, found by the coordinates' bounding box, and remote needs), at most CANDIDATES of each kind, newest first;
only those are ranked. Older needs stay findable in the search.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Case, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.utils.translation import gettext, ngettext

from techpaten.core.formatting import km
from techpaten.places.plz import Point, distance_expression
from techpaten.volunteers.models import VolunteerProfile

from .hooks import closed_to
from .models import Need
from .search import NEWEST, within

CANDIDATES = 300


class _Count(Subquery):
    """How many rows a subquery yields (no GROUP BY over the ranked needs)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def needs_for(profile: VolunteerProfile, keys: list[int] | None = None) -> QuerySet[Need]:
    """Open needs within the volunteer's radius (or remote, if they help remotely), best fit first.

    Each need carries `distance` (km), `skill_matches` (how many of its skills the volunteer has) and
    `sector_match` (1 when the organisation's sector is one the volunteer cares about). `keys`: the candidates
    from `candidate_keys`, when the caller needs their number too (the page counts them without a query).
    """
    keys = candidate_keys(profile) if keys is None else keys
    return ranked(Need.objects.filter(pk__in=keys), profile).order_by(
        "-skill_matches", "-sector_match", "distance", *NEWEST
    )


def candidate_keys(profile: VolunteerProfile) -> list[int]:
    """The ids of the open needs `needs_for` ranks (at most CANDIDATES nearby and CANDIDATES remote), ascending."""
    user = profile.user_id
    point = Point(profile.latitude, profile.longitude)
    open_needs = (
        Need.objects.filter(status=Need.Status.OPEN, hidden_at__isnull=True)
        # Needs the volunteer may not offer on (offers.rules: their own organisation's, offered already, declined).
        .exclude(closed_to(user))
        .order_by(*NEWEST)
    )
    # Two small indexed queries, kept apart: an OR of the two inside one query makes the database scan every need.
    candidates = set(open_needs.filter(within(point, profile.radius_km)).values_list("pk", flat=True)[:CANDIDATES])
    if profile.remote_ok:
        candidates.update(open_needs.filter(remote_ok=True).values_list("pk", flat=True)[:CANDIDATES])
    return sorted(candidates)


def ranked(needs: QuerySet[Need], profile: VolunteerProfile) -> QuerySet[Need]:
    """`needs` with `distance`, `skill_matches` and `sector_match` for `profile` (see needs_for)."""
    point = Point(profile.latitude, profile.longitude)
    skills = Need.skills.through.objects.filter(need_id=OuterRef("pk"), skill_id__in=profile.skills.values("pk"))
    return needs.annotate(
        distance=distance_expression(point, "organisation__latitude", "organisation__longitude"),
        skill_matches=_Count(skills.values("pk")),
        sector_match=Case(
            When(organisation__sector_id__in=profile.sectors.values("pk"), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
    )


def reason(need: Any, profile: VolunteerProfile) -> str:
    """Why a need is on the list, e.g. "3 of your skills · 4 km" or "2 of your skills · remote · Kita"."""
    parts = []
    if need.skill_matches:
        parts.append(
            ngettext("%(count)d of your skills", "%(count)d of your skills", need.skill_matches)
            % {"count": need.skill_matches}
        )
    if need.distance is not None and need.distance <= profile.radius_km:
        parts.append(km(need.distance))
    else:
        parts.append(gettext("remote"))
    if need.sector_match:
        parts.append(need.organisation.sector.name)
    return " · ".join(parts)
