"""The project's URLconf with the benchmark's no-op view, as BENCHMARK=1 routes it."""

from __future__ import annotations

from django.urls import include, path

from techpaten.urls import handler404, handler500
from techpaten.urls import urlpatterns as project_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]
urlpatterns = [*project_urlpatterns, path("", include("techpaten.benchmark.urls"))]
