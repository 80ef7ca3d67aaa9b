"""Public pages served from the cache to anonymous visitors, for a short time, and never anything personal.

A page is taken from or put into the cache only when the request can carry nothing personal: a GET or HEAD without a
session cookie (so nobody is logged in) and without pending flash messages, and only if rendering it produced no
cookie and no CSRF token. The key is the full address and the language.

Invalidation: every entry remembers the content version it was made under; any change to public content (a need,
an organisation, a page, the taxonomy — PAGE_CACHE_CONTENT, plus explicit calls where a service writes with
`QuerySet.update()`) moves the shared version on (`invalidate`). The process that made the change sees it at once;
other processes and servers read the shared version at most VERSION_REFRESH_SECONDS later. The time limit
(PAGE_CACHE_SECONDS) bounds what a missed invalidation could cost.

Two levels: each process keeps the pages it served in memory (LOCAL_ENTRIES, least recently used out), so a hit
costs no network round trip; behind it the shared cache (the database, or Redis) lets servers share renderings.

Responses say `Vary: Cookie, Accept-Language` and allow browsers and proxies to keep them for the same short time.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "page-cache:version"
VERSION_REFRESH_SECONDS = 1.0
LOCAL_ENTRIES = 500
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage

Entry = tuple[int, float, bytes, str]  # version, expiry (monotonic), content, content type

_lock = threading.Lock()
_local: OrderedDict[str, Entry] = OrderedDict()
_known_version: list[float] = [0, -1e9]  # [version, when it was read (monotonic)]


def invalidate(*args: Any, **kwargs: Any) -> None:
    """Public content changed: every cached page is out of date. (Usable as a signal receiver.)"""
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (first change, or the cache was flushed)
        version = int(time.time())  # never smaller than a version some process may still remember
        cache.set(VERSION_KEY, version, None)
    with _lock:
        _known_version[:] = [version, time.monotonic()]


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


def forget_local() -> None:
    """Drop this process's copies (tests; the shared cache is cleared with `cache.clear()`)."""
    with _lock:
        _local.clear()
        _known_version[:] = [0, -1e9]


def cacheable(request: HttpRequest) -> bool:
    return (
        getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve `view` from the cache to anonymous visitors (see the module's docstring)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not cacheable(request):
            return view(request, *args, **kwargs)
        key = f"page-cache:{get_language()}:{hashlib.sha256(request.get_full_path().encode()).hexdigest()}"
        version = _current_version()
        entry = _lookup(key, version)
        if entry is not None:
            response = HttpResponse(entry[2], content_type=entry[3])
            response["X-Page-Cache"] = "hit"
        else:
            response = view(request, *args, **kwargs)
            if not _impersonal(request, response):
                return response
            _store(key, version, response)
            response["X-Page-Cache"] = "miss"
        patch_vary_headers(response, ("Cookie", "Accept-Language"))
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def _current_version() -> int:
    now = time.monotonic()
    with _lock:
        version, read_at = _known_version
    if now - read_at > VERSION_REFRESH_SECONDS:
        version = cache.get(VERSION_KEY, 0)
        with _lock:
            _known_version[:] = [version, now]
    return int(version)


def _lookup(key: str, version: int) -> Entry | None:
    now = time.monotonic()
    with _lock:
        entry = _local.get(key)
        if entry is not None and entry[0] == version and entry[1] > now:
            _local.move_to_end(key)
            return entry
    shared = cache.get(key)
    if shared is None or shared[0] != version:
        return None
    entry = (version, now + settings.PAGE_CACHE_SECONDS, shared[1], shared[2])
    _remember(key, entry)
    return entry


def _store(key: str, version: int, response: HttpResponse) -> None:
    content, content_type = response.content, response["Content-Type"]
    cache.set(key, (version, content, content_type), settings.PAGE_CACHE_SECONDS)
    _remember(key, (version, time.monotonic() + settings.PAGE_CACHE_SECONDS, content, content_type))


def _remember(key: str, entry: Entry) -> None:
    with _lock:
        _local[key] = entry
        _local.move_to_end(key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def _impersonal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response holds nothing that belongs to this visitor: no cookie, no CSRF token, no message."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page rendered a CSRF token (get_token)
        return False
    storage = getattr(request, "_messages", None)
    return not (storage is not None and (getattr(storage, "_queued_messages", None) or storage.used))
