"""Nothing a logged-in person sees is kept by a browser or a proxy, unless a view says it may be.

Kitas, schools and WGs share computers: without `Cache-Control: no-store` the back button or the browser's cache
shows the next person the previous one's messages, member addresses or where credentials are kept, even after a
logout. So every response to a logged-in person gets `private, no-store`. A view whose answer may be cached says so
with `@cache_allowed` (and then sets its own Cache-Control, or none).

The check happens when the response goes out, so a login in this very request counts, and a logout does not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

View = TypeVar("View", bound=Callable[..., HttpResponse])
Handler = Callable[[HttpRequest], HttpResponse]

# Set on a response by @cache_allowed; the middleware leaves such a response as the view made it.
CACHE_ALLOWED = "techpaten_cache_allowed"


def cache_allowed(view: View) -> View:
    """The view's responses may be cached even for a logged-in person (it sets its own Cache-Control)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        setattr(response, CACHE_ALLOWED, True)
        return response

    return wrapper  # type: ignore[return-value]


def private_no_store(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not getattr(response, CACHE_ALLOWED, False):
            # Merged with what a view set (never_cache's max-age=0 and no-cache stay); `public` gives way to private.
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware
