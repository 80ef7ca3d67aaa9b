"""The shared builders: free text joined into sentences without a second full stop, the address as "street, PLZ
town", and template versions that name their template."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from techpaten.paperwork.documents.base import Blank, Bullets, Paragraph, Table
from techpaten.paperwork.documents.common import fill, join_sentence, postal_address
from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.render import blank_text

from .checks import assert_phrases
from .parse import produce_text

# --- join_sentence and fill ---


@pytest.mark.parametrize(
    ("value", "rest", "joined"),
    [
        ("prüft die Sicherungen.", ".", "prüft die Sicherungen."),
        ("prüft die Sicherungen", ".", "prüft die Sicherungen."),
        ("Hilfe!", ". Weiter", "Hilfe! Weiter"),
        ("Wirklich?", ".", "Wirklich?"),
        ("und so weiter…", ".", "und so weiter…"),
        ("Sonnenschein e.V.", ".", "Sonnenschein e.V."),
        ("Sicherungen. ", ".", "Sicherungen."),
        ("Sonnenschein e.V.", ", Berlin", "Sonnenschein e.V., Berlin"),
        ("Nextcloud", "", "Nextcloud"),
    ],
)
def test_join_sentence_never_doubles_the_full_stop(value, rest, joined):
    assert join_sentence(value, rest) == joined


def test_fill_keeps_the_punctuation_people_typed_and_adds_it_where_missing():
    assert fill("My task: %(task)s.", task="Prüft die Sicherungen.") == ["My task: Prüft die Sicherungen."]
    assert fill("My task: %(task)s.", task="Prüft die Sicherungen!") == ["My task: Prüft die Sicherungen!"]
    assert fill("My task: %(task)s.", task="Prüft die Sicherungen") == ["My task: Prüft die Sicherungen."]
    assert fill("In %(country)s. Next.", country="Deutschland.") == ["In Deutschland. Next."]
    # A value made of runs (e.g. the hoster) ends in text too; a gap keeps the full stop after it.
    assert fill("With it: %(hoster)s. Done.", hoster=["Hetzner, ", Blank("address"), ", DE."]) == [
        "With it: Hetzner, ",
        Blank("address"),
        ", DE. Done.",
    ]
    assert fill("My task: %(task)s.", task=Blank("task")) == ["My task: ", Blank("task"), "."]


def _texts(document) -> list[str]:
    """Every text of the document tree: headings and the text of each paragraph, list item and table row."""
    texts = [document.title, document.subtitle, document.disclaimer]
    for section in document.sections:
        texts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                groups = [block.runs]
            elif isinstance(block, Bullets):
                groups = block.items
            elif isinstance(block, Table):
                groups = [runs for _, runs in block.rows]
            else:
                groups = []
            texts.extend("".join(run for run in runs if isinstance(run, str)) for runs in groups)
    return texts


DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|[!?…]\.")


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_document_doubles_the_punctuation_of_free_text(details, engagement, kind, language):
    ending = {"service_description": "Prüft die Sicherungen.", "hoster_country": "Deutschland."}
    for field, text in {
        **ending,
        "hoster_name": "Hetzner Online GmbH.",
        "hoster_address": "Industriestr. 25, 91710 Gunzenhausen.",
        "purposes": "Fotos teilen!",
        "data_subjects": "Kinder.",
        "data_categories": "Fotos.",
        "recipients": "Eltern?",
        "retention": "Bis das Kind geht.",
        "controller_representative": "Anna Admin, Kita-Leitung.",
        "dpo_contact": "datenschutz@traeger.example.",
        "supervisory_authority": "Berliner Beauftragte.",
    }.items():
        setattr(details, field, text)
    details.save()
    with translation.override(language):
        document = KINDS[kind].build(gather(engagement, contact_visible=True))
    doubled = [text for text in _texts(document) if DOUBLED.search(text)]
    assert not doubled


def test_the_avv_and_the_undertaking_keep_the_task_s_own_full_stop_end_to_end(details, engagement):
    details.service_description = "Betreibt die Nextcloud und prüft die Sicherungen."
    details.save()
    avv = produce_text(engagement, "avv", "docx", "de")
    undertaking = produce_text(engagement, "confidentiality", "odt", "de")
    assert "prüft die Sicherungen." in avv and "prüft die Sicherungen." in undertaking
    assert "Sicherungen.." not in avv and "Sicherungen.." not in undertaking


# --- postal_address ---


@pytest.mark.parametrize(
    "typed",
    [
        "Sonnenallee 1\n10115 Berlin",
        "Sonnenallee 1 10115 Berlin",
        "Sonnenallee 1, 10115 Berlin",
        "  Sonnenallee  1 ,\n\n 10115   Berlin \n",
        "Sonnenallee 1",
    ],
)
def test_the_address_reads_street_comma_plz_town_however_it_was_typed(typed):
    assert postal_address(typed, "10115", "Berlin") == "Sonnenallee 1, 10115 Berlin"


def test_the_address_keeps_extra_lines_and_another_town_and_falls_back_to_the_town():
    typed = "Träger e.V.\nPostfach 12 34\n20095 Hamburg"
    assert postal_address(typed, "10115", "Berlin") == "Träger e.V., Postfach 12 34, 20095 Hamburg"
    assert postal_address("", "10115", "Berlin") == "10115 Berlin"
    assert postal_address("", "", "") == ""


def test_every_document_shows_the_organisation_s_address_with_the_comma(details, engagement, organisation):
    organisation.contact_address = "Sonnenallee 1\n10115 Berlin"
    organisation.save()
    for kind in ("avv", "vvt", "tom", "information_notice", "photo_consent"):
        assert_phrases(produce_text(engagement, kind, "docx", "de"), ("Sonnenallee 1, 10115 Berlin",))


def test_without_an_address_the_street_is_a_gap_before_plz_and_town(details, engagement, organisation):
    organisation.contact_address = ""
    organisation.save()
    with translation.override("de"):
        gap = blank_text(Blank(translation.gettext("street and house number")))
    assert f"{gap}, 10115 Berlin" in produce_text(engagement, "avv", "docx", "de")


# --- template versions ---


def test_every_template_version_names_its_template():
    for key, kind in KINDS.items():
        assert re.fullmatch(rf"{re.escape(key)}-\d{{4}}\.\d+", kind.template_version), kind.template_version
