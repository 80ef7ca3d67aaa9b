from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def create(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def detail(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def edit(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def members(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def invite(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def remove_member(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError


def accept_invitation(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError
