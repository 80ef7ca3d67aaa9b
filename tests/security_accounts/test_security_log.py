"""The security event log: one line per event, UTC timestamps, user ids and IPs, never secrets or contents."""

from __future__ import annotations

import logging
import time

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.accounts import security_log
from techpaten.accounts.security_log import UTCFormatter
from techpaten.needs.models import Need

from .. import factories
from ..conftest import login
from .helpers import log_in, reauthenticate, totp_code

NEW_PASSWORD = "ein ganz neues langes Passwort"


@pytest.fixture
def events(caplog):
    caplog.set_level(logging.INFO, logger="techpaten.security")

    def lines() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "techpaten.security"]

    return lines


def assert_no_secrets(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text


def test_a_login_and_a_logout_are_logged_with_the_user_id_and_ip(client, volunteer, events):
    log_in(client, volunteer)
    client.post(reverse("account_logout"))
    assert f"event=login user={volunteer.pk} ip=127.0.0.1 view=account_login" in events()
    assert f"event=logout user={volunteer.pk} ip=127.0.0.1 view=account_logout" in events()
    assert_no_secrets("\n".join(events()), volunteer.email, factories.PASSWORD, volunteer.name)


def test_a_failed_login_is_logged_without_the_address_or_the_password(client, volunteer, db, events):
    log_in(client, volunteer, password="mein falsches Passwort")
    client.post(reverse("account_login"), {"login": "niemand@example.org", "password": "auch falsch hier"})
    assert f"event=login_failed user={volunteer.pk} ip=127.0.0.1 view=account_login" in events()
    assert "event=login_failed user=- ip=127.0.0.1 view=account_login" in events()
    assert_no_secrets("\n".join(events()), volunteer.email, "niemand", "falsch")


def test_password_changes_are_logged(client, volunteer, events):
    log_in(client, volunteer)
    client.post(
        reverse("account_change_password"),
        {"oldpassword": factories.PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert any(line.startswith(f"event=password_changed user={volunteer.pk} ") for line in events())
    assert_no_secrets("\n".join(events()), factories.PASSWORD, NEW_PASSWORD)


def test_second_factor_changes_and_failures_are_logged(client, volunteer, events, django_capture_on_commit_callbacks):
    login(client, volunteer)
    reauthenticate(client)
    client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]
    code = totp_code(secret)
    with django_capture_on_commit_callbacks(execute=True):  # allauth signals after the commit
        client.post(reverse("mfa_activate_totp"), {"code": code})
    lines = events()
    assert any(line.startswith(f"event=reauthenticated user={volunteer.pk} ") for line in lines)
    assert any(line.startswith(f"event=mfa_added user={volunteer.pk} ") and "type=totp" in line for line in lines)

    client.post(reverse("account_logout"))
    log_in(client, volunteer)
    client.post(reverse("mfa_authenticate"), {"code": "999999"})
    assert any(line.startswith(f"event=mfa_failed user={volunteer.pk} ") for line in events())
    assert_no_secrets("\n".join(events()), secret, code, "999999")


def test_a_permission_denial_is_logged(member_client, org_member, organisation, events):
    assert member_client.get(reverse("organisations:edit", args=[organisation.slug])).status_code == 403
    assert f"event=permission_denied user={org_member.pk} ip=127.0.0.1 view=organisations:edit method=GET" in events()


def test_a_csrf_failure_is_logged(volunteer, events):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login(client, volunteer)
    assert client.post(reverse("account_settings"), {"name": "x", "language": "de"}).status_code == 403
    assert any(line.startswith(f"event=permission_denied user={volunteer.pk} ") for line in events())


def test_rate_limits_are_logged(client, volunteer, settings, events):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    log_in(client, volunteer, password="falsch falsch falsch")
    log_in(client, volunteer, password="falsch falsch falsch")
    assert "event=rate_limited user=- ip=127.0.0.1 view=account_login method=POST" in events()


def test_admin_actions_are_logged_without_the_objects_names(client, need, events):
    superuser = factories.make_user("chefin@techpaten.example", is_staff=True, is_superuser=True)
    factories.add_totp(superuser)
    login(client, superuser)
    response = client.post(reverse("admin:needs_need_delete", args=[need.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Need.objects.filter(pk=need.pk).exists()
    line = next(line for line in events() if line.startswith("event=admin_action"))
    assert line.startswith(f"event=admin_action user={superuser.pk} ip=127.0.0.1 ")
    assert line.endswith(f"action=delete model=needs.need object={need.pk}")
    assert need.title not in "\n".join(events())


def test_a_line_cannot_be_forged_through_a_value():
    record = logging.LogRecord("techpaten.security", logging.INFO, __file__, 1, "", None, None)
    assert record  # the values below go through event(), which cleans them
    captured: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda r: captured.append(r.getMessage())  # type: ignore[method-assign]
    security_log.logger.addHandler(handler)
    try:
        security_log.event("test", user=1, reason="idle\n2026-01-01T00:00:00Z event=login user=2")
    finally:
        security_log.logger.removeHandler(handler)
    assert len(captured) == 1
    assert "\n" not in captured[0]
    assert captured[0].count("event=") == 1


def test_timestamps_are_utc_in_iso_format(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        formatter = UTCFormatter(settings.LOGGING["formatters"]["plain"]["format"])
        record = logging.LogRecord("techpaten.security", logging.INFO, __file__, 1, "event=login user=1", None, None)
        record.created = 1_800_000_000.25  # 2027-01-15T08:00:00.250Z
        record.msecs = 250
        assert formatter.format(record) == "2027-01-15T08:00:00.250Z INFO techpaten.security event=login user=1"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_the_logging_settings_use_the_utc_formatter_for_the_security_logger():
    assert settings.LOGGING["formatters"]["plain"]["()"] == "techpaten.accounts.security_log.UTCFormatter"
    assert settings.LOGGING["loggers"]["techpaten.security"]["level"] == "INFO"
    assert logging.getLogger("techpaten.security").getEffectiveLevel() == logging.INFO
