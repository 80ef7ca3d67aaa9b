"""The real URLs plus views and a middleware that lose the database, as during a PostgreSQL restart."""

from __future__ import annotations

from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.urls import path

from techpaten.urls import handler404, handler500
from techpaten.urls import urlpatterns as real_urlpatterns

SECRET = 'connection to server at "db.internal" (10.0.0.5), port 5432 failed: password=hunter2'


def lost_connection(request: HttpRequest) -> HttpResponse:
    raise OperationalError(SECRET)


def closed_connection(request: HttpRequest) -> HttpResponse:
    raise InterfaceError(SECRET)


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError(SECRET)


class LoseDatabaseBeforeTheView:
    """Like loading the session or the user while the database is gone (before any view runs)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == "/test-session-lost/":
            raise OperationalError(SECRET)
        return self.get_response(request)


urlpatterns = [
    path("test-lost/", lost_connection),
    path("test-closed/", closed_connection),
    path("test-boom/", boom),
    *real_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
