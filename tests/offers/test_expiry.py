"""Expiry from the outside: the management command and the task a scheduler runs."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from techpaten.offers.models import Offer
from techpaten.offers.tasks import expire_offers_task

from .. import factories


def test_the_command_expires_due_offers_and_says_how_many(need, volunteer, django_capture_on_commit_callbacks):
    offer = factories.make_offer(need, volunteer, expires_at=timezone.now() - timedelta(hours=1))
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("expire_offers", stdout=out)
    assert out.getvalue().strip() == "1 offer(s) expired."
    offer.refresh_from_db()
    assert offer.status == Offer.Status.EXPIRED
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    out = StringIO()
    call_command("expire_offers", stdout=out)
    assert out.getvalue().strip() == "0 offer(s) expired."
    assert len(mail.outbox) == 1


def test_the_task_expires_due_offers(need, volunteer):
    factories.make_offer(need, volunteer, expires_at=timezone.now() - timedelta(hours=1))
    result = expire_offers_task.enqueue()
    assert result.return_value == 1
    assert Offer.objects.get().status == Offer.Status.EXPIRED
