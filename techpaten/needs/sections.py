"""What the needs app adds to the pages of the apps below it (techpaten/core/sections.py): the newest needs on the
home page, an organisation's needs on its page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.pagination import page_of
from techpaten.core.sections import Section, register
from techpaten.organisations.models import Organisation

from .queries import listed, newest_listed

NEWEST_ON_HOME = 6
ORGANISATION_NEEDS_PER_PAGE = 20


@register("core.home", order=10)
def newest_needs(request: HttpRequest, obj: None, state: Mapping[str, Any]) -> Section:
    return Section("needs/_newest.html", {"newest_needs": newest_listed(NEWEST_ON_HOME)})


@register("organisations.detail", order=10)
def organisation_needs(request: HttpRequest, organisation: Organisation, state: Mapping[str, Any]) -> Section:
    # A page at a time: an organisation may have hundreds of needs (a school sponsor, a city's Kitas).
    needs = listed().filter(organisation=organisation).order_by("status", "-published_at", "-pk")
    page = page_of(needs, request.GET.get("page"), ORGANISATION_NEEDS_PER_PAGE)
    return Section("needs/_organisation_needs.html", {"page_obj": page})
