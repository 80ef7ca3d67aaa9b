"""The POST column of the permission matrix (post_matrix.py): every state-changing URL, posted by every persona with a
valid CSRF token, does what the rules say — and nothing for anybody else."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from .conftest import PERSONAS, World
from .permission_matrix import MATRIX, Status
from .post_matrix import DONE, POSTS, Post
from .test_permissions import WRITING_URLS, status_of
from .urlconf import changed_tables, database_state


def test_every_writing_url_has_a_post_row_and_every_post_row_a_writing_url():
    assert sorted(set(WRITING_URLS) - set(POSTS)) == []
    assert sorted(set(POSTS) - set(WRITING_URLS)) == []


def post_as(world: World, persona: str, name: str, post: Post) -> Status:
    """POST as the persona with a valid CSRF token; DONE if the database changed. Rolled back afterwards."""
    cache.clear()  # rate limits count per address: one persona's posts must not throttle the next one
    client = world.client(persona, enforce_csrf_checks=True)
    # A page with a form sets the CSRF cookie: for anonymous visitors the login form (public pages carry no token,
    # core.page_cache), for everyone else the logout button in the header.
    client.get(reverse("account_login" if persona == "anonymous" else "home"))
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    savepoint = transaction.savepoint()
    try:
        url = reverse(name, kwargs=(post.kwargs or MATRIX[name].kwargs)(world))
        data = post.data(world)
        before = database_state()
        response = client.post(url, data, HTTP_X_CSRFTOKEN=token)
        written = changed_tables(before, database_state())
    finally:
        transaction.savepoint_rollback(savepoint)
    got = status_of(response)
    if written:
        return DONE if response.status_code in (200, 302) else f"{got} and wrote {written}"
    return got


@pytest.mark.parametrize("name", sorted(POSTS))
def test_each_persona_posting_gets_what_the_rules_say(world: World, name: str):
    post = POSTS[name]
    got = {persona: post_as(world, persona, name, post) for persona in PERSONAS}
    wrong = [f"{p}: expected {post.expected(p)}, got {got[p]}" for p in PERSONAS if got[p] != post.expected(p)]
    assert not wrong, f"POST {name}: " + "; ".join(wrong) + f"\n  observed: {tuple(got[p] for p in PERSONAS)}"
