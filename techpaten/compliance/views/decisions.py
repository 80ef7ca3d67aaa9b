"""Guided decisions (role finder, DSFA screening) and the plain-words pages on data protection and liability."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import dsfa, roles
from ..access import need_for_participant
from ..decision_forms import DsfaScreeningForm, RoleFinderForm


def hub(request: HttpRequest) -> HttpResponse:
    return render(request, "compliance/hub.html")


def role_finder(request: HttpRequest) -> HttpResponse:
    # A GET form: the answers are in the address, nothing is stored, the result shows on the same page.
    form = RoleFinderForm(request.GET or None)
    outcome = roles.decide(form.answers()) if form.is_bound and form.is_valid() else None
    return render(request, "compliance/role_finder.html", {"form": form, "outcome": outcome})


def liability(request: HttpRequest) -> HttpResponse:
    return render(request, "compliance/liability.html")


@login_required
def dsfa_screening(request: HttpRequest, pk: int) -> HttpResponse:
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
