"""The data-protection hub and the liability page: public, plain words, German first and English on request."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext


def get_in(client, name: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response.headers["Content-Language"] == language
    return response.content.decode()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_hub_links_every_guide_and_explains_where_the_rest_lives(client, db, language):
    html = get_in(client, "compliance:hub", language)
    for name in ("catalogue:list", "compliance:requirement_sets", "compliance:role_finder", "compliance:liability"):
        assert f'href="{reverse(name)}"' in html
    with translation.override(language):
        assert escape(gettext("On your need or engagement")) in html
        assert escape(gettext("Who needs which contract?")) in html


def test_the_hub_shows_the_way_to_my_area_only_when_logged_in(client, admin_client_):
    assert f'href="{reverse("dashboard")}"' in admin_client_.get(reverse("compliance:hub")).content.decode()
    admin_client_.logout()
    assert f'href="{reverse("dashboard")}"' not in client.get(reverse("compliance:hub")).content.decode()


LIABILITY_HEADINGS = [
    "Who is controller and who is processor",
    "Members of a Verein: §§ 31a and 31b BGB",
    "Damages under the GDPR (Art. 82)",
    "Insurance",
    "Why Techpaten gives no individual legal advice",
]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_liability_page_has_a_heading_for_each_topic(client, db, language):
    html = get_in(client, "compliance:liability", language)
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    with translation.override(language):
        assert headings == [escape(gettext(text)) for text in LIABILITY_HEADINGS]


PROCESSOR_LIABILITY = (
    "Towards that person, a processor such as a volunteer admin is liable only if they broke the duties the GDPR sets "
    "for processors, or acted outside or against the controller's lawful instructions (Art. 82(2) GDPR). This rule is "
    "about liability towards the people concerned; it does not limit liability between the organisation and the "
    "volunteer."
)
RDG = (
    "Whoever gives legal services free of charge outside family, neighbourly or similarly close personal "
    "relationships must make sure they are given by, or under the guidance of, a person permitted to give them for "
    "payment or qualified to hold judicial office (§ 6(2) Rechtsdienstleistungsgesetz, RDG)."
)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_liability_page_names_the_rules_it_explains(client, db, language):
    html = get_in(client, "compliance:liability", language)
    for term in ("§ 31a", "§ 31b", "§ 3 Nr. 26a", "Art. 82", "Art. 28", "§ 6", "RDG", "§ 276"):
        assert term in html, term
    with translation.override(language):
        # {% translate "…" %} of a literal is not escaped, so the apostrophe stays as it is.
        assert gettext(PROCESSOR_LIABILITY) in html  # Art. 82(2), cited in the language's own style
        assert gettext(RDG) in html


def test_the_liability_page_in_english_cites_art_82_2(client, db):
    assert "Art. 82(2)" in get_in(client, "compliance:liability", "en")


def test_the_liability_page_does_not_state_the_2026_threshold_as_a_figure(client, db):
    for language in ("de", "en"):
        html = get_in(client, "compliance:liability", language)
        assert not re.search(r"\d[\d.,]*\s*(€|Euro|EUR)", html)
        assert "€" not in html


def test_the_liability_page_in_english_uses_the_key_terms(client, db):
    html = get_in(client, "compliance:liability", "en")
    for term in ("controller", "processor", "sub-processor", "gross negligence", "subsidiary", "template"):
        assert term in html, term
    assert f'href="{reverse("compliance:role_finder")}"' in html


def test_the_liability_page_states_art_82_4_and_5_and_section_31a_sentence_2_and_the_31b_condition(client, db):
    """Finding 6: Art. 82(2) is no limit between the parties; 82(4) joint and several, 82(5) recourse; the § 31a
    threshold by reference to § 3 Nr. 26a EStG; § 31a(1) sentence 2 (towards members); § 31b only for tasks under
    the statutes."""
    html = " ".join(get_in(client, "compliance:liability", "en").split())
    for phrase in (
        "each is liable to the person concerned for the entire damage (Art. 82(4) GDPR)",
        "(Art. 82(5) GDPR)",
        "the yearly amount named in § 3 Nr. 26a of the Income Tax Act",
        "(§ 31a(1) sentence 2 BGB)",
        "tasks of the Verein assigned to them under its statutes (§ 31b(1) BGB)",
        "Liability for intent can never be excluded in advance (§ 276(3) BGB)",
    ):
        assert phrase in html, phrase


def test_the_german_and_english_section_6_rdg_say_the_same(client, db):
    german = get_in(client, "compliance:liability", "de")
    # The German text names the same three ways the legal service may be given as § 6(2) RDG and the English text.
    for phrase in ("Befähigung zum Richteramt", "unter Anleitung", "entgeltliche", "§ 6 Abs. 2"):
        assert phrase in german, phrase
    assert "familiärer, nachbarschaftlicher oder ähnlich enger persönlicher Beziehungen" in german
