from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def edit_profile(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def detail(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError
