"""The search's rule for needs already in memory: which of a few loaded needs a search finds.

For jobs that test many searches against the same few needs — the saved-search digest tests thousands of saved
searches against the needs of the last day or week. `NewNeeds.load` reads the listed needs published after a moment
in a fixed number of queries, with everything a search narrows by: use cases, skills, the organisation's sector,
verification and coordinates, and the text as the database's full-text index holds it. `matches` is search_needs's
rule for one need, criterion by criterion from the same needs.search.Criteria: distances as the SQL tests them (the
same bounding box, then the same great-circle distance: places.plz.is_within), words against the stored index
(core.fulltext.matches: PostgreSQL's positions, SQLite's FTS5 columns). tests/needs/test_search_match.py holds the
two together on both databases.

`NewNeeds.matching` answers a search in time that follows the candidates, not all loaded needs: indexes by
publication, latitude, remote help and lexeme pick a superset, and `matches` decides.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from django.db.models import F, Model, Value
from django.urls import reverse

from techpaten.core import fulltext
from techpaten.places.plz import Point, bounding_box, is_within

from . import search_index
from .models import Need
from .search import CANDIDATE_CAP, REACH_EITHER, REACH_REMOTE, Criteria


@dataclass(frozen=True)
class Candidate:
    """A listed need with what a search narrows by (and what a list of needs in a mail shows)."""

    pk: int
    published_at: datetime
    title: str
    organisation: str  # its name
    remote_ok: bool
    status: str
    hidden: bool
    size: str
    sector: str  # the organisation's, as a slug
    verified: bool
    point: Point  # the organisation's
    use_cases: frozenset[str]  # slugs
    skills: frozenset[str]  # slugs
    document: fulltext.Document

    @cached_property  # one need goes into many mails (frozen: cached_property writes past __setattr__)
    def url(self) -> str:
        return reverse("needs:detail", kwargs={"pk": self.pk})

    def terms(self, key: str) -> frozenset[str]:
        if key == "use_case":
            return self.use_cases
        if key == "skill":
            return self.skills
        return frozenset((self.sector,))


def matches(need: Candidate, criteria: Criteria) -> bool:
    """Whether search_needs with these criteria finds `need` (leaving aside its cap of CANDIDATE_CAP matches)."""
    if need.status not in Need.LISTED_STATUSES or need.hidden:
        return False
    if criteria.open_only and need.status != Need.Status.OPEN:
        return False
    if criteria.published_after is not None and not need.published_at > criteria.published_after:
        return False
    for key, value in criteria.terms:
        if (value.slug if isinstance(value, Model) else value) not in need.terms(key):  # type: ignore[attr-defined]
            return False
    if criteria.size and need.size != criteria.size:
        return False
    if criteria.verified and not need.verified:
        return False
    if criteria.reach == REACH_REMOTE:
        if not need.remote_ok:
            return False
    elif criteria.point is not None and criteria.radius:
        remote = criteria.reach == REACH_EITHER and need.remote_ok
        if not remote and not is_within(criteria.point, need.point, criteria.radius):
            return False
    return not criteria.words or fulltext.matches(criteria.query, need.document)


class NewNeeds:
    """Listed needs, newest first, indexed for answering many searches."""

    def __init__(self, needs: Iterable[Candidate], published_after: datetime) -> None:
        self.published_after = published_after  # every need published later is here
        self.needs = sorted(needs, key=lambda need: (need.published_at, need.pk), reverse=True)
        self._oldest_first = [need.published_at for need in reversed(self.needs)]
        by_latitude = sorted((need.point.latitude, index) for index, need in enumerate(self.needs))
        self._latitudes = [latitude for latitude, _index in by_latitude]
        self._by_latitude = [index for _latitude, index in by_latitude]
        self._remote = frozenset(index for index, need in enumerate(self.needs) if need.remote_ok)
        self._by_lexeme: dict[str, set[int]] = defaultdict(set)
        for index, need in enumerate(self.needs):
            for lexeme in need.document.positions:
                self._by_lexeme[lexeme].add(index)

    @classmethod
    def load(cls, published_after: datetime, *, open_only: bool = False) -> NewNeeds:
        """The listed needs published after `published_after` (only open ones: `open_only`), in two queries."""
        listed = Need.objects.filter(Need.listed_q(), published_at__gt=published_after)
        if open_only:
            listed = listed.filter(status=Need.Status.OPEN)
        terms: dict[str, dict[int, set[str]]] = {"use_case": defaultdict(set), "skill": defaultdict(set)}
        keys = listed.values("pk")
        use_cases = Need.use_cases.through.objects.filter(need__in=keys)
        skills = Need.skills.through.objects.filter(need__in=keys)
        for row in use_cases.values("need_id", kind=Value("use_case"), slug=F("usecase__slug")).union(
            skills.values("need_id", kind=Value("skill"), slug=F("skill__slug")), all=True
        ):
            terms[row["kind"]][row["need_id"]].add(row["slug"])
        rows = listed.annotate(stored=search_index.stored_document()).values_list(
            "pk",
            "published_at",
            "title",
            "organisation__name",
            "remote_ok",
            "status",
            "hidden_at",
            "size",
            "organisation__sector__slug",
            "organisation__is_verified",
            "organisation__latitude",
            "organisation__longitude",
            "stored",
        )
        needs = [
            Candidate(
                pk=pk,
                published_at=published_at,  # type: ignore[arg-type]  # listed needs are published
                title=title,
                organisation=organisation,
                remote_ok=remote_ok,
                status=status,
                hidden=hidden_at is not None,
                size=size,
                sector=sector,
                verified=verified,
                point=Point(latitude, longitude),
                use_cases=frozenset(terms["use_case"][pk]),
                skills=frozenset(terms["skill"][pk]),
                document=search_index.document(stored),
            )
            for (pk, published_at, title, organisation, remote_ok, status, hidden_at, size, sector, verified, latitude,
                 longitude, stored) in rows
        ]  # fmt: skip
        return cls(needs, published_after)

    def matching(self, criteria: Criteria, *, limit: int | None = None) -> list[Candidate]:
        """The needs search_needs finds with these criteria, newest first (at most `limit`)."""
        cap = CANDIDATE_CAP if criteria.words else None
        if limit is None or (cap is not None and cap < limit):
            limit = cap
        found: list[Candidate] = []
        for index in self._candidates(criteria):
            need = self.needs[index]
            if matches(need, criteria):
                found.append(need)
                if len(found) == limit:
                    break
        return found

    def _candidates(self, criteria: Criteria) -> list[int]:
        """Indexes (newest first) of a superset of the needs that match: `matches` decides."""
        newer = len(self.needs)
        if criteria.published_after is not None:
            newer -= bisect_right(self._oldest_first, criteria.published_after)
        narrowed: list[frozenset[int] | set[int]] = []
        if criteria.words:
            if not criteria.query:
                return []
            # Each group needs one of its terms, each term its first lexeme.
            for group in criteria.query.groups:
                narrowed.append(set().union(*(self._by_lexeme.get(term.lexemes[0][0], ()) for term in group)))
        if criteria.reach == REACH_REMOTE:
            narrowed.append(self._remote)
        elif criteria.point is not None and criteria.radius:
            min_lat, max_lat, _min_lon, _max_lon = bounding_box(criteria.point, criteria.radius)
            near = set(
                self._by_latitude[bisect_left(self._latitudes, min_lat) : bisect_right(self._latitudes, max_lat)]
            )
            narrowed.append(near | self._remote if criteria.reach == REACH_EITHER else near)
        if not narrowed:
            return list(range(newer))
        narrowed.sort(key=len)
        return sorted(index for index in narrowed[0].intersection(*narrowed[1:]) if index < newer)
