from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from techpaten.core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    return render_markdown(text)


@register.filter
def km(value: float | None) -> str:
    """A distance for people: "3 km", "under 1 km"; nothing when unknown."""
    if value is None:
        return ""
    if value < 1:
        return "< 1 km"
    return f"{round(value)} km"
