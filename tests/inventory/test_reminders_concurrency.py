"""Two daily runs at the same moment (two hosts, an overlapping cron job) send each reminder exactly once."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from django.core import mail

from techpaten.inventory import reminders
from techpaten.inventory.models import ReminderSent
from techpaten.mail.models import OutgoingMail
from tests.concurrency import run_concurrently

from .helpers import engagement_with, make_service

TODAY = date(2030, 6, 10)


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

    results = run_concurrently(lambda: reminders.send_due(TODAY))

    assert sum(results) == 18  # whoever won which claim, together they claimed each once
    assert ReminderSent.objects.count() == 18
    sent = Counter((message.to[0], message.subject) for message in mail.outbox)
    assert len(sent) == 6 * 3 + 6  # the team: three per service; the admins: the overdue certificate
    assert set(sent.values()) == {1}  # each mail exactly once
    assert OutgoingMail.objects.filter(kind__startswith="mail/maintenance_").count() == 24
