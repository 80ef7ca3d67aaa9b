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
from .conftest import World
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
