"""The catalogue's names in the paperwork (issue 12): a document names the solution and profile in its own language
(a German document keeps the German name), and the engagement's documents page and form follow the page's language."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from .parse import produce_text

GERMAN = "Nextcloud 32, Kita-Fotos mit Elterngalerie"
ENGLISH = "Nextcloud 32, Kita photos with a parents' gallery"


@pytest.fixture
def named(details):
    details.profile.name, details.profile.name_en = GERMAN, ENGLISH
    details.profile.save()
    return details


def in_language(client, user, language: str):
    """The client of the logged-in `user`, who chose `language` (their account's choice wins over the cookie)."""
    user.language = language
    user.save()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_document_names_the_profile_in_its_own_language(named, engagement, fmt):
    german = produce_text(engagement, "tom", fmt, "de")
    english = produce_text(engagement, "tom", fmt, "en")
    assert GERMAN in german and ENGLISH not in german
    assert ENGLISH in english and GERMAN not in english


def test_the_vvt_names_the_processing_activity_in_its_language(named, engagement):
    assert f"Verarbeitungstätigkeit: {GERMAN}" in produce_text(engagement, "vvt", "odt", "de")
    assert f"Processing activity: {ENGLISH}" in produce_text(engagement, "vvt", "odt", "en")


def test_the_documents_page_names_the_profile_in_the_page_s_language(admin_client_, org_admin, named, engagement):
    url = reverse("paperwork:index", args=[engagement.pk])
    assert ENGLISH.replace("'", "&#x27;") in in_language(admin_client_, org_admin, "en").get(url).content.decode()
    html = in_language(admin_client_, org_admin, "de").get(url).content.decode()
    assert GERMAN in html and "parents" not in html


def test_without_an_english_name_the_documents_page_marks_the_german_one(admin_client_, org_admin, named, engagement):
    named.profile.name_en = ""
    named.profile.save()
    url = reverse("paperwork:index", args=[engagement.pk])
    html = in_language(admin_client_, org_admin, "en").get(url).content.decode()
    assert f'<span lang="de">{GERMAN}</span>' in html


def test_the_details_form_offers_the_profiles_by_their_english_names(admin_client_, org_admin, named, engagement):
    url = reverse("paperwork:details", args=[engagement.pk])
    html = in_language(admin_client_, org_admin, "en").get(url).content.decode()
    solution = named.profile.solution.display_name
    assert f"{solution}: {ENGLISH}".replace("'", "&#x27;") in html
