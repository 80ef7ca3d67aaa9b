"""Renderers: walk a Document tree and produce print HTML, DOCX or ODT. They add nothing but layout."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..documents.base import Blank, Document


def blank_text(blank: Blank) -> str:
    """How a gap looks in every format: bracketed, with what belongs there."""
    return _("[to fill in: %(label)s]") % {"label": blank.label}


def footer_text(document: Document) -> str:
    return _("%(title)s · template version %(version)s · generated on %(date)s") % {
        "title": document.title,
        "version": document.template_version,
        "date": document.created_on.strftime("%d.%m.%Y"),
    }


def signature_lines(party: str) -> list[str]:
    return [
        party,
        _("Place, date") + ": ______________________________",
        _("Signature") + ": ______________________________",
    ]
