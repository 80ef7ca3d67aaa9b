"""The production path: the database task backend and its worker deliver a mail queued in a transaction."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from techpaten.mail import outbox
from techpaten.mail.models import OutgoingMail

from .conftest import TEMPLATE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_db_worker_delivers_a_mail_queued_in_a_transaction(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with transaction.atomic():
        queued = outbox.send(TEMPLATE, "someone@example.org", {"name": "Bo"}, language="de")
        assert DBTaskResult.objects.count() == 0  # nothing is handed to the worker before the commit
    assert DBTaskResult.objects.count() == 1
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO(), stderr=StringIO())

    assert [m.subject for m in mail.outbox] == ["Greeting for Bo [de]"]
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT
