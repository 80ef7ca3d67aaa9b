"""What the needs app adds to the pages of the apps below it (techpaten/core/sections.py): the newest needs on the
home page, an organisation's needs on its page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.organisations.models import Organisation

from .queries import listed, newest_listed

NEWEST_ON_HOME = 6


@register("core.home", order=10)
def newest_needs(request: HttpRequest, obj: None, state: Mapping[str, Any]) -> Section:
    return Section("needs/_newest.html", {"newest_needs": newest_listed(NEWEST_ON_HOME)})


@register("organisations.detail", order=10)
def organisation_needs(request: HttpRequest, organisation: Organisation, state: Mapping[str, Any]) -> Section:
    needs = list(listed().filter(organisation=organisation).order_by("status", "-published_at", "-pk"))
    return Section("needs/_organisation_needs.html", {"needs": needs})
