"""Small helpers for the offer tests: more volunteers and needs, and the translated texts to compare with."""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.accounts.models import User
from techpaten.mail.outbox import render

from .. import factories


def de(msgid: str, **values: Any) -> str:
    """The German text the person sees (the msgid itself until the catalogue exists)."""
    with translation.override("de"):
        text = gettext(msgid)
    return text % values if values else text


def subject(template: str, language: str, **context: Any) -> str:
    return render(template, context, language)[0]


def make_volunteer(email: str, **extra: Any) -> User:
    user = factories.make_user(email, name=email.split("@")[0].title())
    factories.make_volunteer_profile(user, **extra)
    return user


def shown(response: Any, text: str) -> bool:
    """Whether `text` appears on the page as the browser shows it (HTML-escaped in the source)."""
    return escape(text) in response.content.decode()
