"""No page scrolls sideways on a 320 px phone (WCAG 1.4.10 Reflow): every page of the permission matrix's walk, as
every persona who may see it, in one browser with one login per persona."""

from __future__ import annotations

import pytest
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError

from tests.security.conftest import PERSONAS, World
from tests.security.permission_matrix import MATRIX
from tests.security.walk import urls

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 320, "height": 640}
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# The first element that reaches past the right edge, to name in the failure.
CULPRIT = """() => {
  const edge = document.documentElement.clientWidth;
  for (const e of document.querySelectorAll("body *")) {
    if (e.getBoundingClientRect().right > edge + 1) {
      return `<${e.tagName.toLowerCase()} class="${e.className}"> ${(e.textContent || "").trim().slice(0, 60)}`;
    }
  }
  return "";
}"""


def pages_for(world: World, persona: str) -> list[str]:
    """The walk's URLs this persona may see (the matrix says 200), plus the searches the walk adds after the rows."""
    walked = urls(world)
    rows = [url for (name, row), url in zip(MATRIX.items(), walked, strict=False) if row.expected(persona) == 200]
    return rows + walked[len(MATRIX) :]


def test_no_page_is_wider_than_a_phone(browser, live_server, world: World):
    too_wide = []
    for persona in PERSONAS:
        context = browser.new_context(base_url=live_server.url, viewport=PHONE, locale="de-DE")
        if world.users[persona] is not None:
            session = world.client(persona).cookies[settings.SESSION_COOKIE_NAME].value
            cookie = {"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}
            context.add_cookies([cookie])
        page = context.new_page()
        for url in pages_for(world, persona):
            try:
                response = page.goto(url)
            except PlaywrightError as error:  # a calendar file, a CSV export: a download, not a page
                assert "Download is starting" in error.message, f"{url} as {persona}: {error.message}"
                continue
            status = response.status if response else None
            assert status == 200, f"{url} as {persona}: {status}"
            wider = page.evaluate(OVERFLOW)
            if wider > 0:
                too_wide.append(f"{url} as {persona}: {wider} px too wide at {page.evaluate(CULPRIT)}")
        context.close()
    assert not too_wide, "\n".join(too_wide)
