"""The language switch: for visitors via the cookie, for people with an account also on the account."""

from __future__ import annotations

from django.urls import reverse


def test_switching_to_english_turns_the_next_page_english(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("imprint")})
    assert response.status_code == 302
    assert response.url == reverse("imprint")
    page = client.get(reverse("imprint"))
    assert page.headers["Content-Language"] == "en"
    assert '<html lang="en">' in page.content.decode()


def test_switching_saves_the_language_on_the_account(volunteer_client, volunteer):
    assert volunteer.language == "de"
    volunteer_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    volunteer.refresh_from_db()
    assert volunteer.language == "en"
    assert volunteer_client.get(reverse("home")).headers["Content-Language"] == "en"


def test_an_unknown_language_changes_nothing(volunteer_client, volunteer):
    volunteer_client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    volunteer.refresh_from_db()
    assert volunteer.language == "de"
    assert volunteer_client.get(reverse("home")).headers["Content-Language"] == "de"


def test_an_outside_next_address_is_not_followed(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response.url


def test_the_switch_only_takes_posts(client, db):
    assert client.get(reverse("set_language")).status_code == 405


def test_an_anonymous_visitor_switches_without_a_csrf_token(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"


def test_a_logged_in_person_needs_the_csrf_token_because_the_account_changes(volunteer):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(volunteer)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 403
    volunteer.refresh_from_db()
    assert volunteer.language != "en"
    token = client.get(reverse("needs:list")).context["csrf_token"]
    response = client.post(reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.language == "en"
