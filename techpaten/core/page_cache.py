"""Public pages served from the cache to anonymous visitors, for a short time, and never anything personal.

A page is taken from or put into the cache only when the request can carry nothing personal: a GET or HEAD without a
session cookie (so nobody is logged in) and without pending flash messages. The key is the full address and the
language; every entry remembers the content version it was made under, and any change to public content (a need,
an organisation, a page, the taxonomy) moves the version on (`invalidate`), so a change shows at once. The time limit
(PAGE_CACHE_SECONDS) bounds what a missed invalidation could cost.

Responses say `Vary: Cookie, Accept-Language` and allow browsers and proxies to keep them for the same short time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "page-cache:version"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage


def invalidate(*args: Any, **kwargs: Any) -> None:
    """Public content changed: every cached page is out of date. (Usable as a signal receiver.)"""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (first change, or the cache was flushed)
        cache.set(VERSION_KEY, 1, None)


def connect_signals() -> None:
    """Saving or deleting any model of PAGE_CACHE_CONTENT (or changing its many-to-many rows) invalidates.

    Services that change public content with `QuerySet.update()` (no signal) call `invalidate()` themselves.
    """
    from django.apps import apps
    from django.db.models import ManyToManyField
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for label in getattr(settings, "PAGE_CACHE_CONTENT", ()):
        model = apps.get_model(label)
        post_save.connect(invalidate, sender=model, dispatch_uid=f"page-cache-save-{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page-cache-delete-{label}")
        for field in model._meta.get_fields():
            if isinstance(field, ManyToManyField):
                through = field.remote_field.through
                m2m_changed.connect(invalidate, sender=through, dispatch_uid=f"page-cache-m2m-{label}-{field.name}")


def cacheable(request: HttpRequest) -> bool:
    return (
        getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def _key(request: HttpRequest) -> str:
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page-cache:{get_language()}:{address}"


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve `view` from the cache to anonymous visitors (see the module's docstring)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not cacheable(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        found = cache.get_many([key, VERSION_KEY])
        version = found.get(VERSION_KEY, 0)
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            response = HttpResponse(entry[1], content_type=entry[2])
            response["X-Page-Cache"] = "hit"
        else:
            response = view(request, *args, **kwargs)
            if not _impersonal(request, response):
                return response
            cache.set(key, (version, response.content, response["Content-Type"]), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        patch_vary_headers(response, ("Cookie", "Accept-Language"))
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def _impersonal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response holds nothing that belongs to this visitor: no cookie, no CSRF token, no message."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page rendered a CSRF token (get_token)
        return False
    storage = getattr(request, "_messages", None)
    return not (storage is not None and (getattr(storage, "_queued_messages", None) or storage.used))
