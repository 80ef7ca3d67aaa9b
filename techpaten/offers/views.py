from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def create(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def detail(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def accept(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def decline(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def withdraw(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError
