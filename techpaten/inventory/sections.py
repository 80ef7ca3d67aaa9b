"""What the inventory adds to the engagement page (techpaten/core/sections.py): the services and their maintenance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from techpaten.core.sections import Section, register
from techpaten.engagements.models import Engagement

from . import services
from .access import can_use_inventory


@register("engagements.detail", order=10)
def inventory(request: HttpRequest, engagement: Engagement, state: Mapping[str, Any]) -> Section | None:
    """The organisation's services with due and overdue maintenance.

    Shown only to whom the inventory is open: a team whose engagement has ended still sees the engagement page,
    but no longer where the credentials are kept.
    """
    if not can_use_inventory(request.user, engagement.organisation_id):
        return None
    today = timezone.localdate()
    rows = [
        {"service": service, "attention": services.attention(service, today)}
        for service in services.active_services(engagement.organisation).select_related("solution")
    ]
    return Section(
        "inventory/_section.html",
        {
            "engagement": engagement,
            "organisation": engagement.organisation,
            "rows": rows,
            "can_preselect": engagement.is_live,
        },
    )
