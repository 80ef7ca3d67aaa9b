from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def costs_section(context: dict[str, Any], engagement: Any) -> str:
    """Placeholder hook: replaced by the costs app's section."""
    return ""
