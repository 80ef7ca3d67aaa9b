"""Needs for a volunteer: nearby or remote, ranked by shared skills, sector interest and distance — all in SQL."""

from __future__ import annotations

from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext, ngettext

from techpaten.core.formatting import km
from techpaten.places.plz import Point, bounding_box, distance_expression
from techpaten.volunteers.models import VolunteerProfile

from .hooks import closed_to
from .models import Need
from .queries import listed


def needs_for(profile: VolunteerProfile) -> QuerySet[Need]:
    """Open needs within the volunteer's radius (or remote, if they help remotely), best fit first.

    Each need carries `distance` (km), `skill_matches` (how many of its skills the volunteer has) and
    `sector_match` (1 when the organisation's sector is one the volunteer cares about).
    """
    user = profile.user_id
    point = Point(profile.latitude, profile.longitude)
    min_lat, max_lat, min_lon, max_lon = bounding_box(point, profile.radius_km)
    # The bounding box lets the database use the coordinates index before the exact distance.
    nearby = Q(
        organisation__latitude__range=(min_lat, max_lat),
        organisation__longitude__range=(min_lon, max_lon),
        distance__lte=profile.radius_km,
    )
    reachable = nearby | Q(remote_ok=True) if profile.remote_ok else nearby
    return (
        listed()
        .filter(status=Need.Status.OPEN)
        .annotate(distance=distance_expression(point, "organisation__latitude", "organisation__longitude"))
        .filter(reachable)
        # Needs the volunteer may not offer on (offers.rules: their own organisation's, offered already, declined).
        .exclude(closed_to(user))
        .annotate(
            skill_matches=Count("skills", filter=Q(skills__in=profile.skills.all()), distinct=True),
            sector_match=Case(
                When(organisation__sector__in=profile.sectors.all(), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .order_by("-skill_matches", "-sector_match", "distance", "-published_at", "-pk")
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
