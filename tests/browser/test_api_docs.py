"""The API's browsable docs (/api/v1/docs): swagger-ui from our own static files renders every operation under our
Content-Security-Policy and can try one out, with no CSP violation, no error in the console and no request to
another host."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from techpaten.api.api import api

# Recorded in the page before any of its scripts run (Playwright's init scripts are not subject to the page's CSP).
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def operation_count() -> int:
    return sum(len(methods) for methods in api.get_openapi_schema()["paths"].values())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_docs_render_every_operation_under_our_csp_from_our_own_server(new_page, live_server):
    page = new_page("de-DE")
    console_errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.add_init_script(WATCH_CSP)

    response = page.goto("/api/v1/docs")
    assert response is not None and response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]

    # The needs search, in the public section, with its summary, and the operations that need a token.
    needs_search = page.locator(".opblock-get").filter(has=page.locator('[data-path="/api/v1/needs"]'))
    expect(needs_search.locator(".opblock-summary-description")).to_have_text("Search listed needs")
    expect(page.locator(".opblock-tag", has_text="public")).to_be_visible()
    expect(page.locator(".opblock-tag", has_text="with a token")).to_be_visible()
    expect(page.locator('[data-path="/api/v1/knowledge/{slug}"]')).to_be_visible()
    expect(page.locator(".opblock")).to_have_count(operation_count())

    # Opening the operation shows its parameters, read from the schema (the listing's filters); trying it out calls
    # the API on our own server (connect-src 'self') and shows the answer.
    needs_search.locator(".opblock-summary").first.click()
    expect(needs_search.locator('tr[data-param-name="plz"]')).to_be_visible()
    needs_search.get_by_role("button", name="Try it out").click()
    needs_search.get_by_role("button", name="Execute").click()
    expect(needs_search.locator(".live-responses-table tbody .response-col_status")).to_have_text("200")
    page.wait_for_load_state("networkidle")

    own_host = urlsplit(live_server.url).netloc
    elsewhere = [url for url in requests if not url.startswith("data:") and urlsplit(url).netloc != own_host]
    assert elsewhere == []
    assert f"{live_server.url}/api/v1/openapi.json" in requests
    assert any(url.startswith(f"{live_server.url}/api/v1/needs?") for url in requests)
    assert page.evaluate("window.__cspViolations") == []
    assert console_errors == []
