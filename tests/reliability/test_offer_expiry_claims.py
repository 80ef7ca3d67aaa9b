"""Two expiry runs at the same moment (two cron jobs, or cron and a task) tell each volunteer once."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from techpaten.mail.models import OutgoingMail
from techpaten.offers import services
from techpaten.offers.models import Offer
from tests import factories
from tests.concurrency import run_concurrently


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_expiry_runs_at_the_same_time_expire_each_offer_once_and_tell_each_volunteer_once(need):
    past = timezone.now() - timedelta(hours=1)
    volunteers = []
    for i in range(8):
        person = factories.make_user(f"helper{i}@example.org")
        factories.make_volunteer_profile(person, plz="14467", display_name=f"Helfer {i}")
        factories.make_offer(need, person, expires_at=past)
        volunteers.append(person.email)

    results = run_concurrently(services.expire_due)

    assert sum(results) == 8
    assert Offer.objects.filter(status=Offer.Status.EXPIRED).count() == 8
    told = Counter(address for message in mail.outbox for address in message.to)
    assert told == Counter(volunteers)  # each volunteer exactly once
    assert OutgoingMail.objects.filter(kind="mail/offer_expired").count() == 8
