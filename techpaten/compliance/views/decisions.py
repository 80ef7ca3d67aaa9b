"""Guided decisions (role finder, DSFA screening) and the plain-words pages on data protection and liability."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.engagements.access import engagement_for_participant
from techpaten.engagements.models import Engagement
from techpaten.paperwork import services as paperwork_services

from .. import dsfa, roles
from ..access import need_for_participant
from ..decision_forms import DsfaScreeningForm, RoleFinderForm

# Organisation.sponsor_kind → the role finder's answer on who stands behind the organisation.
BODY_FOR_SPONSOR = {
    "public": roles.Body.PUBLIC,
    "independent": roles.Body.PRIVATE,
    "catholic": roles.Body.CATHOLIC,
    "protestant": roles.Body.PROTESTANT,
    "none": roles.Body.NONE,
}


def hub(request: HttpRequest) -> HttpResponse:
    return render(request, "compliance/hub.html")


def _engagement_param(request: HttpRequest) -> Engagement | None:
    """The engagement the role finder is answered for (?engagement=pk): participants only, 404 for everyone else."""
    raw = request.GET.get("engagement", "")
    if not raw or not request.user.is_authenticated:
        return None
    if not raw.isdigit():
        return None
    return engagement_for_participant(request, int(raw))


def role_finder(request: HttpRequest) -> HttpResponse:
    # A GET form: the answers are in the address and the result shows on the same page. Opened for an engagement,
    # the result can be stored for it (a POST to store_role): it then decides which contract is offered.
    engagement = _engagement_param(request)
    answered = any(name in request.GET for name in RoleFinderForm.base_fields)
    initial = {}
    if engagement is not None and engagement.organisation.sponsor_kind in BODY_FOR_SPONSOR:
        initial["body"] = BODY_FOR_SPONSOR[engagement.organisation.sponsor_kind].value
    form = RoleFinderForm(request.GET if answered else None, initial=initial)
    outcome = roles.decide(form.answers()) if form.is_bound and form.is_valid() else None
    return render(request, "compliance/role_finder.html", {"form": form, "outcome": outcome, "engagement": engagement})


@login_required
@require_POST
def store_role(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Store the role finder's verdict for the engagement, decided again from the answers sent (never trusted)."""
    engagement = engagement_for_participant(request, pk)
    form = RoleFinderForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please answer all questions."))
        return redirect(f"{reverse('compliance:role_finder')}?engagement={engagement.pk}")
    outcome = roles.decide(form.answers())
    paperwork_services.store_role(engagement, outcome.verdict.value, request.user)
    messages.success(
        request, _("The role is stored for this engagement: %(headline)s") % {"headline": outcome.headline}
    )
    return redirect("paperwork:index", pk=engagement.pk)


def liability(request: HttpRequest) -> HttpResponse:
    return render(request, "compliance/liability.html")


@login_required
def dsfa_screening(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    need = need_for_participant(request, pk)
    screenings = list(need.dsfa_screenings.all())  # newest first (model ordering)
    latest = screenings[0] if screenings else None
    prefilled = dsfa.prefill(need)
    reasons = {name: reason for name, (_ticked, reason) in prefilled.items() if reason}
    if request.method == "POST":
        form = DsfaScreeningForm(request.POST, reasons=reasons)
        if form.is_valid():
            try:
                dsfa.record(need, request.user, form.answers(), form.cleaned_data["notes"])
            except ValidationError as error:
                form.add_error("notes", error)
            else:
                messages.success(request, _("The screening is stored with today's date."))
                return redirect("compliance:dsfa", pk=need.pk)
    else:
        form = DsfaScreeningForm(initial=dsfa.initial_answers(prefilled, latest), reasons=reasons)
    history = [(screening, dsfa.outcome(screening)) for screening in screenings]
    return render(
        request,
        "compliance/dsfa.html",
        {
            "need": need,
            "form": form,
            "latest": latest,
            "result": dsfa.outcome(latest) if latest is not None else None,
            "history": history,
            "from_prefill": latest is None and bool(reasons),
        },
    )
