"""The checklists of a need and of an engagement: what the requirement sets ask, what is done, with which evidence."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.catalogue.queries import suggested_for
from techpaten.core.rules import RuleViolation
from techpaten.engagements.access import engagement_for_participant
from techpaten.engagements.models import Engagement, EngagementNeed
from techpaten.needs.models import Need
from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.registry import KINDS, offered

from .. import checklists, services, sources
from ..access import need_for_participant
from ..checklists import Checklist
from ..forms import ContextForm, MarkItemForm
from ..models import Requirement


@login_required
def need_checklist(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    need = need_for_participant(request, pk)
    return render(request, "compliance/checklist_need.html", _need_context(need))


@login_required
def need_checklist_print(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The checklist as a page to print, like the inventory's handbook: no forms, every requirement in full (a closed
    <details> would not print)."""
    need = need_for_participant(request, pk)
    checklist = checklists.for_need(need)
    services.attach_authors([checklist])
    sources.attach(item.requirement for item in checklist.items)
    context = {"need": need, "checklist": checklist, "today": timezone.localdate()}
    return render(request, "compliance/checklist_print.html", context)


@login_required
@require_POST
def mark_item(request: AuthenticatedHttpRequest, pk: int, code: str) -> HttpResponse:
    need = need_for_participant(request, pk)
    requirement = get_object_or_404(Requirement, code=code)
    form = MarkItemForm(request.POST, code=requirement.code)
    if not form.is_valid():
        # Show the page again with the item's form as sent, so a long note is not lost.
        return render(request, "compliance/checklist_need.html", _need_context(need, bound=form))
    try:
        entry = services.mark_item(
            need,
            requirement.code,
            request.user,
            done=form.cleaned_data["done"],
            evidence_note=form.cleaned_data["evidence_note"],
        )
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
        return redirect("compliance:need_checklist", pk=need.pk)
    if entry.done:
        messages.success(request, _("“%(title)s” is marked as done.") % {"title": requirement.title})
    else:
        messages.success(request, _("“%(title)s” is open again; the note is saved.") % {"title": requirement.title})
    return redirect(reverse("compliance:need_checklist", args=[need.pk]) + f"#item-{requirement.code}")


def _context_questions(need: Need) -> dict[str, bool]:
    sector = need.organisation.sector.slug
    return {
        "household": sector in checklists.HOUSEHOLD_SECTORS,
        # Every sector that does not look after children as a rule is asked (a sports club's youth section, a
        # WG whose service goes beyond private life with a child's data in it).
        "ask_children": sector not in checklists.CHILDREN_SECTORS,
    }


@login_required
@require_POST
def need_context(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    need = need_for_participant(request, pk)
    form = ContextForm(request.POST, **_context_questions(need))
    if not form.fields or not form.is_valid():
        return render(request, "compliance/checklist_need.html", _need_context(need, context_form=form))
    services.set_context(need, request.user, **form.cleaned_data)
    messages.success(request, _("Your answer is saved; the checklist follows it."))
    return redirect(reverse("compliance:need_checklist", args=[need.pk]) + "#context-heading")


@login_required
def engagement_checklist(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    engagement = engagement_for_participant(request, pk)
    checklist_list = checklists.for_engagement(engagement)
    services.attach_authors(checklist_list)
    sources.attach(item.requirement for checklist in checklist_list for item in checklist.items)
    done = sum(c.done_count for c in checklist_list)
    total = sum(c.total for c in checklist_list)
    return render(
        request,
        "compliance/checklist_engagement.html",
        {
            "engagement": engagement,
            "checklists": checklist_list,
            "done": done,
            "total": total,
            "percent": round(100 * done / total) if total else 0,
            "must_open": sum(c.must_open for c in checklist_list),
        },
    )


def _need_context(
    need: Need, bound: MarkItemForm | None = None, context_form: ContextForm | None = None
) -> dict[str, Any]:
    checklist = checklists.for_need(need)
    services.attach_authors([checklist])
    sources.attach(item.requirement for item in checklist.items)
    engagement = _engagement_of(need)
    # Link only the documents the engagement is offered (the stored role decides the contract).
    # Which documents are offered does not depend on the contact details (gathered without them).
    offered_keys = (
        {kind.key for kind in offered(gather(engagement, contact_visible=False))} if engagement is not None else set()
    )
    rows = []
    for item in checklist.items:
        code = item.requirement.code
        if bound is not None and bound.auto_id == f"item-{code}-%s":
            form = bound
        else:
            entry = item.entry
            initial = {"done": entry.done, "evidence_note": entry.evidence_note} if entry else {}
            form = MarkItemForm(code=code, initial=initial)
        rows.append({"item": item, "form": form, "document": _document(item.requirement, engagement, offered_keys)})
    use_case_ids = [uc.pk for uc in need.use_cases.all()]
    if context_form is None:
        context = checklist.context
        initial = {
            name: ("yes" if value else "no")
            for name, value in (
                ("beyond_household", context.answered_beyond_household),
                ("children_data", context.answered_children),
            )
            if value is not None
        }
        context_form = ContextForm(initial=initial, auto_id="context-%s", **_context_questions(need))
    return {
        "need": need,
        "checklist": checklist,
        "rows": rows,
        "engagement": engagement,
        "context_form": context_form,
        "household": _household_explanation(checklist),
        "suggestions": list(suggested_for(need.organisation.sector_id, use_case_ids)),
    }


def _document(requirement: Requirement, engagement: Engagement | None, offered_keys: set[str]) -> dict[str, str] | None:
    """The generated document that helps with the requirement; a link once a team has taken the need on and the
    engagement is offered it."""
    kind = KINDS.get(requirement.document) if requirement.document else None
    if kind is None:
        return None
    linked = engagement is not None and kind.key in offered_keys
    url = reverse("paperwork:document", args=[engagement.pk, kind.key]) if linked and engagement else ""
    return {"title": str(kind.title()), "url": url}


def _engagement_of(need: Need) -> Engagement | None:
    link = EngagementNeed.objects.select_related("engagement").filter(need=need).first()
    return link.engagement if link is not None else None


def _household_explanation(checklist: Checklist) -> dict[str, Any] | None:
    """Why the household exemption (Art. 2(2)(c) GDPR, Recital 18) holds for a WG — or why it no longer does."""
    context = checklist.context
    if not context.household_sector:
        return None
    return {
        "exempt": context.household_exempt,
        "answered": context.answered_beyond_household is not None,
        "outside_admin": context.outside_admin,
    }
