"""Rate-limit counters keep no client IP and no e-mail address readable, and their rows do not outlive them.

Production keeps allauth's counters in the database cache (rows that backups keep). The keys are HMACs with the
secret key (techpaten/core/cache_keys.py), and `apply_retention` deletes rows past their expiry.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from techpaten.privacy.retention import apply_retention
from tests.costs.conftest import make_item, make_pledge
from tests.security_accounts.helpers import log_in

TABLE = "techpaten_cache_test"
CLIENT_IP = "203.0.113.7"


@pytest.fixture
def database_cache(settings, db):
    """The production cache backend, with the production key function, in a table of its own."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": TABLE,
            "KEY_FUNCTION": settings.CACHES["default"]["KEY_FUNCTION"],
        }
    }
    call_command("createcachetable", verbosity=0)
    return cache


def rows() -> list[tuple[str, bytes]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key, value FROM {TABLE}")  # noqa: S608 - a constant
        return [(key, base64.b64decode(value)) for key, value in cursor.fetchall()]


def test_the_counter_rows_hold_neither_the_ip_address_nor_the_email_address(database_cache, client, volunteer):
    for _attempt in range(5):
        log_in(client, volunteer, password="falsch falsch falsch", REMOTE_ADDR=CLIENT_IP)
    stored = rows()
    assert len(stored) >= 3  # login per IP, failed logins per IP and per account
    email_hash = hashlib.sha256(volunteer.email.encode()).hexdigest()  # what allauth itself would put in the key
    for key, value in stored:
        for clue in (CLIENT_IP, "allauth", volunteer.email, email_hash):
            assert clue not in key
            assert clue.encode() not in value
    # The hashed keys still count: the sixth attempt, even with the right password, is refused.
    response = log_in(client, volunteer, REMOTE_ADDR=CLIENT_IP)
    assert response.status_code == 200
    assert client.get(reverse("dashboard")).status_code == 302


def test_retention_deletes_expired_counter_rows_and_keeps_live_ones(database_cache):
    cache.set("a-minute", [1.0], timeout=60)
    cache.set("three-days", [1.0], timeout=3 * 24 * 3600)
    assert len(rows()) == 2
    counts = apply_retention(now=timezone.now() + timedelta(days=1))
    assert counts["rate_limit_counters"] == 1
    assert len(rows()) == 1
    assert cache.get("three-days") == [1.0]


def test_retention_forgets_the_hashed_address_of_pledges_after_the_hour_the_limit_needs(organisation):
    item = make_item(organisation)
    old = make_pledge(item, ip_hash="a" * 64)
    new = make_pledge(item, ip_hash="b" * 64)
    type(old).objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=2))
    assert apply_retention()["pledge_addresses"] == 1
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.ip_hash, new.ip_hash) == ("", "b" * 64)
