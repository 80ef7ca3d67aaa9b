"""Public, read-only: needs (the listing's search), organisations (public parts), the catalogue with its reviews,
the requirement sets with their versions, the knowledge base's articles and the statistics. Answers carry an ETag
and open CORS (middleware.py).
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.http import HttpRequest, QueryDict
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.params import functions as param_functions

from techpaten.catalogue import reviews
from techpaten.catalogue.models import Solution
from techpaten.compliance.models import RequirementSet, RequirementSetItem
from techpaten.core.pagination import KeysFirst
from techpaten.impact import statistics
from techpaten.knowledge.access import article_for_reader
from techpaten.knowledge.forms import SearchForm as ArticleSearchForm
from techpaten.knowledge.queries import CANDIDATE_CAP as ARTICLE_CANDIDATE_CAP
from techpaten.knowledge.queries import for_list, search_articles
from techpaten.needs.access import need_for_viewer
from techpaten.needs.forms import NeedSearchForm
from techpaten.needs.queries import with_row_data
from techpaten.needs.search import CANDIDATE_CAP, MAX_RADIUS_KM, MIN_RADIUS_KM, search_needs, with_distance
from techpaten.organisations.models import Organisation
from techpaten.places.plz import lookup

from .. import present, schemas
from ..forms_bridge import cleaned
from ..paging import paged
from ..problems import Problem

router = Router(tags=["public"])

PageNumber: Any = param_functions.Query(1, ge=1, le=10_000, description="Page number, from 1.")
ERRORS: dict[int, Any] = dict.fromkeys((400, 404, 422, 429), Problem)


class NeedFilters(Schema):
    """Exactly the filters of the listing page (needs.forms.NeedSearchForm); the same defaults apply."""

    q: str = Field("", max_length=200, description="Search words: title, description, organisation name.")
    use_case: str = Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description="A use case's slug.")
    skill: str = Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description="A skill's slug.")
    sector: str = Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description="A sector's slug.")
    size: Literal["", "small", "medium", "large"] = ""
    reach: Literal["", "nearby", "either", "remote"] = Field(
        "", description="On site within the radius (nearby, the default), either, or remote only."
    )
    remote: bool = Field(False, description="Remote needs only (the same as reach=remote).")
    plz: str = Field("", pattern=r"^([0-9]{5})?$", description="A German postcode: distances are measured from it.")
    radius: int | None = Field(None, ge=MIN_RADIUS_KM, le=MAX_RADIUS_KM, description="Kilometres around the PLZ.")
    sort: Literal["", "newest", "distance"] = Field("", description="newest (default) or distance (needs a plz).")
    page: int = Field(1, ge=1, le=10_000)


@router.get("/needs", response={200: schemas.NeedPage, **ERRORS}, url_name="needs", summary="Search listed needs")
def need_list(request: HttpRequest, filters: Query[NeedFilters]) -> dict[str, Any]:
    """Listed needs, searched by the one search function of the listing page (needs.search.search_needs)."""
    data = {key: value for key, value in filters.dict().items() if value not in ("", None, False) and key != "page"}
    form = cleaned(NeedSearchForm(_as_query(data)))
    point = lookup(form.get("plz") or "")
    rows = KeysFirst(search_needs(form), lambda keys: with_distance(with_row_data(keys), point))
    return paged(request, rows, filters.page, present.need_summary, cap=CANDIDATE_CAP)


def _as_query(data: dict[str, Any]) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, value in data.items():
        query[key] = "on" if value is True else str(value)
    return query


@router.get("/needs/{pk}", response={200: schemas.Need, **ERRORS}, url_name="need", summary="One listed need")
def need_detail(request: HttpRequest, pk: int) -> dict[str, Any]:
    """A listed need (drafts and closed needs answer 404, as on the pages)."""
    return present.need(need_for_viewer(_public(request), pk))


def _public(request: HttpRequest) -> HttpRequest:
    """Public endpoints answer as to an anonymous visitor, whoever sends them (they are cached and shared)."""
    anonymous = copy.copy(request)
    anonymous.user = AnonymousUser()
    return anonymous


@router.get(
    "/organisations",
    response={200: schemas.OrganisationPage, **ERRORS},
    url_name="organisations",
    summary="Organisations (public parts)",
)
def organisation_list(request: HttpRequest, page: int = PageNumber) -> dict[str, Any]:
    rows = Organisation.objects.select_related("sector").only(*PUBLIC_ORGANISATION_FIELDS).order_by("name", "pk")
    return paged(request, rows, page, present.organisation)


# What the API reads of an organisation: its public parts only (never contact_email, contact_phone, contact_address).
PUBLIC_ORGANISATION_FIELDS = (
    "slug",
    "name",
    "description",
    "plz",
    "town",
    "sector__slug",
    "sector__name_de",
    "sector__name_en",
)


@router.get(
    "/organisations/{slug}",
    response={200: schemas.Organisation, **ERRORS},
    url_name="organisation",
    summary="One organisation (public parts)",
)
def organisation_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    found = get_object_or_404(
        Organisation.objects.select_related("sector").only(*PUBLIC_ORGANISATION_FIELDS), slug=slug
    )
    return present.organisation(found)


@router.get(
    "/solutions", response={200: schemas.SolutionPage, **ERRORS}, url_name="solutions", summary="Catalogue solutions"
)
def solution_list(request: HttpRequest, page: int = PageNumber) -> dict[str, Any]:
    return paged(request, Solution.objects.order_by("position", "name", "pk"), page, present.solution_summary)


@router.get(
    "/solutions/{slug}",
    response={200: schemas.Solution, **ERRORS},
    url_name="solution",
    summary="One catalogue solution with its reviews",
)
def solution_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    """The solution with its reviews (scope and findings): what the catalogue page shows to a visitor."""
    solution = get_object_or_404(Solution.objects.prefetch_related("use_cases", "sectors"), slug=slug)
    visible = reviews.public_reviews(solution, _public(request).user).select_related("profile")
    return {
        **present.solution_summary(solution),
        "hosting_notes": solution.hosting_notes,
        "use_cases": [present.term(term) for term in solution.use_cases.all()],
        "sectors": [present.term(term) for term in solution.sectors.all()],
        "reviews": [present.review(review) for review in visible],
    }


def _sets() -> Any:
    return RequirementSet.objects.select_related("sector", "use_case")


@router.get(
    "/requirement-sets",
    response={200: schemas.RequirementSetPage, **ERRORS},
    url_name="requirement_sets",
    summary="Requirement sets, every version",
)
def requirement_set_list(request: HttpRequest, page: int = PageNumber) -> dict[str, Any]:
    """Every version of every set (a sector and a use case), newest version first within a pair."""
    rows = _sets().order_by("sector__position", "use_case__position", "-version", "pk")
    return paged(request, rows, page, present.requirement_set_summary, per_page=50)


@router.get(
    "/requirement-sets/{pk}",
    response={200: schemas.RequirementSet, **ERRORS},
    url_name="requirement_set",
    summary="One requirement set with its requirements",
)
def requirement_set_detail(request: HttpRequest, pk: int) -> dict[str, Any]:
    items = Prefetch("items", queryset=_items())
    found = get_object_or_404(_sets().prefetch_related(items), pk=pk)
    versions = _sets().filter(sector_id=found.sector_id, use_case_id=found.use_case_id).order_by("-version")
    return {
        **present.requirement_set_summary(found),
        "notes": found.notes,
        "requirements": [
            {
                "code": item.requirement.code,
                "title": item.requirement.title,
                "level": item.requirement.level,
                "legal_basis": item.requirement.legal_basis,
            }
            for item in found.items.all()
        ],
        "versions": [present.requirement_set_summary(version) for version in versions],
    }


def _items() -> Any:
    return RequirementSetItem.objects.select_related("requirement").order_by("position", "pk")


class ArticleFilters(Schema):
    """Exactly the filters of the knowledge base's list page (knowledge.forms.SearchForm)."""

    q: str = Field("", max_length=200, description="Search words: the knowledge base's full-text search.")
    use_case: str = Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description="A use case's slug.")
    sector: str = Field("", max_length=60, pattern=r"^[-a-zA-Z0-9_]*$", description="A sector's slug.")
    tag: str = Field("", max_length=40, description="A tag, e.g. backup.")
    page: int = Field(1, ge=1, le=10_000)


@router.get(
    "/knowledge",
    response={200: schemas.ArticlePage, **ERRORS},
    url_name="articles",
    summary="Search knowledge articles",
)
def article_list(request: HttpRequest, filters: Query[ArticleFilters]) -> dict[str, Any]:
    """Published articles, searched as on the knowledge base's list (knowledge.queries.search_articles): with
    words, those with the words in their title first; otherwise most helpful first."""
    data = {key: value for key, value in filters.dict().items() if value and key != "page"}
    form = cleaned(ArticleSearchForm(_as_query(data)))
    rows = KeysFirst(search_articles(form), for_list)
    return paged(request, rows, filters.page, present.article_summary, cap=ARTICLE_CANDIDATE_CAP)


@router.get(
    "/knowledge/{slug}", response={200: schemas.Article, **ERRORS}, url_name="article", summary="One knowledge article"
)
def article_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    """A published article (drafts and hidden articles answer 404, as the page does to a visitor)."""
    return present.article(article_for_reader(_public(request), slug))


@router.get(
    "/statistics", response={200: schemas.Statistics, **ERRORS}, url_name="statistics", summary="Public statistics"
)
def statistics_view(request: HttpRequest) -> dict[str, Any]:
    """The figures of the public statistics page (impact.statistics)."""
    stats = statistics.collect()
    return {
        "organisations_helped": stats.organisations_helped,
        "active_engagements": stats.active_engagements,
        "organisations_per_sector": [
            {"label": bar.label, "value": bar.value} for bar in stats.organisations_per_sector
        ],
        "active_engagements_per_sector": [{"label": bar.label, "value": bar.value} for bar in stats.active_per_sector],
        "hours_per_month": [{"month": month.month, "hours": str(month.hours)} for month in stats.hours_per_month],
        "services_running": stats.services_running,
        "monthly_costs_cents": stats.costs_total,
        "monthly_costs_covered_cents": stats.costs_covered,
        "monthly_costs_open_cents": stats.costs_open,
    }
