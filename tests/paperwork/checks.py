"""What every document test checks besides its legal list: names, template version, disclaimer, German headings."""

from __future__ import annotations

from django.utils import translation

from techpaten.paperwork.documents.base import Blank
from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.registry import get_kind
from techpaten.paperwork.render import blank_text

from .parse import produce_text

FORMATS = ("docx", "odt")


def assert_phrases(text: str, phrases: tuple[str, ...]) -> None:
    lowered = " ".join(text.split()).lower()
    missing = [phrase for phrase in phrases if phrase.lower() not in lowered]
    assert not missing, f"missing in the produced file: {missing}"


def assert_names_version_and_disclaimer(engagement, kind: str, fmt: str, names: tuple[str, ...]) -> None:
    """The produced German file names the parties, carries the template version and the disclaimer."""
    text = produce_text(engagement, kind, fmt, "de")
    document_kind = get_kind(kind)
    with translation.override("de"):
        document = document_kind.build(gather(engagement, contact_visible=True))
    assert_phrases(text, (*names, document_kind.template_version, document.disclaimer, document.title))


def assert_german_headings(engagement, kind: str, fmt: str, keys: list[str]) -> None:
    """Every mandatory item's section is in the German file under its German heading."""
    with translation.override("de"):
        document = get_kind(kind).build(gather(engagement, contact_visible=True))
    headings = {section.key: section.heading for section in document.sections}
    assert set(keys) <= set(headings), set(keys) - set(headings)
    assert_phrases(produce_text(engagement, kind, fmt, "de"), tuple(headings[key] for key in keys))


def assert_gaps(engagement, kind: str, fmt: str, labels: tuple[str, ...]) -> None:
    """Facts nobody entered appear as marked gaps with their (German) label."""
    text = produce_text(engagement, kind, fmt, "de")
    with translation.override("de"):
        expected = tuple(blank_text(Blank(translation.gettext(label))) for label in labels)
    assert_phrases(text, expected)
