from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def listing(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def for_you(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def detail(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def edit(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def change_status(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def create(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError
