"""Every document type, checked the same way: each mandatory item of its legal list (ITEMS in its own test module)
in the produced DOCX and ODT, the parties' names (NAMES), template version, disclaimer and German headings; and
through the pages people use: the organisation's admin downloads it in both editable formats, the print view marks
the gaps to fill in. What differs per document (which facts are gaps after which set-up) stays in its own module."""

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

from .checks import FORMATS, assert_german_headings, assert_names_version_and_disclaimer, assert_phrases
from .parse import produce_text, text_of


def document_modules() -> dict[str, ModuleType]:
    """The test module of each document kind (test_avv.py, test_tom.py …): its KIND, its ITEMS (key → phrases only
    that item contains), NAMES (the parties as the document names them), SECTION_KEYS where items share a section,
    FIXTURE where the document needs another set-up than the documented engagement (`details`)."""
    found = {}
    for info in pkgutil.iter_modules(importlib.import_module(__package__).__path__):
        module = importlib.import_module(f"{__package__}.{info.name}")
        if hasattr(module, "KIND") and hasattr(module, "ITEMS"):
            found[module.KIND] = module
    return found


DOCUMENTS = document_modules()
ITEMS = [(kind, item) for kind, module in sorted(DOCUMENTS.items()) for item in module.ITEMS]


def set_up(request: pytest.FixtureRequest, kind: str) -> None:
    request.getfixturevalue(getattr(DOCUMENTS[kind], "FIXTURE", "details"))


def test_every_document_kind_has_its_legal_list():
    assert set(DOCUMENTS) == set(KINDS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("kind", "item"), ITEMS, ids=[f"{kind}-{item}" for kind, item in ITEMS])
def test_each_document_contains_every_mandatory_item(request, engagement, kind, item, fmt):
    set_up(request, kind)
    assert_phrases(produce_text(engagement, kind, fmt, "en"), DOCUMENTS[kind].ITEMS[item])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_each_document_names_both_sides_and_carries_version_disclaimer_and_german_headings(
    request, engagement, kind, fmt
):
    set_up(request, kind)
    module = DOCUMENTS[kind]
    assert_names_version_and_disclaimer(engagement, kind, fmt, module.NAMES)
    assert_german_headings(engagement, kind, fmt, list(getattr(module, "SECTION_KEYS", module.ITEMS)))


# The golden engagement's team is a processor (AVV); the confidentiality undertaking is for a member team.
ROLE_FOR = {"confidentiality": "member"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_organisation_admin_downloads_it_and_it_opens(admin_client_, details, engagement, kind, fmt):
    details.helper_role = ROLE_FOR.get(kind, "processor")
    details.save()
    response = admin_client_.get(reverse("paperwork:download", args=[engagement.pk, kind, fmt]))
    assert response.status_code == 200
    assert_phrases(text_of(response.content, fmt), ("Kita Sonnenschein", "Vera Volkmann", KINDS[kind].template_version))


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"avv", "confidentiality"}))
def test_the_print_view_shows_it_with_its_gaps_marked(admin_client_, engagement, kind):
    response = admin_client_.get(reverse("paperwork:document", args=[engagement.pk, kind]))
    assert response.status_code == 200
    with translation.override("de"):
        gap = blank_text(Blank("")).rstrip("] ")
    assert_phrases(response.content.decode(), ("Kita Sonnenschein", KINDS[kind].template_version, gap))
