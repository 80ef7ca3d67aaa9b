from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_for_need(context: dict[str, Any], need: Any) -> str:
    """Placeholder hook: replaced by the feedback app's section."""
    return ""


@register.simple_tag(takes_context=True)
def feedback_for_volunteer(context: dict[str, Any], profile_user: Any) -> str:
    """Placeholder hook: replaced by the feedback app's section."""
    return ""


@register.simple_tag(takes_context=True)
def feedback_for_organisation(context: dict[str, Any], organisation: Any) -> str:
    """Placeholder hook: replaced by the feedback app's section."""
    return ""
