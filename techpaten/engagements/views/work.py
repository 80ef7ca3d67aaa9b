"""Paid work offers (the team proposes, the organisation answers) and hours reports (the team reports)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation

from .. import work
from ..access import (
    engagement_for_team_member,
    hours_report_for_author,
    paid_work_for_org_admin,
    paid_work_for_proposer,
)
from ..forms import HoursForm, PaidWorkAnswerForm, PaidWorkForm
from .team import show_error, show_form_errors


@login_required
def propose_paid_work(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    engagement = engagement_for_team_member(request, pk)
    form = PaidWorkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                work.propose(
                    engagement, request.user, form.cleaned_data["scope"], form.cleaned_data["hours"], form.rate_cents
                )
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your offer of paid work has been sent to the organisation."))
            return redirect("engagements:detail", pk=engagement.pk)
    return render(request, "engagements/paid_work_form.html", {"engagement": engagement, "form": form})


@login_required
@require_POST
def answer_paid_work(request: AuthenticatedHttpRequest, pk: int, offer_pk: int) -> HttpResponse:
    offer = paid_work_for_org_admin(request, pk, offer_pk)
    engagement = offer.engagement
    form = PaidWorkAnswerForm(request.POST)
    if not form.is_valid():
        show_form_errors(request, form)
        return redirect("engagements:detail", pk=engagement.pk)
    action = form.cleaned_data["action"]
    try:
        with transaction.atomic():
            work.answer(offer, request.user, action, form.cleaned_data["note"])
    except RuleViolation as error:
        show_error(request, error)
    else:
        if action == "accept":
            messages.success(request, _("You accepted the offer of paid work. It is recorded with the engagement."))
        else:
            messages.success(request, _("You declined the offer of paid work. The team has been told."))
    return redirect("engagements:detail", pk=engagement.pk)


@login_required
@require_POST
def withdraw_paid_work(request: AuthenticatedHttpRequest, pk: int, offer_pk: int) -> HttpResponse:
    offer = paid_work_for_proposer(request, pk, offer_pk)
    engagement = offer.engagement
    try:
        with transaction.atomic():
            work.answer(offer, request.user, "withdraw")
    except RuleViolation as error:
        show_error(request, error)
    else:
        messages.success(request, _("You withdrew your offer of paid work. The organisation has been told."))
    return redirect("engagements:detail", pk=engagement.pk)


@login_required
def report_hours(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The form is also on the engagement page; this page shows it again with its errors."""
    engagement = engagement_for_team_member(request, pk)
    form = HoursForm(request.POST or None, initial={"month": timezone.localdate().replace(day=1)})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                work.report_hours(engagement, request.user, data["month"], data["hours"], data["note"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you! Your hours have been recorded."))
            return redirect("engagements:detail", pk=engagement.pk)
    return render(request, "engagements/hours_form.html", {"engagement": engagement, "form": form})


@login_required
@require_POST
def delete_hours(request: AuthenticatedHttpRequest, pk: int, report_pk: int) -> HttpResponse:
    report = hours_report_for_author(request, pk, report_pk)
    engagement = report.engagement
    try:
        with transaction.atomic():
            work.delete_hours(report, request.user)
    except RuleViolation as error:
        show_error(request, error)
    else:
        messages.success(request, _("Your hours report has been deleted."))
    return redirect("engagements:detail", pk=engagement.pk)
