from __future__ import annotations

from django.urls import path

from . import views

# Included by techpaten/urls.py only when settings.BENCHMARK is on: production and the test suite never route it.
urlpatterns = [path("bench/noop/", views.noop, name="bench_noop")]
