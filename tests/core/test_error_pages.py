"""Error pages as a visitor sees them in production: our templates, no internals."""

from __future__ import annotations

import logging

import pytest

from tests.core.urls_error import SECRET

INTERNALS = ["Traceback", "urlpatterns", "Using the URLconf", "settings.py", "DEBUG = True"]


@pytest.fixture
def error_urls(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.core.urls_error"


def assert_no_internals(html: str) -> None:
    for word in [SECRET, *INTERNALS]:
        assert word not in html


def test_an_unknown_address_shows_our_404_page(client, db, settings):
    settings.DEBUG = False
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    assert_no_internals(response.content.decode())


def test_a_failing_view_shows_our_500_page_without_internals(client, db, error_urls, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.CRITICAL, logger="django.request"):  # the expected error log stays quiet
        response = client.get("/test-boom/")
    assert response.status_code == 500
    assert "500.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "Techpaten" in html
    assert_no_internals(html)


def test_a_forbidden_action_shows_our_403_page_without_internals(client, db, error_urls, caplog):
    with caplog.at_level(logging.CRITICAL, logger="django.request"):
        response = client.get("/test-forbidden/")
    assert response.status_code == 403
    assert "403.html" in [t.name for t in response.templates]
    assert_no_internals(response.content.decode())
