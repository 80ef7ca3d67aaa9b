"""Helpers for the account security tests: logging in the way a person does, codes from an authenticator app."""

from __future__ import annotations

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time
from django.test import Client
from django.urls import reverse

from techpaten.accounts.models import User

from .. import factories


def totp_code(secret: str) -> str:
    """The code an authenticator app shows right now (allauth's own TOTP helpers)."""
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def log_in(client: Client, user: User, password: str = factories.PASSWORD, **extra: str) -> object:
    """Log in through the form (not force_login): allauth records the authentication and the session starts."""
    return client.post(reverse("account_login"), {"login": user.email, "password": password}, **extra)


def reauthenticate(client: Client, password: str = factories.PASSWORD) -> None:
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302, response.content.decode()[:2000]


def script_tags_without_src(html: str) -> list[str]:
    import re

    return re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
