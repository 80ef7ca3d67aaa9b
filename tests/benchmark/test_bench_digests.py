"""The benchmark's digest measurement: a due saved search per volunteer, one run timed and counted, nothing kept."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from techpaten.alerts.models import DigestEntry, SavedSearch
from techpaten.benchmark.digests import measure
from techpaten.mail.models import OutgoingMail
from techpaten.volunteers.models import VolunteerProfile

from .conftest import NOW, TINY


def test_it_times_one_run_for_every_volunteer_and_leaves_nothing_behind(bench_data):
    measurement = measure(NOW)
    assert measurement.searches == VolunteerProfile.objects.count() == TINY.volunteers
    assert measurement.result.searches == TINY.volunteers
    assert measurement.result.mails > 0 and measurement.queries > 0
    assert measurement.distinct == TINY.volunteers  # every volunteer's search is a different one
    assert "send_digests: 60 saved searches (60 different" in str(measurement)
    assert not SavedSearch.objects.exists()
    assert not DigestEntry.objects.exists() and not OutgoingMail.objects.exists()


def test_the_run_happens_just_after_the_seeded_data_however_long_ago_it_was_seeded(bench_data):
    measurement = measure()  # NOW lies months back: the last day and week of the data are still new to the searches
    assert measurement.new_needs > 0
    assert measurement.result.mails > 0


def test_the_command_needs_the_benchmark_data(db):
    with pytest.raises(CommandError):
        call_command("bench_digests")
