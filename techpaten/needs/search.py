"""Finding listed needs by words, terms, size, reach and distance.

One function builds the query from cleaned filter data, so the listing, feeds and the API give the same answers.
What it costs follows what it returns, not the size of the table: words go through the database's full-text index
(needs.search_index), distances through the indexed coordinates' bounding box first, and ranking by relevance looks
at a bounded set of candidates (the newest CANDIDATE_CAP matches).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Model, Q, QuerySet

from techpaten.core import fulltext
from techpaten.organisations.models import Organisation
from techpaten.places.plz import Point, bounding_box, distance_expression, lookup

from . import search_index
from .models import Need

# Suggestions for the radius; any whole number of kilometres from MIN_RADIUS_KM to MAX_RADIUS_KM is accepted.
RADIUS_CHOICES_KM = (5, 10, 25, 50, 100, 250)
DEFAULT_RADIUS_KM = 25
MIN_RADIUS_KM = 1
MAX_RADIUS_KM = 500
SORT_NEWEST = "newest"
SORT_DISTANCE = "distance"
# Where help may come from, given a postcode: within the radius, within it or remote, or remote only.
REACH_NEARBY = "nearby"
REACH_EITHER = "either"
REACH_REMOTE = "remote"
# Relevance is ranked among at most this many of the newest matches; the listing shows at most this many results.
CANDIDATE_CAP = 1000
NEWEST = ("-published_at", "-pk")


def search_needs(filters: Mapping[str, Any]) -> QuerySet[Need]:
    """Listed needs matching `filters`; every key is optional.

    Keys: q (words, see core.fulltext), use_case, skill, sector (model instance or slug), size, reach
    ("nearby", "either", "remote"; `remote=True` means "remote"), plz, radius (km), sort ("newest" or "distance"),
    open_only (True: open needs only, not those whose team is found), published_after (a datetime: only needs
    published later, for saved-search digests; applied before ranking, so the bound narrows the candidates).
    With a known plz every need gets a `distance` (km). With words, needs whose title or organisation name hold them
    come first (`relevance`), each group newest first, unless sorted by distance.
    """
    needs = Need.objects.filter(status__in=Need.LISTED_STATUSES)
    if filters.get("open_only"):
        needs = needs.filter(status=Need.Status.OPEN)
    if filters.get("published_after"):
        needs = needs.filter(published_at__gt=filters["published_after"])
    needs = _filter_terms(needs, filters)
    if filters.get("size"):
        needs = needs.filter(size=filters["size"])
    reach = REACH_REMOTE if filters.get("remote") else (filters.get("reach") or REACH_NEARBY)
    point = lookup(filters.get("plz") or "")
    if reach == REACH_REMOTE:
        needs = needs.filter(remote_ok=True)
    elif point is not None and filters.get("radius"):
        needs = needs.filter(within(point, filters["radius"], or_remote=reach == REACH_EITHER))
    words = (filters.get("q") or "").strip()
    by_distance = point is not None and filters.get("sort") == SORT_DISTANCE
    if words:
        query = fulltext.parse(words)
        # Rank a bounded set: the newest matches only, so the cost follows the page and not the table.
        candidates = search_index.matching(needs, query).order_by(*NEWEST).values("pk")[:CANDIDATE_CAP]
        needs = Need.objects.filter(pk__in=candidates).alias(relevance=search_index.relevance(query))
        ordering: tuple[str, ...] = ("-relevance", *NEWEST)
    else:
        ordering = NEWEST
    needs = with_distance(needs, point)
    if by_distance:
        ordering = ("distance", *NEWEST)
    return needs.order_by(*ordering)


def with_distance(needs: QuerySet[Need], point: Point | None) -> QuerySet[Need]:
    """Each need with its `distance` (km) from `point`, when there is one."""
    if point is None:
        return needs
    return needs.annotate(distance=distance_expression(point, "organisation__latitude", "organisation__longitude"))


def within(point: Point, radius_km: float, *, or_remote: bool = False) -> Q:
    """Needs whose organisation is within `radius_km` of `point` (PLZ centroids), optionally or remote ones.

    Distance belongs to organisations: the bounding box runs on their coordinates' index, the exact distance only
    on what is left, and needs follow by their organisation's index.
    """
    min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_km)
    organisations = (
        Organisation.objects.filter(latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon))
        .alias(distance=distance_expression(point, "latitude", "longitude"))
        .filter(distance__lte=radius_km)
        .values("pk")
    )
    nearby = Q(organisation__in=organisations)
    return nearby | Q(remote_ok=True) if or_remote else nearby


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
