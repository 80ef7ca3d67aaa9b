"""What the costs app adds to the engagement page (techpaten/core/sections.py): the costs in short."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.engagements.models import Engagement

from . import services
from .access import can_edit


@register("engagements.detail", order=20)
def costs(request: HttpRequest, engagement: Engagement, state: Mapping[str, Any]) -> Section:
    """Monthly total, covered, open, a link and "add a cost item".

    The engagement page is for its participants only, so no further check is needed to show the figures.
    """
    items = list(services.items_for_engagement(engagement))
    overview = services.overview(items, engagement.organisation_id)
    return Section(
        "costs/_section.html",
        {
            "engagement": engagement,
            "overview": overview,
            "count": sum(1 for row in overview.rows if row.item.is_active),
            "can_edit": can_edit(request.user, engagement.organisation_id),
        },
    )
