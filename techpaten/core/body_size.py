"""Request bodies larger than MAX_REQUEST_BODY_BYTES are refused with a clear 413 page before anything reads them.

Django's own limit (DATA_UPLOAD_MAX_MEMORY_SIZE, set to the same number) only counts form fields, not uploaded
files, and answers a bare 400 once a view reads request.POST. Here the declared length decides, for forms and for
any upload alike, before the CSRF check or a view read a byte. A body without Content-Length is not read at all
by Django's WSGI handler, so the declared length is all there is to check.

The page is static and bilingual: it is rendered without the request (no session, no user, no language yet).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

Handler = Callable[[HttpRequest], HttpResponse]


def declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # Django reads nothing from a body of unknown length


def too_large_response() -> HttpResponse:
    # No "Connection: close": WSGI forbids hop-by-hop headers (runserver's wsgiref refuses them); the server drains
    # or drops the unread body itself.
    return HttpResponse(
        render_to_string("413.html", {"limit_kib": settings.MAX_REQUEST_BODY_BYTES // 1024}), status=413
    )


def limit_body_size(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        if declared_length(request) > settings.MAX_REQUEST_BODY_BYTES:
            return too_large_response()
        return get_response(request)

    return middleware
