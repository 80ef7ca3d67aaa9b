"""Data written in both languages (catalogue, requirements): pick the active language's text, German as fallback."""

from __future__ import annotations

from django.utils.translation import get_language


def pick(de: str, en: str) -> str:
    if (get_language() or "de").startswith("en") and en:
        return en
    return de
