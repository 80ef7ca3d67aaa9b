"""Read produced DOCX and ODT files back as plain text, so tests check what a person would see in the file."""

from __future__ import annotations

import io

from docx import Document as open_docx
from docx.table import Table as DocxTable
from odf import teletype
from odf.element import Element
from odf.opendocument import load


def docx_text(content: bytes) -> str:
    """Body paragraphs and table rows in document order ("label: value" per row), then the footers."""
    doc = open_docx(io.BytesIO(content))
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, DocxTable):
            for row in block.rows:
                lines.append(": ".join(cell.text for cell in row.cells))
        else:
            lines.append(block.text)
    for section in doc.sections:
        lines.extend(paragraph.text for paragraph in section.footer.paragraphs)
    return "\n".join(lines)


def docx_title(content: bytes) -> str:
    return open_docx(io.BytesIO(content)).core_properties.title or ""


def _paragraphs(element: Element, lines: list[str]) -> None:
    for child in element.childNodes:
        if child.qname[1] in ("p", "h"):
            lines.append(teletype.extractText(child))
        elif child.qname[1] == "table-row":
            lines.append(": ".join(teletype.extractText(cell) for cell in child.childNodes))
        elif child.nodeType == child.ELEMENT_NODE:
            _paragraphs(child, lines)


def odt_text(content: bytes) -> str:
    """Headings and paragraphs in document order (table rows as "label: value"), then the page footer."""
    doc = load(io.BytesIO(content))
    lines: list[str] = []
    _paragraphs(doc.text, lines)
    _paragraphs(doc.masterstyles, lines)
    return "\n".join(lines)


def odt_title(content: bytes) -> str:
    doc = load(io.BytesIO(content))
    titles = [teletype.extractText(node) for node in doc.meta.childNodes if node.qname[1] == "title"]
    return titles[0] if titles else ""


def text_of(content: bytes, fmt: str) -> str:
    return docx_text(content) if fmt == "docx" else odt_text(content)


def produce_text(engagement: object, kind: str, fmt: str, language: str = "de") -> str:
    """Produce a document file through services.produce in the language and read it back as text, made for an admin
    of the organisation (who sees its contact details)."""
    from django.utils import translation

    from techpaten.organisations.access import admins_of
    from techpaten.paperwork import services
    from techpaten.paperwork.documents.registry import get_kind

    admin = admins_of(engagement.organisation_id)[0]  # type: ignore[attr-defined]
    with translation.override(language):
        content, _record = services.produce(engagement, get_kind(kind), fmt, admin)  # type: ignore[arg-type]
    assert isinstance(content, bytes)
    return text_of(content, fmt)


def html_text(content: bytes) -> str:
    """The document of a print view as text: the <article> only (not the page around it), tags removed."""
    import html
    import re

    page = content.decode()
    start, end = page.index("<article"), page.index("</article>")
    text = re.sub(r"<[^>]+>", " ", page[start:end])
    return html.unescape(re.sub(r"[ \t]+", " ", text))


def produce_any(client: object, engagement: object, kind: str, fmt: str, language: str = "de") -> str:
    """The document as text in any of the three formats: DOCX and ODT from the service, print HTML from its page."""
    if fmt != "html":
        return produce_text(engagement, kind, fmt, language)
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    # A logged-in person reads pages in their account's language (accounts/middleware.py).
    user_id = client.session["_auth_user_id"]  # type: ignore[attr-defined]
    get_user_model().objects.filter(pk=user_id).update(language=language)
    response = client.get(reverse("paperwork:document", args=[engagement.pk, kind]))  # type: ignore[attr-defined]
    assert response.status_code == 200, (kind, response.status_code)
    return html_text(response.content)
