"""What the knowledge base adds to the pages below it (techpaten/core/sections.py): "articles about this" on a
solution of the catalogue and on a requirement, and suggestions for the use cases of a need. One query each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.core.sections import Section, register
from techpaten.needs.models import Need

from . import queries

TEMPLATE = "knowledge/_articles_section.html"


@register("catalogue.detail", order=10)
def about_solution(request: HttpRequest, solution: Solution, state: Mapping[str, Any]) -> Section | None:
    articles = queries.about("solutions", solution)
    if not articles:
        return None
    context = {"articles": articles, "heading": _("Articles about this solution"), "slot_id": "solution", "query": ""}
    return Section(TEMPLATE, context)


@register("compliance.requirement", order=10)
def about_requirement(request: HttpRequest, requirement: Requirement, state: Mapping[str, Any]) -> Section | None:
    articles = queries.about("requirements", requirement)
    if not articles:
        return None
    context = {
        "articles": articles,
        "heading": _("Articles about this requirement"),
        "slot_id": "requirement",
        "query": "",
    }
    return Section(TEMPLATE, context)


@register("needs.detail", order=30)
def for_need(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section | None:
    articles = queries.for_use_cases(need.use_cases.values("pk"))
    if not articles:
        return None
    context = {"articles": articles, "heading": _("Articles that may help"), "slot_id": "need", "query": ""}
    return Section(TEMPLATE, context)
