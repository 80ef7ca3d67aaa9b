from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def post_message(request: HttpRequest, **kwargs: object) -> HttpResponse:  # placeholder, being built
    raise NotImplementedError
