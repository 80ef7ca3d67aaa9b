from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from .models import Page
from .sections import collect


def home(request: HttpRequest) -> HttpResponse:
    """The front page; the newest needs come from the needs app as a section (techpaten/core/sections.py)."""
    return render(request, "core/home.html", {"sections": collect("core.home", request, None)})


def page(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "core/page.html", {"page": get_object_or_404(Page, slug=slug)})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, plus: a logged-in person keeps the choice on the account (pages and mails)."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    user = request.user
    if user.is_authenticated and language in dict(settings.LANGUAGES) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return response


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context: the failure may lie in what a context processor needs.
    return render(None, "500.html", status=500)  # type: ignore[arg-type]
