"""Data written in both languages (catalogue, requirements): pick the active language's text, German as fallback.

Where the German text stands in for a missing English one on a page in English, it carries `lang="de"` (WCAG 3.1.2):
`fallback_lang` says so, `marked` writes it.
"""

from __future__ import annotations

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language


def _english() -> bool:
    return (get_language() or "de").startswith("en")


def pick(de: str, en: str) -> str:
    if _english() and en:
        return en
    return de


def fallback_lang(de: str, en: str) -> str:
    """ "de" when `pick(de, en)` gives the German text on a page in English (no English text), else ""."""
    return "de" if _english() and de and not en else ""


def marked(de: str, en: str) -> SafeString:
    """`pick(de, en)` as HTML: escaped, in a `<span lang="de">` when the German text stands in on an English page."""
    lang = fallback_lang(de, en)
    if lang:
        return format_html('<span lang="{}">{}</span>', lang, de)
    return conditional_escape(pick(de, en))
