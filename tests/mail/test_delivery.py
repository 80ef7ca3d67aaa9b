"""outbox.deliver and retries: each mail is sent once; a failure keeps it queued with a backoff."""

from __future__ import annotations

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from techpaten.mail import outbox
from techpaten.mail.models import OutgoingMail

FAILING = "tests.mail.backends.FailingBackend"


def queued(**extra) -> OutgoingMail:
    fields = {
        "kind": "mail/test_greeting",
        "to": "someone@example.org",
        "language": "de",
        "subject": "Betreff",
        "body_text": "Vertraulicher Text",
        "body_html": "<p>Vertraulicher Text</p>",
    }
    fields.update(extra)
    return OutgoingMail.objects.create(**fields)


def test_deliver_sends_marks_sent_and_blanks_the_bodies(db):
    row = queued()
    assert outbox.deliver(row.pk) is True
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.status == OutgoingMail.Status.SENT
    assert row.attempts == 1
    assert (row.body_text, row.body_html) == ("", "")


def test_deliver_twice_sends_once(db):
    row = queued()
    assert outbox.deliver(row.pk) is True
    assert outbox.deliver(row.pk) is False
    assert len(mail.outbox) == 1


def test_a_mail_another_worker_is_sending_is_left_alone(db):
    row = queued(status=OutgoingMail.Status.SENDING)
    assert outbox.deliver(row.pk) is False
    assert mail.outbox == []


def test_a_failing_server_keeps_the_mail_queued_for_a_later_attempt(db, settings, caplog):
    settings.EMAIL_BACKEND = FAILING
    row = queued()
    with caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"):
        assert outbox.deliver(row.pk) is False
    row.refresh_from_db()
    assert row.status == OutgoingMail.Status.QUEUED
    assert row.attempts == 1
    assert row.next_attempt_at > timezone.now()
    assert row.last_error == "SMTPException"
    assert row.body_text == "Vertraulicher Text"  # kept for the retry
    assert "Vertraulicher Text" not in caplog.text  # contents never reach the log
    assert "Betreff" not in caplog.text


def test_the_backoff_grows_and_the_last_attempt_gives_up(db, settings, caplog):
    settings.EMAIL_BACKEND = FAILING
    row = queued(attempts=3)
    with caplog.at_level(logging.ERROR, logger="techpaten.mail.outbox"):
        outbox.deliver(row.pk)
    row.refresh_from_db()
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=7)  # 4th attempt: 8 minutes
    last = queued(attempts=outbox.MAX_ATTEMPTS - 1)
    with caplog.at_level(logging.ERROR, logger="techpaten.mail.outbox"):
        outbox.deliver(last.pk)
    last.refresh_from_db()
    assert last.status == OutgoingMail.Status.FAILED


def test_retry_due_hands_back_only_mails_whose_time_has_come(db):
    now = timezone.now()
    due = queued(next_attempt_at=now - timedelta(minutes=1), attempts=1)
    later = queued(next_attempt_at=now + timedelta(minutes=5), attempts=1, to="later@example.org")
    sent = queued(status=OutgoingMail.Status.SENT, next_attempt_at=now - timedelta(minutes=1), to="sent@example.org")

    assert outbox.retry_due() == 1  # the immediate test backend delivers right away

    assert [m.to for m in mail.outbox] == [["someone@example.org"]]
    due.refresh_from_db()
    later.refresh_from_db()
    sent.refresh_from_db()
    assert due.status == OutgoingMail.Status.SENT
    assert later.status == OutgoingMail.Status.QUEUED
    assert sent.status == OutgoingMail.Status.SENT


def test_the_retry_mail_command_reports_how_many(db):
    queued(next_attempt_at=timezone.now() - timedelta(minutes=1), attempts=1)
    out = StringIO()
    call_command("retry_mail", stdout=out)
    assert out.getvalue().startswith("1 ")
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(("status", "age_days", "kept"), [
    (OutgoingMail.Status.SENT, 91, False),
    (OutgoingMail.Status.FAILED, 91, False),
    (OutgoingMail.Status.SENT, 10, True),
    (OutgoingMail.Status.QUEUED, 91, True),
])  # fmt: skip
def test_prune_mail_deletes_old_delivery_records_only(db, status, age_days, kept):
    row = queued(status=status)
    OutgoingMail.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(days=age_days))
    call_command("prune_mail", stdout=StringIO())
    assert OutgoingMail.objects.filter(pk=row.pk).exists() is kept
