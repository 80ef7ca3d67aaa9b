"""Renderers: walk a Document tree and produce print HTML, DOCX or ODT. They add nothing but layout."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..documents.base import Blank, Document, Field, Run

LINE = "_" * 28


def blank_text(blank: Blank) -> str:
    """How a gap looks in every format: bracketed, with what belongs there."""
    return _("[to fill in: %(label)s]") % {"label": blank.label}


def field_text(field: Field) -> str:
    """A form line: the label (if any) and a line to write on."""
    return f"{field.label}: {LINE}" if field.label else LINE


def footer_text(document: Document) -> str:
    return _("%(title)s · template version %(version)s · generated on %(date)s") % {
        "title": document.title,
        "version": document.template_version,
        "date": document.created_on.strftime("%d.%m.%Y"),
    }


def party_runs(party: str | list[Run]) -> list[Run]:
    """A signing party's line as runs (it may hold a gap)."""
    return [party] if isinstance(party, str) else party


def signature_lines() -> list[str]:
    """The lines under each party."""
    return [
        _("Place, date") + ": ______________________________",
        _("Signature") + ": ______________________________",
    ]
