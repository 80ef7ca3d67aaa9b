"""Finding listed needs by words, terms, size, remote help and distance.

One function builds the query from cleaned filter data, so the listing, a later API and feeds give the same answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import connection
from django.db.models import Model, Q, QuerySet

from techpaten.places.plz import Point, bounding_box, distance_expression, lookup

from .models import Need
from .queries import listed

RADIUS_CHOICES_KM = (5, 10, 25, 50, 100, 250)
DEFAULT_RADIUS_KM = 25
SORT_NEWEST = "newest"
SORT_DISTANCE = "distance"


def search_needs(filters: Mapping[str, Any]) -> QuerySet[Need]:
    """Listed needs matching `filters`; every key is optional.

    Keys: q (words), use_case, skill, sector (model instance or slug), size, remote (bool), plz, radius (km),
    sort ("newest" or "distance"). With a known plz every need gets a `distance` (km); with a radius only needs
    within it remain. With q on PostgreSQL, best matches come first unless sorted by distance.
    """
    needs = listed()
    needs = _filter_terms(needs, filters)
    if filters.get("size"):
        needs = needs.filter(size=filters["size"])
    if filters.get("remote"):
        needs = needs.filter(remote_ok=True)
    point = lookup(filters.get("plz") or "")
    if point is not None:
        needs = near(needs, point, filters.get("radius"))
    ordering: list[Any] = ["-published_at", "-pk"]
    query = (filters.get("q") or "").strip()
    if query:
        needs, ranked = _filter_words(needs, query)
        if ranked:
            ordering = ["-rank", *ordering]
    if point is not None and filters.get("sort") == SORT_DISTANCE:
        ordering = ["distance", "-published_at", "-pk"]
    return needs.order_by(*ordering)


def near(needs: QuerySet[Need], point: Point, radius_km: float | None) -> QuerySet[Need]:
    """Annotate `distance` from `point`; with a radius keep only needs within it (organisation's PLZ centroid)."""
    if radius_km:
        # The bounding box uses the latitude/longitude index; the exact distance only runs on what is left.
        min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_km)
        needs = needs.filter(
            organisation__latitude__range=(min_lat, max_lat), organisation__longitude__range=(min_lon, max_lon)
        )
    needs = needs.annotate(distance=distance_expression(point, "organisation__latitude", "organisation__longitude"))
    if radius_km:
        needs = needs.filter(distance__lte=radius_km)
    return needs


def _filter_terms(needs: QuerySet[Need], filters: Mapping[str, Any]) -> QuerySet[Need]:
    for key, lookup_path in (
        ("use_case", "use_cases"),
        ("skill", "skills"),
        ("sector", "organisation__sector"),
    ):
        value = filters.get(key)
        if isinstance(value, Model):
            needs = needs.filter(**{lookup_path: value})
        elif value:
            needs = needs.filter(**{f"{lookup_path}__slug": value})
    return needs


def _filter_words(needs: QuerySet[Need], query: str) -> tuple[QuerySet[Need], bool]:
    """Full text search; returns the queryset and whether it carries a `rank` annotation."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("title", weight="A", config="german")
            + SearchVector("organisation__name", weight="A", config="german")
            + SearchVector("description", weight="B", config="german")
        )
        search_query = SearchQuery(query, search_type="websearch", config="german")
        # alias, not annotate: neither the vector nor the rank needs to travel to Python.
        return needs.alias(search=vector, rank=SearchRank(vector, search_query)).filter(search=search_query), True
    # Elsewhere: every word must occur in the case-folded search text (kept up to date by Need.save).
    condition = Q()
    for word in query.casefold().split():
        word = word.strip("\"'+-")
        if word:
            condition &= Q(search_text__icontains=word)
    return needs.filter(condition), False
