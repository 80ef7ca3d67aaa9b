from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from .models import Page
from .page_cache import public_page
from .sections import collect


@public_page
def home(request: HttpRequest) -> HttpResponse:
    """The front page; the newest needs come from the needs app as a section (techpaten/core/sections.py)."""
    return render(request, "core/home.html", {"sections": collect("core.home", request, None)})


@public_page
def page(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "core/page.html", {"page": get_object_or_404(Page, slug=slug)})


@require_POST
@csrf_exempt  # copied onto require_POST's wrapper (functools.wraps): the middleware sees it
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, plus: a logged-in person keeps the choice on the account (pages and mails).

    For anonymous visitors it needs no CSRF token: a forged switch could only change the language of the pages
    someone reads, and a token would make every public page personal (no page cache). A logged-in person's choice
    is written to the account, so there the token is checked as everywhere.
    """
    user = request.user
    if user.is_authenticated:
        refused = CsrfViewMiddleware(_never_called).process_view(request, _never_called, (), {})
        if refused is not None:
            return refused
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if user.is_authenticated and language in dict(settings.LANGUAGES) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return response


def _never_called(request: HttpRequest) -> HttpResponse:
    raise AssertionError("only process_view of the CSRF middleware is used")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context: the failure may lie in what a context processor needs.
    return render(None, "500.html", status=500)
