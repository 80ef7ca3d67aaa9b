"""Small helpers for the offer tests: more volunteers and needs, and the translated texts to compare with."""

from __future__ import annotations

from typing import Any

from techpaten.accounts.models import User
from techpaten.mail.outbox import render

from .. import factories


def subject(template: str, language: str, **context: Any) -> str:
    return render(template, context, language)[0]


def make_volunteer(email: str, **extra: Any) -> User:
    user = factories.make_user(email, name=email.split("@")[0].title())
    factories.make_volunteer_profile(user, **extra)
    return user
