"""outbox.send: rendered in the recipient's language, queued only when the transaction commits."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import transaction

from techpaten.mail import outbox
from techpaten.mail.models import OutgoingMail
from tests import factories

from .conftest import TEMPLATE


@pytest.mark.parametrize("language", ["de", "en"])
def test_send_renders_subject_text_and_html_in_the_recipients_language(db, language):
    user = factories.make_user(f"reader-{language}@example.org", language=language)
    queued = outbox.send(TEMPLATE, user.email, {"name": "Anna"}, user=user)
    assert queued.language == language
    assert queued.subject == f"Greeting for Anna [{language}]"
    assert f"Hello Anna [{language}]" in queued.body_text
    assert f"Hello Anna [{language}]" in queued.body_html
    assert f'<html lang="{language}">' in queued.body_html
    assert "http://" in queued.body_text  # links in mails are absolute


def test_send_without_a_user_uses_the_given_language(db):
    queued = outbox.send(TEMPLATE, "someone@example.org", {"name": "Bo"}, language="en")
    assert queued.subject == "Greeting for Bo [en]"


def test_nothing_is_queued_or_sent_when_the_transaction_rolls_back(db, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outbox.send(TEMPLATE, "someone@example.org", {"name": "Bo"}, language="de")
        raise RuntimeError("the write failed")
    assert callbacks == []
    assert OutgoingMail.objects.count() == 0
    assert mail.outbox == []


def test_a_committed_mail_is_sent_once_and_its_bodies_are_removed(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queued = outbox.send(TEMPLATE, "someone@example.org", {"name": "Bo"}, language="en")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["someone@example.org"]
    assert message.subject == "Greeting for Bo [en]"
    assert "Hello Bo [en]" in message.body
    assert "Hello Bo [en]" in message.alternatives[0][0]
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT
    assert queued.sent_at is not None
    assert queued.body_text == "" and queued.body_html == ""
