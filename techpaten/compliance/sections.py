"""What the compliance app adds to the need page (techpaten/core/sections.py): the way to its checklist."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.needs.models import Need

from .access import may_work_on_checklist


@register("needs.detail", order=20)
def data_protection(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section | None:
    if not may_work_on_checklist(request.user, need):
        return None
    return Section("compliance/_need_section.html", {"need": need})
