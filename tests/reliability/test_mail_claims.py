"""Each mail is sent once, whoever runs the schedule and however often; a mail a dead worker held is not lost."""

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
from tests.concurrency import run_concurrently

from .backends import SlowRecordingBackend, WorkerKilled

Status = OutgoingMail.Status


def queued(to: str = "someone@example.org", **extra) -> OutgoingMail:
    fields = {"kind": "mail/test", "to": to, "language": "de", "subject": f"Betreff {to}", "body_text": "Text"}
    fields.update(extra)
    return OutgoingMail.objects.create(**fields)


def due_mails(count: int) -> list[OutgoingMail]:
    """Mails whose first attempt failed and whose retry time has come."""
    earlier = timezone.now() - timedelta(minutes=1)
    return [queued(f"person{i}@example.org", attempts=1, next_attempt_at=earlier) for i in range(count)]


@pytest.fixture
def slow_backend(settings):
    settings.EMAIL_BACKEND = "tests.reliability.backends.SlowRecordingBackend"
    SlowRecordingBackend.sent = []
    return SlowRecordingBackend


def sent_to(messages) -> list[str]:
    return sorted(address for message in messages for address in message.to)


def test_a_mail_a_dead_worker_left_in_sending_is_sent_again_once_its_lease_has_run_out(db, settings, caplog):
    row = queued()
    settings.EMAIL_BACKEND = "tests.reliability.backends.DyingBackend"
    with pytest.raises(WorkerKilled):
        outbox.deliver(row.pk)
    row.refresh_from_db()
    assert (row.status, row.attempts) == (Status.SENDING, 1)
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=9)  # the lease

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox.retry_due() == 0  # a worker within its lease may still be sending: left alone
    assert mail.outbox == []

    OutgoingMail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    with caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"):
        assert outbox.retry_due() == 1
    assert [m.to for m in mail.outbox] == [["someone@example.org"]]
    row.refresh_from_db()
    assert (row.status, row.attempts) == (Status.SENT, 2)
    assert "1 mail(s) queued again" in caplog.text


def test_a_mail_left_in_sending_for_longer_than_ten_minutes_by_an_older_worker_is_queued_again(db, caplog):
    row = queued(status=Status.SENDING, attempts=1)  # claimed before leases were recorded: no retry time
    OutgoingMail.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    with caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"):
        assert outbox.retry_due() == 1
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert len(mail.outbox) == 1


def test_a_mail_out_of_attempts_that_a_dead_worker_left_behind_is_given_up(db, caplog):
    row = queued(status=Status.SENDING, attempts=outbox.MAX_ATTEMPTS, next_attempt_at=timezone.now())
    with caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"):
        assert outbox.retry_due() == 0
    row.refresh_from_db()
    assert (row.status, row.last_error) == (Status.FAILED, outbox.WORKER_TIMEOUT)
    assert mail.outbox == []


def test_a_mail_that_never_reached_the_task_queue_is_sent_by_the_schedule(db):
    fresh = queued("fresh@example.org")  # its task may still be waiting in the queue: not handed over twice
    lost = queued("lost@example.org")
    OutgoingMail.objects.filter(pk=lost.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    assert outbox.retry_due() == 1
    assert [m.to for m in mail.outbox] == [["lost@example.org"]]
    fresh.refresh_from_db()
    assert fresh.status == Status.QUEUED


def test_a_mail_whose_retry_time_has_not_come_is_not_sent_by_a_stray_task(db):
    row = queued(attempts=1, next_attempt_at=timezone.now() + timedelta(minutes=5))
    assert outbox.deliver(row.pk) is False  # e.g. a task enqueued twice: the backoff still holds
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_handing_the_same_mails_to_the_database_worker_send_each_once(settings, slow_backend):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    rows = due_mails(3)
    assert outbox.retry_due() == 3  # two cron jobs (two hosts, or an overlap) hand the same mails over
    assert outbox.retry_due() == 3

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO(), stderr=StringIO())

    assert sent_to(slow_backend.sent) == sorted(r.to for r in rows)
    assert set(OutgoingMail.objects.values_list("status", flat=True)) == {Status.SENT}


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_delivering_the_same_mails_at_the_same_time_send_each_once(slow_backend):
    rows = due_mails(10)
    ids = [r.pk for r in rows]

    results = run_concurrently(lambda: sum(outbox.deliver(pk) for pk in ids))

    assert sum(results) == 10  # whoever won which mail, together they sent each
    assert sent_to(slow_backend.sent) == sorted(r.to for r in rows)
    assert OutgoingMail.objects.filter(status=Status.SENT, attempts=2).count() == 10


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_running_retry_mail_at_the_same_time_send_each_mail_once(slow_backend):
    rows = due_mails(10)

    run_concurrently(lambda: call_command("retry_mail", stdout=StringIO()))

    assert sent_to(slow_backend.sent) == sorted(r.to for r in rows)
    assert OutgoingMail.objects.filter(status=Status.SENT).count() == 10
