from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string

from techpaten.engagements.models import Engagement

from .. import services
from ..access import can_edit

register = template.Library()


@register.simple_tag(takes_context=True)
def costs_section(context: dict[str, Any], engagement: Engagement) -> str:
    """The engagement's costs in short on its page: monthly total, covered, open, a link and "add a cost item".

    The engagement page is for its participants only, so no further check is needed to show the figures.
    """
    request = context.get("request")
    if request is None:
        return ""
    items = list(services.items_for_engagement(engagement))
    overview = services.overview(items, engagement.organisation_id)
    return render_to_string(
        "costs/_section.html",
        {
            "engagement": engagement,
            "overview": overview,
            "count": sum(1 for row in overview.rows if row.item.is_active),
            "can_edit": can_edit(request.user, engagement.organisation_id),
        },
        request=request,
    )
