"""Producing documents: build from the engagement's data, render, and record which template version produced what.

The record (GeneratedDocument) is how the organisation can later show which version of a generic template a
document came from (the platform gives templates, not legal advice, RDG).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language

from techpaten.accounts.models import shown_name
from techpaten.engagements.access import may_see_contact
from techpaten.engagements.models import Engagement

from .documents.base import Document, Kind
from .documents.data import DocumentData, gather
from .documents.registry import KINDS, offered
from .models import GeneratedDocument, HelperRole, ProcessingDetails, ProcessorParty
from .render.docx import render_docx
from .render.odt import render_odt

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}
FILE_FORMATS = tuple(CONTENT_TYPES)


def build(kind: Kind, data: DocumentData) -> Document:
    return kind.build(data)


def open_gaps(data: DocumentData) -> dict[str, int]:
    """How many facts each offered document still leaves to fill in (its Blanks), by kind."""
    return {kind.key: len(kind.build(data).blanks()) for kind in offered(data)}


def store_role(engagement: Engagement, verdict: str, user: Any) -> ProcessingDetails:
    """Store the role finder's verdict for the engagement: it decides which contract the documents page offers."""
    role = HelperRole(verdict)
    with transaction.atomic():
        details, _created = ProcessingDetails.objects.select_for_update().get_or_create(engagement=engagement)
        details.helper_role = role
        details.role_decided_at = timezone.now()
        details.role_decided_by = user
        details.updated_by = user
        details.save()
    return details


def save_party(party: ProcessorParty, engagement: Engagement, user: Any) -> ProcessorParty:
    """A volunteer's own full name and address as a party to the contracts; only their own row."""
    with transaction.atomic():
        party.engagement = engagement
        party.user = user
        party.save()
    return party


def save_details(details: ProcessingDetails, engagement: Engagement, user: Any) -> ProcessingDetails:
    """Save the facts of the processing for the engagement; any participant may (the organisation signs later)."""
    with transaction.atomic():
        details.engagement = engagement
        details.updated_by = user
        details.save()
    return details


def data_for(engagement: Engagement, user: Any) -> DocumentData:
    """The facts of the documents as `user` may see them: the organisation's contact details only for whom
    engagements.access.may_see_contact lets in (a team member of an ended engagement gets gaps there)."""
    return gather(engagement, contact_visible=may_see_contact(user, engagement.organisation_id))


def produce(
    engagement: Engagement, kind: Kind, fmt: str, user: Any, data: DocumentData | None = None
) -> tuple[bytes | Document, GeneratedDocument]:
    """The document in the active language, made for `user`: the tree for HTML, else the file's bytes; and its
    record. `data`: the facts as `data_for` gave them for this user, when the caller has them already."""
    document = build(kind, data if data is not None else data_for(engagement, user))
    produced: bytes | Document
    if fmt == GeneratedDocument.Format.HTML:
        produced = document
    elif fmt == GeneratedDocument.Format.DOCX:
        produced = render_docx(document)
    elif fmt == GeneratedDocument.Format.ODT:
        produced = render_odt(document)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    with transaction.atomic():
        record = GeneratedDocument.objects.create(
            engagement=engagement,
            kind=kind.key,
            template_version=kind.template_version,
            format=fmt,
            language=(get_language() or document.language)[:10],
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
    return produced, record


def history(engagement: Engagement, limit: int) -> list[dict[str, Any]]:
    """What was generated, one line per kind, format, template version and language: how often, last when, by whom.

    Every produced document stays recorded (RDG traceability); opening the print view again only raises the count.
    One query: the grouping with Count and Max, the latest person as a correlated subquery on the same group.
    """
    group = ("kind", "format", "template_version", "language")
    records = GeneratedDocument.objects.filter(engagement=engagement)
    latest = records.filter(**{field: OuterRef(field) for field in group}).order_by("-created_at", "-pk")
    rows = list(
        records.values(*group)
        .annotate(
            count=Count("pk"),
            latest_at=Max("created_at"),
            latest_name=Subquery(latest.values("created_by__name")[:1]),
            latest_shown=Subquery(latest.values("created_by__volunteer_profile__display_name")[:1]),
            latest_email=Subquery(latest.values("created_by__email")[:1]),
        )
        .order_by("-latest_at", *group)[:limit]
    )
    formats = dict(GeneratedDocument.Format.choices)
    for row in rows:
        email = row.pop("latest_email")
        name, shown = row.pop("latest_name"), row.pop("latest_shown")
        # The rule of User.display_name; None once the account is deleted.
        row["latest_by"] = shown_name(shown or "", name or "", email) if email else None
        row["format_display"] = formats.get(row["format"], row["format"])
        kind = KINDS.get(row["kind"])
        row["title"] = kind.title() if kind is not None else row["kind"]
    return rows


def filename(engagement: Engagement, kind: Kind, fmt: str, day: datetime.date) -> str:
    """A safe ASCII file name, e.g. avv-kita-sonnenschein-2026-11-28.docx."""
    stem = slugify(f"{kind.key}-{engagement.organisation.slug}")[:80] or kind.key
    return f"{stem}-{day.isoformat()}.{fmt}"
