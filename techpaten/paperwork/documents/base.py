"""The shape every generated document shares, independent of its output format.

A document is built once from the engagement's data as a tree of sections and blocks; the renderers (HTML for
print, DOCX, ODT) only walk that tree. So what a test finds in the produced file is what the builder put there.
Facts the platform does not know are `Blank`s: rendered as clearly marked gaps to fill in, never invented. A `Field`
is different: a line of a form that is filled in each time the form is used (a child's name on a consent form, the
date of a breach in the breach record). It is not a missing fact, so a fully documented engagement has no Blank but
may well have Fields.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.functional import Promise

if TYPE_CHECKING:
    from .data import DocumentData


@dataclass(frozen=True)
class Blank:
    """A gap the organisation fills in, with a label saying what belongs there."""

    label: str


@dataclass(frozen=True)
class Field:
    """A line of a form, filled in by hand each time the form is used (not a missing fact)."""

    label: str = ""


# A run of text: plain text, a gap to fill in, or a form line.
Run = str | Blank | Field


@dataclass
class Paragraph:
    runs: list[Run]


@dataclass
class Bullets:
    items: list[list[Run]]


@dataclass
class Table:
    """Two-column facts (label → value), e.g. the parties of a contract."""

    rows: list[tuple[str, list[Run]]]


@dataclass
class Signature:
    """Place, date and signature lines for each party (a party's line may hold a gap, e.g. a missing full name)."""

    parties: list[str | list[Run]]


Block = Paragraph | Bullets | Table | Signature


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    # A stable key per mandatory item (e.g. "art28-3-a"): tests check the produced file item by item.
    key: str = ""


@dataclass
class Document:
    kind: str
    title: str
    template_version: str
    created_on: datetime.date
    language: str
    subtitle: str = ""
    sections: list[Section] = field(default_factory=list)
    disclaimer: str = ""

    def blanks(self) -> list[Blank]:
        found: list[Blank] = []
        for section in self.sections:
            for block in section.blocks:
                for runs in _runs_of(block):
                    found.extend(run for run in runs if isinstance(run, Blank))
        return found


def _runs_of(block: Block) -> list[list[Run]]:
    if isinstance(block, Paragraph):
        return [block.runs]
    if isinstance(block, Bullets):
        return block.items
    if isinstance(block, Table):
        return [runs for _, runs in block.rows]
    if isinstance(block, Signature):
        return [party for party in block.parties if isinstance(party, list)]
    return []


def value_or_blank(value: object, label: str | Promise) -> Run:
    """The known value as text, else a gap labelled with what is missing."""
    text = str(value).strip() if value is not None else ""
    return text if text else Blank(str(label))


@dataclass(frozen=True)
class Kind:
    """A document type: its key (URL, GeneratedDocument.kind, Requirement.document), title, version, builder."""

    key: str
    title: Callable[[], str]
    # "<key>-<year>.<n>", e.g. "avv-2026.1": the record names the template even without its kind. Bump when the
    # template's wording changes; every generated document records the version that produced it.
    template_version: str
    build: Callable[[DocumentData], Document]
