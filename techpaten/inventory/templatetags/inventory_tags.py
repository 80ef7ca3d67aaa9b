from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils import timezone

from techpaten.engagements.models import Engagement

from .. import services
from ..access import can_use_inventory

register = template.Library()


@register.simple_tag(takes_context=True)
def inventory_section(context: dict[str, Any], engagement: Engagement) -> str:
    """The organisation's services with due and overdue maintenance, on the engagement page.

    Shown only to whom the inventory is open: a team whose engagement has ended still sees the engagement page,
    but no longer where the credentials are kept.
    """
    request = context.get("request")
    if request is None or not can_use_inventory(request.user, engagement.organisation_id):
        return ""
    today = timezone.localdate()
    rows = [
        {"service": service, "attention": services.attention(service, today)}
        for service in services.active_services(engagement.organisation).select_related("solution")
    ]
    return render_to_string(
        "inventory/_section.html",
        {
            "engagement": engagement,
            "organisation": engagement.organisation,
            "rows": rows,
            "can_preselect": engagement.is_live,
        },
        request=request,
    )
