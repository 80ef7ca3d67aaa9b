"""The real URLs plus views that fail, to test the error pages as a visitor sees them (DEBUG off)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import path

from techpaten.urls import urlpatterns as real_urlpatterns

SECRET = "internal detail: password=hunter2"


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError(SECRET)


def forbidden(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied(SECRET)


urlpatterns = [path("test-boom/", boom), path("test-forbidden/", forbidden), *real_urlpatterns]

handler404 = "techpaten.core.views.page_not_found"
handler500 = "techpaten.core.views.server_error"
