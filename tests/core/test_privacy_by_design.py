"""Nothing is loaded from other hosts, and the content security policy forbids inline code."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

# Every address a page makes the browser load on its own: stylesheets, icons, scripts, images, frames.
LOADED = re.compile(r"<(?:link|script|img|iframe|source|video|audio)\b[^>]*?\b(?:href|src|srcset)=\"([^\"]*)\"", re.I)


@pytest.mark.parametrize("name", ["home", "needs:list", "account_login", "account_signup", "privacy"])
def test_pages_load_nothing_from_other_hosts(client, need, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    addresses = LOADED.findall(html)
    assert addresses, "the page loads at least our stylesheet"
    for address in addresses:
        assert not address.startswith(("http:", "https:", "//")) or address.startswith("http://testserver/"), address
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


@pytest.mark.parametrize("name", ["home", "needs:list", "account_login"])
def test_the_content_security_policy_allows_only_our_own_code(client, db, name):
    policy = client.get(reverse(name)).headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
