"""Mails survive an SMTP outage: queued with backoff while the server is down, delivered once when it is back.

A real SMTP server (aiosmtpd) on a free 127.0.0.1 port, started and stopped by the test; Django's SMTP backend.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from techpaten.mail import outbox
from techpaten.mail.models import OutgoingMail
from techpaten.offers import services
from techpaten.offers.models import Offer
from tests import factories


@pytest.fixture
def expired_offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer, expires_at=timezone.now() - timedelta(hours=1))


def test_a_mail_queued_while_the_smtp_server_is_down_is_kept_and_delivered_once_when_it_is_back(
    expired_offer, volunteer, smtp_server, django_capture_on_commit_callbacks, caplog
):
    # The server is down: the expiry mail to the volunteer is attempted after the commit and fails.
    with (
        caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert services.expire_due() == 1
    row = OutgoingMail.objects.get()
    assert (row.to, row.kind, row.status, row.attempts) == (volunteer.email, "mail/offer_expired", "queued", 1)
    assert row.next_attempt_at > timezone.now()  # backoff: not retried at once
    assert row.last_error == "ConnectionRefusedError"
    assert row.body_text and row.body_html  # nothing lost
    assert smtp_server.inbox.messages == []

    # Before the backoff has passed, the scheduler leaves it alone.
    assert outbox.retry_due() == 0

    # The server is back and the backoff has passed: the scheduled retry delivers it, once.
    smtp_server.start()
    OutgoingMail.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert outbox.retry_due() == 1
    assert outbox.retry_due() == 0

    assert smtp_server.inbox.recipients == [[volunteer.email]]
    message = smtp_server.inbox.messages[0]
    assert message["To"] == volunteer.email
    assert " ".join(message["Subject"].split()) == row.subject  # folded header lines, unfolded
    assert expired_offer.need.title in row.subject
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert message.get_content_type() == "multipart/alternative"
    assert expired_offer.need.organisation.name in text.get_content()
    assert f"/offers/{expired_offer.pk}/" in text.get_content()
    assert '<html lang="de">' in html.get_content()
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")


def test_a_mail_is_delivered_at_once_when_the_smtp_server_is_up(
    expired_offer, volunteer, smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.start()
    with django_capture_on_commit_callbacks(execute=True):
        services.expire_due()
    assert smtp_server.inbox.recipients == [[volunteer.email]]
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.SENT


def test_the_smtp_server_going_away_again_only_delays_the_next_mail(
    expired_offer, volunteer, smtp_server, django_capture_on_commit_callbacks, caplog
):
    smtp_server.start()
    smtp_server.stop()
    with (
        caplog.at_level(logging.WARNING, logger="techpaten.mail.outbox"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.expire_due()
    row = OutgoingMail.objects.get()
    assert (row.status, row.attempts) == (OutgoingMail.Status.QUEUED, 1)
