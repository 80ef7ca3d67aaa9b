"""Requirement sets and requirements, public: what is asked per sector and use case, and who approved it when."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.catalogue.models import Coverage
from techpaten.core.rules import RuleViolation
from techpaten.core.sections import collect
from techpaten.paperwork.documents.registry import KINDS
from techpaten.taxonomy.models import Sector, UseCase

from .. import services, sources
from ..access import requirement_for_reviewer, set_for_reviewer
from ..forms import SetFilterForm
from ..models import Requirement, RequirementSet, RequirementSetItem


def listing(request: HttpRequest) -> HttpResponse:
    """Every sector and use case with the version that counts now (the same rule as the checklists)."""
    form = SetFilterForm(request.GET or None)
    sectors = list(Sector.objects.order_by("position", "pk"))
    use_cases = list(UseCase.objects.order_by("position", "pk"))
    if form.is_valid():
        if form.cleaned_data["sector"]:
            sectors = [s for s in sectors if s.pk == form.cleaned_data["sector"].pk]
        if form.cleaned_data["use_case"]:
            use_cases = [u for u in use_cases if u.pk == form.cleaned_data["use_case"].pk]
    sets = list(
        RequirementSet.objects.filter(sector__in=sectors, use_case__in=use_cases).only(
            "pk", "sector_id", "use_case_id", "version", "status", "approved_at"
        )
    )
    current = services.current_versions(sets)
    newest: dict[tuple[int, int], RequirementSet] = {}
    for requirement_set in sets:
        key = (requirement_set.sector_id, requirement_set.use_case_id)
        if key not in newest or requirement_set.version > newest[key].version:
            newest[key] = requirement_set
    grid = [
        {
            "sector": sector,
            "rows": [
                {
                    "use_case": use_case,
                    "current": current.get((sector.pk, use_case.pk)),
                    "newer_draft": _newer_draft(
                        current.get((sector.pk, use_case.pk)), newest.get((sector.pk, use_case.pk))
                    ),
                }
                for use_case in use_cases
            ],
        }
        for sector in sectors
    ]
    return render(
        request,
        "compliance/set_list.html",
        {
            "form": form,
            "grid": grid,
            "filtered": bool(request.GET) and form.is_valid() and any(form.cleaned_data.values()),
        },
    )


def _newer_draft(current: RequirementSet | None, newest: RequirementSet | None) -> RequirementSet | None:
    if current is None or newest is None or newest.pk == current.pk:
        return None
    return newest


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    item_query = RequirementSetItem.objects.select_related("requirement").prefetch_related(
        "requirement__sectors", "requirement__use_cases"
    )
    requirement_set = get_object_or_404(
        RequirementSet.objects.select_related("sector", "use_case").prefetch_related(
            Prefetch("items", queryset=item_query.order_by("position", "pk"))
        ),
        pk=pk,
    )
    versions = list(
        RequirementSet.objects.filter(
            sector_id=requirement_set.sector_id, use_case_id=requirement_set.use_case_id
        ).order_by("-version")
    )
    current = services.current_versions(versions).get((requirement_set.sector_id, requirement_set.use_case_id))
    items = list(requirement_set.items.all())
    _label_documents([item.requirement for item in items])
    sources.attach([item.requirement for item in items])
    return render(
        request,
        "compliance/set_detail.html",
        {
            "set": requirement_set,
            "items": items,
            "versions": versions,
            "current": current,
            "may_approve": requirement_set.status == RequirementSet.Status.DRAFT and services.may_approve(request.user),
        },
    )


@login_required
@require_POST
def approve(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    requirement_set = set_for_reviewer(request, pk)
    try:
        services.approve_set(requirement_set, request.user)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("You approved version %(version)d of this set. Checklists follow it from now on.")
            % {"version": requirement_set.version},
        )
    return redirect("compliance:requirement_set", pk=requirement_set.pk)


def requirement(request: HttpRequest, code: str) -> HttpResponse:
    requirement = get_object_or_404(Requirement.objects.prefetch_related("sectors", "use_cases"), code=code)
    _label_documents([requirement])
    sources.attach([requirement])
    set_items = (
        RequirementSetItem.objects.filter(requirement=requirement)
        .select_related("requirement_set__sector", "requirement_set__use_case")
        .order_by(
            "requirement_set__sector__position", "requirement_set__use_case__position", "-requirement_set__version"
        )
    )
    coverage = (
        Coverage.objects.filter(requirement=requirement)
        .select_related("profile__solution")
        .order_by("profile__solution__position", "profile__solution__name", "profile__name")
    )
    return render(
        request,
        "compliance/requirement_detail.html",
        {
            "requirement": requirement,
            "sets": [item.requirement_set for item in set_items],
            "coverage": coverage,
            "may_check_sources": services.may_approve(request.user),
            # The apps above add what they know about it (the knowledge base: articles about it).
            "sections": collect("compliance.requirement", request, requirement),
        },
    )


@login_required
@require_POST
def check_source(request: AuthenticatedHttpRequest, code: str) -> HttpResponse:
    """A registered reviewer marks one source of a requirement as checked; nobody else learns this address works."""
    requirement = requirement_for_reviewer(request, code)
    try:
        index = int(request.POST.get("source", ""))
        sources.mark_checked(requirement, index, request.user, request.POST.get("note", ""))
    except ValueError:
        messages.error(request, _("This source does not exist."))
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The source is marked as checked by you, with today's date."))
    return redirect("compliance:requirement", code=requirement.code)


def _label_documents(requirements: list[Requirement]) -> None:
    """Name the helpful document in the reader's language (Requirement.document holds the key of a document kind)."""
    for requirement in requirements:
        kind = KINDS.get(requirement.document) if requirement.document else None
        requirement.document_title = str(kind.title()) if kind else requirement.document  # type: ignore[attr-defined]
