"""Personal API tokens: created on the settings page (shown once, stored hashed), listed with last use, revoked."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from techpaten.api import tokens
from techpaten.api.models import ApiToken

from .conftest import bearer, confirmed_client

pytestmark = pytest.mark.django_db
PAGE = "/accounts/api-tokens/"


def test_a_new_token_is_shown_once_and_stored_as_its_sha256_only(volunteer):
    client = confirmed_client(volunteer)
    response = client.post(PAGE, {"name": "Kalender-Skript", "scope": "read"})
    assert response.status_code == 302
    page = client.get(PAGE).content.decode()
    token = ApiToken.objects.get(user=volunteer)
    secret = page.split('id="new-token" type="text" readonly value="')[1].split('"')[0]
    assert secret.startswith("tp_") and len(secret) > 40
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(ApiToken.objects.values_list().get())
    assert secret not in client.get(PAGE).content.decode()  # only once
    assert "Kalender-Skript" in client.get(PAGE).content.decode()


def test_a_token_without_a_name_is_refused_and_nothing_is_written(volunteer):
    response = confirmed_client(volunteer).post(PAGE, {"name": "", "scope": "read"})
    assert response.status_code == 200 and b"form-errors" in response.content
    assert not ApiToken.objects.exists()


def test_the_token_page_asks_anonymous_visitors_to_log_in(client):
    assert client.get(PAGE)["Location"].startswith(reverse("account_login"))


def test_a_revoked_token_answers_401(volunteer):
    client = confirmed_client(volunteer)
    headers = bearer(volunteer)
    assert client.get("/api/v1/me/offers", **headers).status_code == 200
    token = ApiToken.objects.get(user=volunteer)
    assert client.post(reverse("api_pages:revoke", args=[token.pk])).status_code == 302
    response = client.get("/api/v1/me/offers", **headers)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response["Content-Type"] == "application/problem+json"


def test_nobody_revokes_another_persons_token(volunteer, org_admin):
    token, _secret = tokens.create_token(org_admin, "Skript", "write")
    response = confirmed_client(volunteer).post(reverse("api_pages:revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_last_use_is_written_at_most_once_a_minute(client, volunteer):
    headers = bearer(volunteer)
    client.get("/api/v1/me/offers", **headers)
    token = ApiToken.objects.get(user=volunteer)
    first = token.last_used_at
    assert first is not None
    client.get("/api/v1/me/offers", **headers)
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    client.get("/api/v1/me/offers", **headers)
    token.refresh_from_db()
    assert token.last_used_at > first - timedelta(minutes=1)
    assert token.last_used_at <= timezone.now()


def test_a_read_only_token_gets_403_on_writes(client, volunteer, need):
    response = client.post(
        "/api/v1/me/offers",
        {"need_id": need.pk, "message": "Ich helfe gern mit Nextcloud, etwa vier Stunden."},
        content_type="application/json",
        **bearer(volunteer, "read"),
    )
    assert response.status_code == 403
    assert not need.offers.exists()


def test_a_staff_token_carries_no_staff_rights(client, staff, need):
    headers = bearer(staff)
    assert client.get(f"/api/v1/me/needs/{need.pk}", **headers).status_code == 404
    assert client.get(f"/api/v1/me/needs/{need.pk}", **headers).json()["status"] == 404


def test_the_rate_limit_answers_429_with_retry_after(client, volunteer, settings):
    settings.API_RATE_LIMITS = {"ip": "100/m/ip", "token": "3/m/key"}
    headers = bearer(volunteer)
    statuses = [client.get("/api/v1/me/offers", **headers).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/v1/me/offers", **headers)
    assert 0 < int(limited["Retry-After"]) <= 60
    assert limited.json()["status"] == 429


def test_the_rate_limit_per_address_holds_for_public_reads(client, settings):
    settings.API_RATE_LIMITS = {"ip": "2/m/ip", "token": "100/m/key"}
    statuses = [client.get("/api/v1/statistics").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
