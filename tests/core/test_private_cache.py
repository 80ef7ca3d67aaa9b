"""Cache-Control for logged-in people (techpaten/core/private_cache.py); the permission matrix checks every URL."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.views.decorators.cache import cache_control

from techpaten.core.private_cache import cache_allowed, private_no_store
from tests.factories import PASSWORD


def directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def answer(view, user):
    request = RequestFactory().get("/")
    request.user = user
    return private_no_store(view)(request)


def public_page(request):
    return cache_control(public=True, max_age=600)(lambda r: HttpResponse("ok"))(request)


def test_a_logged_in_person_gets_private_no_store_even_where_a_view_asked_for_public(volunteer):
    response = answer(public_page, volunteer)
    assert {"private", "no-store"} <= directives(response)
    assert "public" not in directives(response)


def test_a_view_marked_cache_allowed_keeps_its_own_header(volunteer):
    response = answer(cache_allowed(public_page), volunteer)
    assert directives(response) == {"public", "max-age=600"}


def test_anonymous_visitors_get_no_such_header(db):
    assert directives(answer(public_page, AnonymousUser())) == {"public", "max-age=600"}


def test_logging_in_makes_the_answer_private_at_once(client, volunteer):
    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": PASSWORD})
    assert response.status_code == 302
    assert {"private", "no-store"} <= directives(response)
    assert {"private", "no-store"} <= directives(client.get(reverse("dashboard")))
    client.post(reverse("account_logout"))
    assert "no-store" not in directives(client.get(reverse("needs:list")))
