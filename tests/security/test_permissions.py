"""The permission matrix (pretix tests/control/test_permissions.py): every URL of the project and persona → status.

The URL names come from the URLconf, so a new URL without a row in permission_matrix.py fails here.
"""

from __future__ import annotations

import pytest
from django.urls import reverse, reverse_lazy

from .conftest import PERSONAS, World
from .permission_matrix import COVERED_ELSEWHERE, LOGIN, MATRIX, Row, Status
from .urlconf import changed_tables, database_state, project_url_names, url_patterns

PROJECT_URLS = project_url_names(excluded_namespaces=set(COVERED_ELSEWHERE))
WRITING_URLS = [name for name in PROJECT_URLS if name in MATRIX and MATRIX[name].writes]


def row_for(name: str) -> Row:
    row = MATRIX.get(name)
    if row is None:
        pytest.fail(f"URL {name!r} has no row in tests/security/permission_matrix.py: say who may see it.")
    return row


def kept_private(response) -> bool:
    """Nothing a logged-in person sees stays in a shared computer's cache (techpaten/core/private_cache.py)."""
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def status_of(response) -> Status:
    if response.status_code == 302 and response["Location"].startswith(reverse("account_login")):
        return LOGIN
    return response.status_code


def test_every_project_url_is_in_the_permission_matrix():
    missing = [name for name in PROJECT_URLS if name not in MATRIX]
    assert not missing, f"add these URLs to tests/security/permission_matrix.py: {missing}"


def test_the_permission_matrix_lists_no_url_that_is_gone():
    assert sorted(set(MATRIX) - set(PROJECT_URLS)) == []


def test_every_project_url_pattern_has_a_name():
    unnamed = [p.route for p in url_patterns() if p.name is None and p.namespace not in COVERED_ELSEWHERE]
    assert unnamed == [], "the matrix can only cover named URLs"


@pytest.mark.parametrize("name", PROJECT_URLS)
def test_each_persona_gets_what_the_matrix_says_and_get_writes_nothing(world: World, name: str):
    row = row_for(name)
    url = reverse(name, kwargs=row.kwargs(world))
    before = database_state()
    wrong = []
    for persona in PERSONAS:
        response = world.client(persona).get(url)
        got = status_of(response)
        if got != row.expected(persona):
            wrong.append(f"{persona}: expected {row.expected(persona)}, got {got}")
        if persona != "anonymous" and not kept_private(response):
            wrong.append(f"{persona}: Cache-Control {response.get('Cache-Control')!r}, not private and no-store")
        # A view that changes state on POST shows at most a form (to confirm with) on GET.
        if row.writes and got == 200:
            assert b'method="post"' in response.content, f"GET {url} as {persona} shows no form"
    assert not wrong, f"GET {url}: " + "; ".join(wrong)
    assert changed_tables(before, database_state()) == [], f"GET {url} changed the database"


# Posts that need no CSRF token, and what they answer without one. RFC 8058's one-click unsubscribe comes from a
# mail program, without a page: its signed token is the permission (here a wrong one: refused, nothing written).
CSRF_FREE = {
    ("set_language", "anonymous"): 302,
    **{("alerts:one_click", persona): 400 for persona in ("anonymous", "volunteer", "admin")},
}


@pytest.mark.parametrize("name", WRITING_URLS)
def test_a_post_without_csrf_token_is_refused_and_writes_nothing(world: World, name: str):
    url = reverse(name, kwargs=MATRIX[name].kwargs(world))
    before = database_state()
    # Between them these three may do every write: sign up and log in, offer and talk, answer and manage.
    for persona in ("anonymous", "volunteer", "admin"):
        client = world.client(persona, enforce_csrf_checks=True)
        response = client.post(url, {"action": "publish", "message": "x" * 30, "body": "Hallo", "confirm": "on"})
        # An anonymous visitor's language switch only sets a cookie (core.views.set_language): no token, no write.
        expected = CSRF_FREE.get((name, persona), 403)
        assert response.status_code == expected, f"POST {url} as {persona} without CSRF token: {response.status_code}"
    assert changed_tables(before, database_state()) == []


# Made-up arguments: the admin must refuse before it looks anything up.
ADMIN_ARGUMENTS = {"object_id": "1", "content_type_id": "1", "id": "1", "app_label": "needs"}
ADMIN_URLS = {
    p.name: reverse_lazy(p.name, kwargs={param: ADMIN_ARGUMENTS[param] for param in p.params})
    for p in url_patterns()
    # Its login page is for everybody; logging out is POST only (405), as everywhere.
    if p.namespace == "admin" and p.name and p.name not in {"admin:login", "admin:logout"}
}


def test_the_admin_lets_in_nobody_but_staff(world: World):
    # Django's admin decides by is_staff alone: one logged-in persona of each kind without it is enough.
    clients = {persona: world.client(persona) for persona in ("anonymous", "admin", "reviewer", "staff")}
    wrong = []
    for name, url in sorted(ADMIN_URLS.items()):
        for persona, client in clients.items():
            response = client.get(str(url))
            to_login = response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
            if to_login != (persona != "staff"):
                wrong.append(f"{name} as {persona}: {response.status_code}")
    assert not wrong
