"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by the test itself (reading
the outbox, checking rows) are safe here, so we allow them explicitly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import Page, expect

from tests import factories
from tests.security.conftest import world  # noqa: F401  (the security tests' small world, for the walks)

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")  # a missing tool fails, never skips
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server, settings):
    """Open pages in fresh browser contexts (one per person); every request must stay on our own server."""
    settings.SITE_URL = live_server.url  # links in mails point at the server under test
    contexts = []
    foreign_requests: list[str] = []
    own_host = urlsplit(live_server.url).netloc

    def open_page(locale: str = "de-DE"):
        context = browser.new_context(base_url=live_server.url, locale=locale)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "request",
            lambda request: (
                None
                if urlsplit(request.url).netloc in {own_host, ""} or request.url.startswith("data:")
                else foreign_requests.append(request.url)
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert foreign_requests == [], f"third-party requests: {foreign_requests}"


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox


def link_in_last_mail(to: str, pattern: str = r"https?://\S+") -> str:
    """The first link matching `pattern` in the newest mail to `to` (text part)."""
    for message in reversed(mail.outbox):
        if to in message.to:
            found = re.search(pattern, message.body)
            assert found, f"no link in the mail to {to}: {message.subject}"
            return found.group(0)
    raise AssertionError(f"no mail to {to}; outbox: {[(m.to, m.subject) for m in mail.outbox]}")


def log_in(page: Page, email: str) -> None:
    """Log in through the login form with the factories' password; returns once the form is gone."""
    page.goto("/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", factories.PASSWORD)
    page.click("main form button[type=submit]")
    expect(page.locator("main form input[name=login]")).to_have_count(0)


def log_in_staff(page: Page, staff, server_url: str) -> None:
    """Staff log in with a second factor (TOTP, walked in test_passkeys): here the session is made on the server
    and handed to the browser."""
    client = Client()
    client.force_login(staff)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": server_url}])
