"""The number of conversations with unread messages, for the navigation (base.html).

Lazy: the template calls it only for a logged-in person, and at most once per request (anonymous pages, cached
or not, run no query for it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from django.http import HttpRequest

from .inbox import unread_count


def unread_conversations(request: HttpRequest) -> dict[str, Callable[[], int]]:
    user: Any = getattr(request, "user", None)

    @cache
    def count() -> int:
        if user is None or not user.is_authenticated:
            return 0
        return unread_count(user.pk)

    return {"unread_conversations": count}
