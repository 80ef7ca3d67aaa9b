"""Whether the navigation shows the moderation queue's link: only for the people who work it (staff).

Lazy like the unread count: the template asks only for a logged-in person, and the answer needs no query (the count
of open reports is on the start page, not on every page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest

from .access import is_moderator


def moderation_link(request: HttpRequest) -> dict[str, Callable[[], bool]]:
    user: Any = getattr(request, "user", None)
    return {"may_moderate": lambda: is_moderator(user)}
