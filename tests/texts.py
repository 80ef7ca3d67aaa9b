"""What a person reads: a message in German (the language every test starts in) and whether a page shows a text."""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext


def de(msgid: str, **values: Any) -> str:
    """The German text the person sees (the msgid itself until the catalogue has it), filled with `values`."""
    with translation.override("de"):
        text = gettext(msgid)
    return text % values if values else text


def shown(response: Any, text: str) -> bool:
    """Whether `text` appears on the page as the browser shows it (HTML-escaped in the source)."""
    return escape(text) in response.content.decode()
