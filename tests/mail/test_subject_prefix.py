"""One rule for subjects: allauth's mails and the app's own start the same way (settings.MAIL_SUBJECT_PREFIX)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.mail import outbox

from .conftest import TEMPLATE

PASSWORD = "ein langes geheimes Passwort"


def allauth_and_app_mail(client, capture) -> tuple[str, str]:
    """The subject of allauth's confirmation mail and of one of the app's own mails, both as sent."""
    with capture(execute=True):
        client.post(
            reverse("account_signup"),
            {
                "email": "neu@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "name": "Nora Neu",
                "accept_privacy": "on",
            },
            HTTP_ACCEPT_LANGUAGE="en",
        )
        outbox.send(TEMPLATE, "bo@example.org", {"name": "Bo"}, language="en")
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    return subjects["neu@example.org"], subjects["bo@example.org"]


def test_allauth_and_app_mails_carry_no_prefix_by_default(client, db, django_capture_on_commit_callbacks):
    allauth_subject, app_subject = allauth_and_app_mail(client, django_capture_on_commit_callbacks)
    with translation.override("en"):
        assert allauth_subject == gettext("Please confirm your e-mail address")
    assert app_subject == "Greeting for Bo [en]"


@pytest.mark.parametrize("prefix", ["[Techpaten] ", "Techpaten: "])
def test_a_configured_prefix_starts_allauth_and_app_mails_alike(
    client, db, settings, django_capture_on_commit_callbacks, prefix
):
    settings.MAIL_SUBJECT_PREFIX = prefix
    allauth_subject, app_subject = allauth_and_app_mail(client, django_capture_on_commit_callbacks)
    assert allauth_subject.startswith(prefix) and not allauth_subject.startswith(prefix * 2)
    assert app_subject == f"{prefix}Greeting for Bo [en]"


def test_both_kinds_come_from_the_same_named_sender(client, settings, db, django_capture_on_commit_callbacks):
    allauth_and_app_mail(client, django_capture_on_commit_callbacks)
    assert {message.from_email for message in mail.outbox} == {settings.DEFAULT_FROM_EMAIL}
    assert settings.DEFAULT_FROM_EMAIL.startswith("Techpaten <")  # the name every inbox list shows
