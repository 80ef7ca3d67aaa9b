"""axe-core finds no WCAG 2.2 A/AA violation (issue 12: "axe stays at 0 violations"): every page of the permission
matrix's walk that the anonymous visitor, the volunteer and the organisation admin may see, in German.

axe-core comes vendored inside the test dependency axe-playwright-python (no download, no third-party request); it
is injected into the page by the test, never served by the platform.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError

from tests.security.conftest import World

from .test_phone_width import pages_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
PERSONAS = ("anonymous", "volunteer", "admin")


def test_axe_finds_no_violation_on_any_page(browser, live_server, world: World):
    axe = Axe()
    found = []
    for persona in PERSONAS:
        context = browser.new_context(base_url=live_server.url, locale="de-DE", bypass_csp=True)
        if world.users[persona] is not None:
            session = world.client(persona).cookies[settings.SESSION_COOKIE_NAME].value
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
        page = context.new_page()
        for url in pages_for(world, persona):
            try:
                page.goto(url)
            except PlaywrightError as error:  # a calendar file, a CSV export: a download, not a page
                assert "Download is starting" in error.message, f"{url} as {persona}: {error.message}"
                continue
            if "html" not in (page.evaluate("document.contentType") or ""):
                continue  # JSON of the API, an Atom feed: nothing for a screen reader to read as a page
            results = axe.run(page, options=WCAG_AA)
            for violation in results.response["violations"]:
                targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
                found.append(f"{url} as {persona}: {violation['id']} ({violation['impact']}) at {targets}")
        context.close()
    assert not found, "\n".join(found)
