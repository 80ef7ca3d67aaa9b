"""The privacy notice states the periods the code applies, in German and in English."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse

from techpaten.core import seed_pages
from techpaten.core.models import Page
from techpaten.privacy import retention

# (number, German unit, English unit) for every period the code enforces.
PERIODS = [
    (retention.ENDED_OFFER_DAYS, "Tage", "days"),
    (retention.STALE_DRAFT_MONTHS, "Monate", "months"),
    (retention.MAIL_RECORD_DAYS, "Tage", "days"),
    (retention.INVITATION_DAYS, "Tage", "days"),
    (retention.UNVERIFIED_ACCOUNT_DAYS, "Tage", "days"),
    (retention.INACTIVE_ACCOUNT_MONTHS, "Monate", "months"),
    (retention.INACTIVE_WARNING_DAYS, "Tage", "days"),
    (retention.AUDIT_EVENT_YEARS, "Jahre", "years"),
    (settings.OFFER_EXPIRY_DAYS, "Tage", "days"),
    (settings.INVITATION_EXPIRY_DAYS, "Tage", "days"),
    (settings.SESSION_IDLE_TIMEOUT // 3600, "Stunden", "hours"),
    (settings.SESSION_ABSOLUTE_TIMEOUT // 86400, "Tage", "days"),
]


def notice(client, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(reverse("privacy"))
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language
    return response.content.decode()


@pytest.mark.parametrize(("number", "german", "english"), PERIODS)
def test_the_notice_states_each_period_in_both_languages(client, db, number, german, english):
    assert f"{number} {german}" in notice(client, "de")
    assert f"{number} {english}" in notice(client, "en")


def test_the_notice_tells_where_to_see_and_delete_ones_data(client, db):
    german = notice(client, "de")
    assert "Meine Daten" in german and "Konto löschen" in german and "gelöschtes Konto" in german
    english = notice(client, "en")
    assert "My data" in english and "Delete my account" in english and "deleted user" in english


def test_an_unedited_former_notice_is_replaced(db, monkeypatch):
    former = "Alte Datenschutzerklärung\n\nmit Absätzen\n"
    monkeypatch.setattr(seed_pages, "FORMER_PRIVACY_DE", frozenset({seed_pages.fingerprint(former)}))
    # Saved once through the admin: CRLF line endings, nothing else changed.
    Page.objects.filter(slug="privacy").update(body_de=former.replace("\n", "\r\n"), body_en="Edited by staff")
    seed_pages.update_privacy(apps)
    page = Page.objects.get(slug="privacy")
    assert page.body_de == seed_pages.PRIVACY_DE
    assert page.body_en == "Edited by staff"  # staff's own text stays for them to update


def test_a_missing_notice_is_brought_back_without_touching_the_imprint(db):
    Page.objects.filter(slug="privacy").delete()
    Page.objects.filter(slug="imprint").update(body_de="Muster e.V.")
    seed_pages.update_privacy(apps)
    assert Page.objects.get(slug="privacy").body_en == seed_pages.PRIVACY_EN
    assert Page.objects.get(slug="imprint").body_de == "Muster e.V."


def test_the_notice_says_where_the_rate_limit_counters_are_and_that_they_are_hashed(client, db):
    german = notice(client, "de")
    assert "Arbeitsspeicher" not in german
    assert "nur als Hashwert, der mit einem geheimen Schlüssel gebildet wird" in german
    assert "nach spätestens zwei Tagen ist er gelöscht" in german
    english = notice(client, "en")
    assert "memory" not in english
    assert "only as a hash made with a secret key" in english


def test_the_notice_names_the_cookies_as_production_sets_them(client, db):
    for language in ("de", "en"):
        text = notice(client, language)
        assert "__Host-sessionid" in text and "__Host-csrftoken" in text


def test_the_notice_says_what_goes_with_an_organisations_last_member_and_who_is_told(client, db):
    assert "die Ehrenamtlichen ihres Teams benachrichtigen wir per E-Mail" in notice(client, "de")
    assert "tell the volunteers of its team by e-mail" in notice(client, "en")
