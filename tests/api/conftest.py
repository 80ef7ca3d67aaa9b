from __future__ import annotations

import time

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.core.cache import cache
from django.test import Client

from techpaten.api import tokens


def confirmed_client(user) -> Client:
    """Logged in, with the password just confirmed (the token page asks for it again, like other sensitive pages)."""
    client = Client()
    client.force_login(user)
    session = client.session
    session["account_authentication_methods_user"] = str(user.pk)
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [{"method": "password", "at": time.time(), "reauthenticated": True}]
    session.save()
    return client


def bearer(user, scope: str = "write") -> dict[str, str]:
    _token, secret = tokens.create_token(user, "test", scope)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
