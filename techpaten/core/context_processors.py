from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language

# What people type (needs, organisations' texts) is German: the platform serves organisations in Germany and a need
# has no language of its own. German legal sources (the data-protection kit) are German too. On pages in another
# language such content carries lang="de" (WCAG 3.1.2), so screen readers pronounce it and browsers hyphenate it.
CONTENT_LANGUAGE = "de"


def site(request: HttpRequest) -> dict[str, Any]:
    page_language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return {
        "SITE_URL": settings.SITE_URL,
        # Use as {% if content_lang %} lang="{{ content_lang }}"{% endif %}: empty when the page is German already.
        "content_lang": "" if page_language == CONTENT_LANGUAGE else CONTENT_LANGUAGE,
    }
