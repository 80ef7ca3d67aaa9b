"""Every document type, checked the same way: each mandatory item of its legal list (ITEMS in its own test module)
in the produced DOCX and ODT, the parties' names, template version, disclaimer and German headings, the facts nobody
entered marked as gaps (GAPS); and through the pages people use: the organisation's admin downloads it in both
editable formats, the print view marks the gaps to fill in."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest
from django.urls import reverse
from django.utils import translation

from techpaten.paperwork.documents.base import Blank
from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.render import blank_text

from .checks import FORMATS, assert_gaps, assert_german_headings, assert_names_version_and_disclaimer, assert_phrases
from .parse import produce_text, text_of


def document_modules() -> dict[str, ModuleType]:
    """The test module of each document kind (test_avv.py, test_tom.py …): its KIND, its ITEMS (key → phrases only
    that item contains), SECTION_KEYS where items share a section, GAPS where the gaps need no set-up of their own."""
    found = {}
    for info in pkgutil.iter_modules(importlib.import_module(__package__).__path__):
        module = importlib.import_module(f"{__package__}.{info.name}")
        if hasattr(module, "KIND") and hasattr(module, "ITEMS"):
            found[module.KIND] = module
    return found


DOCUMENTS = document_modules()
ITEMS = [(kind, item) for kind, module in sorted(DOCUMENTS.items()) for item in module.ITEMS]
WITH_GAPS = sorted(kind for kind, module in DOCUMENTS.items() if hasattr(module, "GAPS"))


def test_every_document_kind_has_its_legal_list():
    assert set(DOCUMENTS) == set(KINDS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("kind", "item"), ITEMS, ids=[f"{kind}-{item}" for kind, item in ITEMS])
def test_each_document_contains_every_mandatory_item(details, engagement, kind, item, fmt):
    assert_phrases(produce_text(engagement, kind, fmt, "en"), DOCUMENTS[kind].ITEMS[item])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_each_document_names_both_sides_and_carries_version_disclaimer_and_german_headings(
    details, engagement, kind, fmt
):
    module = DOCUMENTS[kind]
    assert_names_version_and_disclaimer(engagement, kind, fmt, ("Kita Sonnenschein", "Vera Volunteer"))
    assert_german_headings(engagement, kind, fmt, list(getattr(module, "SECTION_KEYS", module.ITEMS)))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", WITH_GAPS)
def test_each_document_marks_unknown_facts_as_gaps(engagement, kind, fmt):
    assert_gaps(engagement, kind, fmt, DOCUMENTS[kind].GAPS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_organisation_admin_downloads_it_and_it_opens(admin_client_, details, engagement, kind, fmt):
    response = admin_client_.get(reverse("paperwork:download", args=[engagement.pk, kind, fmt]))
    assert response.status_code == 200
    assert_phrases(
        text_of(response.content, fmt), ("Kita Sonnenschein", "Vera Volunteer", KINDS[kind].template_version)
    )


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_print_view_shows_it_with_its_gaps_marked(admin_client_, engagement, kind):
    response = admin_client_.get(reverse("paperwork:document", args=[engagement.pk, kind]))
    assert response.status_code == 200
    with translation.override("de"):
        gap = blank_text(Blank("")).rstrip("] ")
    assert_phrases(response.content.decode(), ("Kita Sonnenschein", KINDS[kind].template_version, gap))
