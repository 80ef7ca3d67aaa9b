from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def noop(request: HttpRequest) -> HttpResponse:
    """The benchmark's ceiling: a request through every middleware that does no work of its own (no template,
    no query). Routed only when BENCHMARK=1 (techpaten/urls.py)."""
    return HttpResponse(b"ok", content_type="text/plain")
