"""core.compression: HTML goes out gzip-compressed, except pages that show one-time secrets (BREACH)."""

from __future__ import annotations

import gzip

import pytest
from django.urls import reverse

GZIP = {"accept-encoding": "gzip, deflate, br"}


def test_a_page_is_compressed_when_the_browser_accepts_gzip(client, need):
    response = client.get(reverse("needs:list"), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert need.title in html
    assert len(response.content) < len(html.encode()) / 2


def test_without_accept_encoding_the_page_is_plain(client, need):
    response = client.get(reverse("needs:list"))
    assert not response.has_header("Content-Encoding")
    assert need.title in response.content.decode()


def test_the_same_page_compresses_to_different_lengths(client, need):
    # Django pads every compressed response with random bytes: a BREACH attacker cannot read lengths.
    lengths = {len(client.get(reverse("needs:list"), headers=GZIP).content) for _ in range(8)}
    assert len(lengths) > 1


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_account_pages_are_never_compressed(client, db, url_name):
    response = client.get(reverse(url_name), headers=GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_logged_in_pages_are_compressed_too(volunteer_client, need):
    # Their CSRF tokens are masked anew in every response, so nothing secret repeats.
    response = volunteer_client.get(reverse("needs:detail", args=[need.pk]), headers=GZIP)
    assert response["Content-Encoding"] == "gzip"


@pytest.mark.parametrize("url_name", ["dashboard", "dashboard_offers", "dashboard_incoming"])
def test_the_start_page_and_its_lists_are_compressed(volunteer_client, url_name):
    # Under /accounts/ but without a secret: the start page was sent uncompressed (10-33 KB).
    response = volunteer_client.get(reverse(url_name), headers=GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"


@pytest.mark.parametrize("url_name", ["account_settings", "mfa_index", "account_email"])
def test_settings_with_secrets_stay_uncompressed_for_a_logged_in_person(volunteer_client, url_name):
    response = volunteer_client.get(reverse(url_name), headers=GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
