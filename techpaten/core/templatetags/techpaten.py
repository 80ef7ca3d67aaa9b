"""The template filters every app may load: Markdown, distances, amounts of money, names in two languages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from techpaten.core import bilingual as bilingual_texts
from techpaten.core import formatting, money
from techpaten.core.markdown import render_markdown
from techpaten.core.sections import Section

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


@register.filter
def bilingual(de: str | None, en: str | None) -> SafeString:
    """`{{ solution.name|bilingual:solution.name_en }}`: the English text on English pages; the German one
    elsewhere, and in `<span lang="de">` on an English page without English text (core/bilingual.py)."""
    return bilingual_texts.marked(de or "", en or "")


@register.simple_tag(takes_context=True)
def section(context: Any, section: Section) -> SafeString:
    """Render a section an app above added to this page (techpaten/core/sections.py)."""
    return section.render(context.get("request"))
