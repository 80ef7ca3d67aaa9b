"""The engagement's documents: the facts they are made from, and each document as print page, DOCX and ODT."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.engagements.access import engagement_for_participant
from techpaten.volunteers.models import TeamMember

from . import services
from .documents.base import Document
from .documents.data import CHILDREN_SECTORS
from .documents.registry import KINDS, not_offered_reason, offered_kind
from .forms import PartyForm, ProcessingDetailsForm
from .models import GeneratedDocument, HelperRole, ProcessingDetails, ProcessorParty
from .render.html import render_html

HISTORY_LIMIT = 20


@login_required
def index(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The documents this engagement is offered, with version and gaps; the others with the reason; the history."""
    engagement = engagement_for_participant(request, pk)
    data = services.data_for(engagement, request.user)
    gaps = services.open_gaps(data)
    documents, withheld = [], []
    for key, kind in KINDS.items():
        reason = not_offered_reason(kind, data)
        if reason:
            withheld.append({"kind": kind, "title": kind.title(), "reason": reason})
        else:
            documents.append({"kind": kind, "title": kind.title(), "blanks": gaps[key]})
    role = data.details.helper_role
    return render(
        request,
        "paperwork/index.html",
        {
            "engagement": engagement,
            "details": data.details,
            "has_details": data.details.pk is not None,
            "role_label": HelperRole(role).label if role else "",
            "law": data.law,
            "documents": documents,
            "withheld": withheld,
            "history": services.history(engagement, HISTORY_LIMIT),
        },
    )


@login_required
def details(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The facts of the processing; any participant may edit them (the organisation checks the result). A volunteer
    on the team also enters their own full name and address as a party to the contracts."""
    engagement = engagement_for_participant(request, pk)
    instance = ProcessingDetails.objects.filter(engagement=engagement).first() or ProcessingDetails(
        engagement=engagement
    )
    posted = request.POST if request.method == "POST" else None
    children = engagement.organisation.sector.slug in CHILDREN_SECTORS
    form = ProcessingDetailsForm(posted, instance=instance, children_data=children)
    user_id = request.user.pk
    on_team = TeamMember.objects.filter(team_id=engagement.team_id, user_id=user_id, left_at__isnull=True).exists()
    party_form = None
    if on_team:
        party = ProcessorParty.objects.filter(engagement=engagement, user_id=user_id).first() or ProcessorParty(
            engagement=engagement, user_id=user_id
        )
        party_form = PartyForm(posted, instance=party)
    if request.method == "POST" and form.is_valid() and (party_form is None or party_form.is_valid()):
        services.save_details(form.save(commit=False), engagement, request.user)
        if party_form is not None:
            services.save_party(party_form.save(commit=False), engagement, request.user)
        messages.success(request, _("The details are saved. The documents now use them."))
        return redirect("paperwork:index", pk=engagement.pk)
    return render(request, "paperwork/details.html", {"engagement": engagement, "form": form, "party_form": party_form})


@login_required
def document(request: AuthenticatedHttpRequest, pk: int, kind: str) -> HttpResponse:
    """The print view (HTML with print CSS)."""
    engagement = engagement_for_participant(request, pk)
    data = services.data_for(engagement, request.user)  # the contact rule: what this person may see
    document_kind = offered_kind(kind, data)
    produced, _record = services.produce(engagement, document_kind, GeneratedDocument.Format.HTML, request.user, data)
    return render_html(request, cast(Document, produced), {"engagement": engagement, "kind": document_kind})


@login_required
def download(request: AuthenticatedHttpRequest, pk: int, kind: str, fmt: str) -> HttpResponse:
    engagement = engagement_for_participant(request, pk)
    data = services.data_for(engagement, request.user)  # the contact rule: what this person may see
    document_kind = offered_kind(kind, data)
    if fmt not in services.FILE_FORMATS:
        raise Http404
    produced, _record = services.produce(engagement, document_kind, fmt, request.user, data)
    response = HttpResponse(cast(bytes, produced), content_type=services.CONTENT_TYPES[fmt])
    name = services.filename(engagement, document_kind, fmt, timezone.localdate())
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
