from __future__ import annotations

import pytest
from playwright.sync_api import expect

# Live-server tests flush the database; serialized rollback restores the seeded taxonomy for the next test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_loads_everything_from_our_own_server(new_page):
    page = new_page()
    page.goto("/")
    expect(page.locator("h1")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "de"


def test_language_switch_turns_the_page_english_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.select_option("#language-select", "en")
    page.click(".language-switch button")
    assert 'lang="en"' in page.content()
    context.close()
