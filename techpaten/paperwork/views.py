"""The engagement's documents: the facts they are made from, and each document as print page, DOCX and ODT."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.engagements.access import engagement_for_participant

from . import services
from .documents.base import Document
from .documents.registry import KINDS, get_kind
from .forms import ProcessingDetailsForm
from .models import GeneratedDocument, ProcessingDetails
from .render.html import render_html

HISTORY_LIMIT = 20


@login_required
def index(request: HttpRequest, pk: int) -> HttpResponse:
    """Every document type with its version and how many gaps are left, and what was produced, grouped."""
    engagement = engagement_for_participant(request, pk)
    data = services.data_for(engagement, request.user)
    gaps = services.open_gaps(data)
    documents = [{"kind": kind, "title": kind.title(), "blanks": gaps[key]} for key, kind in KINDS.items()]
    return render(
        request,
        "paperwork/index.html",
        {
            "engagement": engagement,
            "details": data.details,
            "has_details": data.details.pk is not None,
            "documents": documents,
            "history": services.history(engagement, HISTORY_LIMIT),
        },
    )


@login_required
def details(request: HttpRequest, pk: int) -> HttpResponse:
    """The facts of the processing; any participant may edit them (the organisation checks the result)."""
    engagement = engagement_for_participant(request, pk)
    instance = ProcessingDetails.objects.filter(engagement=engagement).first() or ProcessingDetails(
        engagement=engagement
    )
    form = ProcessingDetailsForm(request.POST if request.method == "POST" else None, instance=instance)
    if request.method == "POST" and form.is_valid():
        services.save_details(form.save(commit=False), engagement, request.user)
        messages.success(request, _("The details are saved. The documents now use them."))
        return redirect("paperwork:index", pk=engagement.pk)
    return render(request, "paperwork/details.html", {"engagement": engagement, "form": form})


@login_required
def document(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """The print view (HTML with print CSS)."""
    engagement = engagement_for_participant(request, pk)
    document_kind = get_kind(kind)
    produced, _record = services.produce(engagement, document_kind, GeneratedDocument.Format.HTML, request.user)
    return render_html(request, cast(Document, produced), {"engagement": engagement, "kind": document_kind})


@login_required
def download(request: HttpRequest, pk: int, kind: str, fmt: str) -> HttpResponse:
    engagement = engagement_for_participant(request, pk)
    document_kind = get_kind(kind)
    if fmt not in services.FILE_FORMATS:
        raise Http404
    produced, _record = services.produce(engagement, document_kind, fmt, request.user)
    response = HttpResponse(cast(bytes, produced), content_type=services.CONTENT_TYPES[fmt])
    name = services.filename(engagement, document_kind, fmt, timezone.localdate())
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
