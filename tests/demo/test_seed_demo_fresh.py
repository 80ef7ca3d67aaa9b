"""`manage.py seed_demo` on an empty database: the DEBUG guard, and the builder's own counts (no shared demo here)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from techpaten.accounts.models import User
from techpaten.demo import people


def test_it_refuses_to_run_with_debug_off_and_writes_nothing(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=StringIO())
    assert not User.objects.exists()


def test_with_debug_on_it_runs_without_force(db, settings):
    settings.DEBUG = True
    User.objects.create_user(email=people.STAFF_EMAIL, password=None)  # marks a loaded demo: no second build
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "demo data already loaded" in out.getvalue()


def test_seeding_queues_no_mail_and_counts_the_patenschaften(db):
    from techpaten.demo.builder import build
    from techpaten.mail.models import OutgoingMail

    demo = build()
    assert not OutgoingMail.objects.exists()
    assert all(demo.counts[f"engagements_{status}"] >= 1 for status in ("active", "paused", "ended"))
    assert demo.counts["services"] >= demo.counts["engagements_active"]
    assert demo.counts["cost_items"] > 0 and demo.counts["pledges"] > 0
