"""The API's token matrix (api_matrix.py): every operation that needs a token, called by every token persona."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse

from techpaten.api import tokens
from techpaten.api.models import ApiToken

from .api_matrix import CALLS, DONE, TOKEN_PERSONAS, Call
from .conftest import PERSONAS, World
from .post_matrix import DONE as PAGE_DONE
from .post_matrix import POSTS, Post
from .urlconf import changed_tables, database_state, url_patterns

TOKEN_URLS = sorted(p.name for p in url_patterns() if p.name and p.route.startswith("api/v1/me/"))


@pytest.fixture
def secrets(world: World) -> dict[str, str | None]:
    found: dict[str, str | None] = {"anonymous": None}
    for persona, user in world.users.items():
        if user is not None:
            found[persona] = tokens.create_token(user, f"{persona} token", ApiToken.Scope.WRITE)[1]
    found["read"] = tokens.create_token(world.users["admin"], "read only", ApiToken.Scope.READ)[1]
    revoked, found["revoked"] = tokens.create_token(world.users["admin"], "old", ApiToken.Scope.WRITE)
    tokens.revoke(revoked)
    return found


def call_as(world: World, secret: str | None, name: str, call: Call) -> object:
    cache.clear()  # rate limits: one persona's calls must not throttle the next one
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"} if secret else {}
    savepoint = transaction.savepoint()
    try:
        url = reverse(name, kwargs=call.kwargs(world))
        body = json.dumps(call.data(world)) if call.data else None
        before = database_state()
        client = Client()
        if call.method == "get":
            response = client.get(url, **headers)
        else:
            response = getattr(client, call.method)(url, body or "{}", content_type="application/json", **headers)
        written = changed_tables(before, database_state())
    finally:
        transaction.savepoint_rollback(savepoint)
    assert response["Content-Type"].startswith(("application/json", "application/problem+json")), response
    if written:
        return DONE if response.status_code in (200, 201) else f"{response.status_code} and wrote {written}"
    return response.status_code


def test_every_token_url_has_a_row_and_every_row_a_url():
    assert sorted(set(CALLS) - set(TOKEN_URLS)) == []
    assert sorted(set(TOKEN_URLS) - set(CALLS)) == []


@pytest.mark.parametrize("name", sorted(CALLS))
def test_each_token_persona_gets_what_the_rules_say(world: World, secrets, name: str):
    call = CALLS[name]
    got = {persona: call_as(world, secrets[persona], name, call) for persona in TOKEN_PERSONAS}
    wrong = [f"{p}: expected {call.expected(p)}, got {got[p]}" for p in TOKEN_PERSONAS if got[p] != call.expected(p)]
    assert not wrong, f"{call.method.upper()} {name}: " + "; ".join(wrong)


# The API operation and the page that does the same: every persona gets the same answer from both (the rules are the
# same access helpers). Not paired: making an offer (the page shows the form again or redirects with the rule's
# message where the API answers 409) and the pages' own extras.
SAME_AS_PAGE = {
    "api:withdraw_offer": "offers:withdraw",
    "api:accept_offer": "offers:accept",
    "api:decline_offer": "offers:decline",
    "api:send_message": "conversations:post",
    "api:create_need": "needs:create",
    "api:edit_need": "needs:edit",
    "api:change_need_status": "needs:change_status",
}


def _same(page: Post, call: Call, persona: str) -> bool:
    done = page.expected(persona) == PAGE_DONE
    return call.expected(persona) == DONE if done else call.expected(persona) == page.expected(persona)


@pytest.mark.parametrize("api_name", sorted(SAME_AS_PAGE))
def test_the_api_and_the_page_give_every_persona_the_same_answer(api_name: str):
    page = POSTS[SAME_AS_PAGE[api_name]]
    call = CALLS[api_name]
    # anonymous: the page asks to log in, the API for a token (401); the other personas post as themselves
    personas = [persona for persona in PERSONAS if persona != "anonymous"]
    differ = [f"{p}: page {page.expected(p)}, API {call.expected(p)}" for p in personas if not _same(page, call, p)]
    assert not differ, f"{api_name}: " + "; ".join(differ)
