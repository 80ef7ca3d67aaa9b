"""The print view: the document as an HTML page (print CSS in site.css hides navigation and footer)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ..documents.base import Blank, Block, Bullets, Document, Field, Paragraph, Run, Signature, Table
from . import blank_text, field_text, footer_text, party_runs


def _run(run: Run) -> dict[str, Any]:
    if isinstance(run, Blank):
        return {"text": blank_text(run), "blank": True}
    if isinstance(run, Field):
        return {"text": field_text(run), "blank": False}
    return {"text": run, "blank": False}


def _runs(runs: list[Run]) -> list[dict[str, Any]]:
    return [_run(run) for run in runs]


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "runs": _runs(block.runs)}
    if isinstance(block, Bullets):
        return {"type": "bullets", "items": [_runs(item) for item in block.items]}
    if isinstance(block, Table):
        return {"type": "table", "rows": [(label, _runs(value)) for label, value in block.rows]}
    if isinstance(block, Signature):
        return {"type": "signature", "parties": [_runs(party_runs(party)) for party in block.parties]}
    raise TypeError(block)


def render_html(request: HttpRequest, document: Document, context: dict[str, Any] | None = None) -> HttpResponse:
    sections = [
        {"heading": section.heading, "key": section.key, "blocks": [_block(block) for block in section.blocks]}
        for section in document.sections
    ]
    return render(
        request,
        "paperwork/document.html",
        {
            "document": document,
            "sections": sections,
            "footer": footer_text(document),
            "blank_count": len(document.blanks()),
            **(context or {}),
        },
    )
