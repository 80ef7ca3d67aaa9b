"""While the database is gone, visitors get a clean 503 page that says when to come back, and nothing internal."""

from __future__ import annotations

import logging

import pytest
from django.db import OperationalError

from techpaten import urls
from techpaten.core import db_outage

from .urls_outage import SECRET

BEFORE_THE_VIEW = "tests.reliability.urls_outage.LoseDatabaseBeforeTheView"


@pytest.fixture
def outage_urls(settings, client):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.reliability.urls_outage"
    client.raise_request_exception = False  # as in production: the handler answers, the test client does not raise


def assert_outage_page(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == str(db_outage.RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert "503.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "Techpaten ist gleich wieder da." in html  # German first, English below: the page needs no database
    assert "Techpaten will be back in a moment." in html
    for internal in [SECRET, "db.internal", "hunter2", "Traceback", "OperationalError", "InterfaceError"]:
        assert internal not in html


@pytest.mark.parametrize("url", ["/test-lost/", "/test-closed/"])
def test_a_database_error_in_a_view_gives_the_503_page(client, db, outage_urls, url, caplog):
    with caplog.at_level(logging.ERROR):
        response = client.get(url)
    assert_outage_page(response)
    assert "database unavailable" in caplog.text
    assert SECRET not in caplog.text  # the driver's message (hosts, passwords) stays out of our log line


def test_the_503_page_keeps_the_security_headers(client, db, outage_urls, caplog):
    with caplog.at_level(logging.CRITICAL):
        response = client.get("/test-lost/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_database_error_before_the_view_gives_the_503_page_too(client, db, outage_urls, settings, caplog):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, BEFORE_THE_VIEW]
    with caplog.at_level(logging.CRITICAL):
        response = client.get("/test-session-lost/")
    assert_outage_page(response)


def test_a_post_during_the_outage_gets_the_503_page(client, db, outage_urls, caplog):
    with caplog.at_level(logging.CRITICAL):
        response = client.post("/test-lost/", {"text": "Hallo"})
    assert response.status_code == 503


def test_other_errors_still_give_the_500_page(client, db, outage_urls, caplog):
    with caplog.at_level(logging.CRITICAL):
        response = client.get("/test-boom/")
    assert response.status_code == 500
    assert "500.html" in [t.name for t in response.templates]
    assert "Retry-After" not in response


def test_the_middleware_ignores_errors_that_are_not_database_outages(rf):
    middleware = db_outage.DatabaseOutageMiddleware(lambda request: None)  # type: ignore[arg-type, return-value]
    request = rf.get("/")
    assert middleware.process_exception(request, ValueError("no")) is None
    assert middleware.process_exception(request, OperationalError("gone")).status_code == 503


def test_the_project_uses_the_outage_aware_error_handler():
    assert urls.handler500 == "techpaten.core.db_outage.server_error"
    from django.conf import settings

    assert "techpaten.core.db_outage.DatabaseOutageMiddleware" in settings.MIDDLEWARE
