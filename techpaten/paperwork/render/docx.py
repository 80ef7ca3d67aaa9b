"""DOCX (Word) with python-docx: an editable file whose gaps are highlighted, bracketed text."""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ..documents.base import Blank, Bullets, Document, Field, Paragraph, Run, Signature, Table
from . import blank_text, field_text, footer_text, party_runs, signature_lines


def _add_runs(paragraph: DocxParagraph, runs: list[Run]) -> None:
    for run in runs:
        if isinstance(run, Blank):
            added = paragraph.add_run(blank_text(run))
            added.bold = True
            added.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif isinstance(run, Field):
            paragraph.add_run(field_text(run))
        else:
            paragraph.add_run(run)


def _add_table(doc: DocxDocument, block: Table) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in block.rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _add_runs(cells[1].paragraphs[0], value)
    doc.add_paragraph()


def _add_signature(doc: DocxDocument, block: Signature) -> None:
    for party in block.parties:
        first = doc.add_paragraph()
        _add_runs(first, party_runs(party))
        for run in first.runs:
            run.bold = True
        for line in signature_lines():
            doc.add_paragraph(line)
        doc.add_paragraph()


def render_docx(document: Document) -> bytes:
    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(11)
    properties = doc.core_properties
    properties.title = document.title
    # Core properties hold at most 255 characters each; the full disclaimer is the document's last paragraph.
    properties.subject = document.subtitle[:255]
    properties.language = document.language
    properties.comments = footer_text(document)[:255]
    properties.version = document.template_version
    properties.author = "Techpaten"

    doc.add_heading(document.title, level=0)
    if document.subtitle:
        doc.add_paragraph().add_run(document.subtitle).italic = True
    doc.add_paragraph(footer_text(document))
    for section in document.sections:
        doc.add_heading(section.heading, level=1)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                _add_runs(doc.add_paragraph(), block.runs)
            elif isinstance(block, Bullets):
                for item in block.items:
                    _add_runs(doc.add_paragraph(style="List Bullet"), item)
            elif isinstance(block, Table):
                _add_table(doc, block)
            else:
                _add_signature(doc, block)
    doc.add_paragraph().add_run(document.disclaimer).italic = True
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = footer_text(document)
    footer.runs[0].font.size = Pt(8)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
