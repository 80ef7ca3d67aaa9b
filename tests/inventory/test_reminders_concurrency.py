"""Two daily runs at the same moment (two hosts, an overlapping cron job) send each reminder exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection

from techpaten.inventory import reminders
from techpaten.inventory.models import ReminderSent
from techpaten.mail.models import OutgoingMail

from .helpers import engagement_with, make_service

TODAY = date(2030, 6, 10)


def at_once(work: Callable[[], Any], workers: int = 2) -> list[Any]:
    """Run `work` in threads released together by a barrier; each thread has (and closes) its own connection."""
    barrier = threading.Barrier(workers)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(work())
        except BaseException as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)
        finally:
            connection.close()  # an open connection would block dropping the test database

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not [thread for thread in threads if thread.is_alive()], "a worker hung"
    assert errors == []
    return results


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_the_same_time_send_each_reminder_exactly_once(organisation, need, volunteer, org_admin):
    engagement = engagement_with(need, volunteer, org_admin)
    soon, passed = TODAY + timedelta(days=3), TODAY - timedelta(days=1)
    for n in range(6):
        make_service(
            organisation,
            name=f"Dienst {n}",
            engagement=engagement,
            next_update_check=soon,
            tls_expires_on=passed,
            restore_test_due=soon,
        )
    mail.outbox = []  # the accepted offer's mail

    results = at_once(lambda: reminders.send_due(TODAY))

    assert sum(results) == 18  # whoever won which claim, together they claimed each once
    assert ReminderSent.objects.count() == 18
    sent = Counter((message.to[0], message.subject) for message in mail.outbox)
    assert len(sent) == 6 * 3 + 6  # the team: three per service; the admins: the overdue certificate
    assert set(sent.values()) == {1}  # each mail exactly once
    assert OutgoingMail.objects.filter(kind__startswith="mail/maintenance_").count() == 24
