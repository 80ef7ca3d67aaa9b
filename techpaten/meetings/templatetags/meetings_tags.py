from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def meetings_section(context: dict[str, Any], offer: Any) -> str:
    """Placeholder hook: replaced by the meetings app's section."""
    return ""
