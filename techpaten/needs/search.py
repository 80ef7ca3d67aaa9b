"""Finding listed needs by words, terms, size, reach and distance.

One function builds the query from cleaned filter data, so the listing, feeds and the API give the same answers.
What it costs follows what it returns, not the size of the table: words go through the database's full-text index
(needs.search_index), distances through the indexed coordinates' bounding box first, and ranking by relevance looks
at a bounded set of candidates (the newest CANDIDATE_CAP matches).

What the filters mean is read once (`criteria`); needs.search_match tests needs already in memory by the same
criteria (the saved-search digest), and tests/needs/test_search_match.py holds the two answers together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
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


TERM_LOOKUPS = {"use_case": "use_cases", "skill": "skills", "sector": "organisation__sector"}


@dataclass(frozen=True)
class Criteria:
    """What a search narrows by, read once from its filters (the keys of search_needs).

    The SQL query (search_needs) and the test of one need in memory (needs.search_match.matches) both read this, so
    what a filter means is decided here once: which reach applies, when a postcode narrows, what the words are.
    """

    open_only: bool = False
    published_after: datetime | None = None
    terms: tuple[tuple[str, Any], ...] = ()  # (use_case, skill or sector; a model instance or a slug)
    size: str = ""
    verified: bool = False
    reach: str = REACH_NEARBY
    point: Point | None = None  # the postcode's centre (also without a radius: the distance shown)
    radius: float | None = None  # km; with a known postcode and a reach other than "remote only"
    words: str = ""  # with words, only needs whose text matches `query` (an empty query: none)
    query: fulltext.Query = field(default_factory=fulltext.Query)


def criteria(filters: Mapping[str, Any]) -> Criteria:
    """The criteria of search_needs's `filters` (words parsed, the postcode looked up)."""
    reach = REACH_REMOTE if filters.get("remote") else (filters.get("reach") or REACH_NEARBY)
    point = lookup(filters.get("plz") or "")
    words = (filters.get("q") or "").strip()
    return Criteria(
        open_only=bool(filters.get("open_only")),
        published_after=filters.get("published_after") or None,
        terms=tuple((key, filters[key]) for key in TERM_LOOKUPS if filters.get(key)),
        size=filters.get("size") or "",
        verified=bool(filters.get("verified")),
        reach=reach,
        point=point,
        radius=(filters.get("radius") or None) if point is not None and reach != REACH_REMOTE else None,
        words=words,
        query=fulltext.parse(words) if words else fulltext.Query(),
    )


def search_needs(filters: Mapping[str, Any]) -> QuerySet[Need]:
    """Listed needs matching `filters`; every key is optional.

    Keys: q (words, see core.fulltext), use_case, skill, sector (model instance or slug), size, verified (only
    verified organisations' needs), reach
    ("nearby", "either", "remote"; `remote=True` means "remote"), plz, radius (km), sort ("newest" or "distance"),
    open_only (True: open needs only, not those whose team is found), published_after (a datetime: only needs
    published later, for saved-search digests; applied before ranking, so the bound narrows the candidates).
    With a known plz every need gets a `distance` (km). With words, needs whose title or organisation name hold them
    come first (`relevance`), each group newest first, unless sorted by distance.
    """
    found = criteria(filters)
    needs = Need.objects.filter(Need.listed_q())
    if found.open_only:
        needs = needs.filter(status=Need.Status.OPEN)
    if found.published_after:
        needs = needs.filter(published_at__gt=found.published_after)
    for key, value in found.terms:
        path = TERM_LOOKUPS[key] if isinstance(value, Model) else f"{TERM_LOOKUPS[key]}__slug"  # instance or slug
        needs = needs.filter(**{path: value})
    if found.size:
        needs = needs.filter(size=found.size)
    if found.verified:
        # Organisation.is_verified is indexed and kept by organisations.verification.
        needs = needs.filter(organisation__is_verified=True)
    if found.reach == REACH_REMOTE:
        needs = needs.filter(remote_ok=True)
    elif found.point is not None and found.radius:
        needs = needs.filter(within(found.point, found.radius, or_remote=found.reach == REACH_EITHER))
    by_distance = found.point is not None and filters.get("sort") == SORT_DISTANCE
    if found.words:
        # Rank a bounded set: the newest matches only, so the cost follows the page and not the table.
        candidates = search_index.matching(needs, found.query).order_by(*NEWEST).values("pk")[:CANDIDATE_CAP]
        needs = Need.objects.filter(pk__in=candidates).alias(relevance=search_index.relevance(found.query))
        ordering: tuple[str, ...] = ("-relevance", *NEWEST)
    else:
        ordering = NEWEST
    needs = with_distance(needs, found.point)
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
