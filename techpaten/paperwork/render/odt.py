"""ODT (OpenDocument, LibreOffice) with odfpy: the same structure as the DOCX, gaps highlighted by a text style."""

from __future__ import annotations

import io

from odf import dc, meta
from odf.element import Element
from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableColumnProperties,
    TextProperties,
)
from odf.table import Table as OdfTable
from odf.table import TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, Span

from ..documents.base import Blank, Bullets, Document, Field, Paragraph, Run, Signature, Table
from . import blank_text, field_text, footer_text, party_runs, signature_lines


class _Styles:
    def __init__(self, doc: OpenDocumentText) -> None:
        def add(style: Style, *properties: Element, automatic: bool = False) -> Style:
            for prop in properties:
                style.addElement(prop)
            (doc.automaticstyles if automatic else doc.styles).addElement(style)
            return style

        self.title = add(
            Style(name="Title", family="paragraph"),
            TextProperties(fontsize="18pt", fontweight="bold"),
            ParagraphProperties(marginbottom="0.3cm"),
        )
        self.heading = add(
            Style(name="Heading 1", family="paragraph"),
            TextProperties(fontsize="13pt", fontweight="bold"),
            ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"),
        )
        self.body = add(Style(name="Text body", family="paragraph"), ParagraphProperties(marginbottom="0.2cm"))
        self.small = add(Style(name="Small print", family="paragraph"), TextProperties(fontsize="8pt"))
        self.emphasis = add(Style(name="Emphasis", family="text"), TextProperties(fontstyle="italic"))
        self.strong = add(Style(name="Strong", family="text"), TextProperties(fontweight="bold"))
        # The gap to fill in: bold on yellow, like a highlighter.
        self.blank = add(
            Style(name="Blank", family="text"), TextProperties(fontweight="bold", backgroundcolor="#ffff00")
        )
        self.column = add(
            Style(name="LabelColumn", family="table-column"),
            TableColumnProperties(columnwidth="5cm"),
            automatic=True,
        )
        self.bullets = ListStyle(name="Bullets")
        self.bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•", numsuffix=" "))
        doc.styles.addElement(self.bullets)


def _paragraph(styles: _Styles, runs: list[Run], style: Style | None = None) -> P:
    paragraph = P(stylename=style or styles.body)
    for run in runs:
        if isinstance(run, Blank):
            paragraph.addElement(Span(stylename=styles.blank, text=blank_text(run)))
        elif isinstance(run, Field):
            paragraph.addText(field_text(run))
        else:
            paragraph.addText(run)
    return paragraph


def _text(styles: _Styles, text: str, span: Style | None = None) -> P:
    paragraph = P(stylename=styles.body)
    if span is None:
        paragraph.addText(text)
    else:
        paragraph.addElement(Span(stylename=span, text=text))
    return paragraph


def _table(styles: _Styles, block: Table) -> OdfTable:
    table = OdfTable()
    table.addElement(TableColumn(stylename=styles.column))
    table.addElement(TableColumn())
    for label, value in block.rows:
        row = TableRow()
        label_cell = TableCell(valuetype="string")
        label_cell.addElement(_text(styles, label, styles.strong))
        value_cell = TableCell(valuetype="string")
        value_cell.addElement(_paragraph(styles, value))
        row.addElement(label_cell)
        row.addElement(value_cell)
        table.addElement(row)
    return table


def render_odt(document: Document) -> bytes:
    doc = OpenDocumentText()
    styles = _Styles(doc)
    doc.meta.addElement(dc.Title(text=document.title))
    doc.meta.addElement(dc.Subject(text=document.subtitle))
    doc.meta.addElement(dc.Description(text=document.disclaimer))
    doc.meta.addElement(dc.Language(text=document.language))
    doc.meta.addElement(meta.Generator(text="Techpaten"))

    layout = PageLayout(name="Page")
    layout.addElement(PageLayoutProperties(margin="2cm"))
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    footer.addElement(P(stylename=styles.small, text=footer_text(document)))
    master.addElement(footer)
    doc.masterstyles.addElement(master)

    body = doc.text
    body.addElement(P(stylename=styles.title, text=document.title))
    if document.subtitle:
        body.addElement(_text(styles, document.subtitle, styles.emphasis))
    body.addElement(_text(styles, footer_text(document)))
    for section in document.sections:
        body.addElement(H(outlinelevel=1, stylename=styles.heading, text=section.heading))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                body.addElement(_paragraph(styles, block.runs))
            elif isinstance(block, Bullets):
                listing = List(stylename=styles.bullets)
                for item in block.items:
                    entry = ListItem()
                    entry.addElement(_paragraph(styles, item))
                    listing.addElement(entry)
                body.addElement(listing)
            elif isinstance(block, Table):
                body.addElement(_table(styles, block))
            else:
                _signature(styles, body, block)
    body.addElement(_text(styles, document.disclaimer, styles.emphasis))

    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def _signature(styles: _Styles, body: Element, block: Signature) -> None:
    for party in block.parties:
        body.addElement(_paragraph(styles, party_runs(party)))
        for line in signature_lines():
            body.addElement(_text(styles, line))
