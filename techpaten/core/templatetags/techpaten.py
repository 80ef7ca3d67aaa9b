"""The template filters every app may load: Markdown, distances and amounts of money."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from techpaten.core import formatting, money
from techpaten.core.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    return render_markdown(text)


@register.filter
def km(value: float | None) -> str:
    return formatting.km(value)


@register.filter
def euros(cents: int | None) -> str:
    return money.euros(cents)
