from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.accounts.models import User
from techpaten.core.pagination import page_of
from techpaten.core.rules import RuleViolation

from . import services
from .access import report_for_staff, require_staff
from .forms import ActionForm, LiftForm, ReportForm
from .models import AuditEntry, Report
from .registry import kind_or_404

PER_PAGE = 20


@login_required
def report(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    """Report what one may see; the owning app's access helper decides that (404 otherwise)."""
    reportable = kind_or_404(kind)
    obj = reportable.for_reporter(request, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                services.report(request.user, kind, obj, form.cleaned_data["reason"], form.cleaned_data["note"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. Our team will look at your report."))
            return redirect(reportable.url(obj))
    context = {
        "form": form,
        "title": reportable.get_title(obj),
        "kind_label": reportable.label,
        "back": reportable.url(obj),
        "already_reported": services.open_report_exists(request.user, kind, pk),
    }
    return render(request, "moderation/report.html", context)


@login_required
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Open reports, oldest first (the longest waiting is worked first)."""
    require_staff(request)
    reports = (
        Report.objects.filter(status=Report.Status.OPEN)
        .select_related("reporter", "reporter__volunteer_profile")
        .order_by("created_at", "pk")
    )
    page = page_of(reports, request.GET.get("page"), PER_PAGE)
    return render(request, "moderation/queue.html", {"page_obj": page})


@login_required
def report_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """One report: the object, and the actions staff can take now (POST: take one, with a reason)."""
    found = report_for_staff(request, pk)
    reportable = kind_or_404(found.kind)
    obj = reportable.model._default_manager.filter(pk=found.object_id).first()
    labels = dict(AuditEntry.Action.choices)
    actions = [(action, labels[action]) for action in services.available_actions(found, obj)]
    form = ActionForm(request.POST or None, actions=actions)
    if request.method == "POST" and form.is_valid():
        try:
            services.act(found, request.user, form.cleaned_data["action"], form.cleaned_data["reason"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Done. The action is recorded in the audit log."))
            return redirect("moderation:queue")
    context = {
        "report": found,
        "kind_label": reportable.label,
        "object_url": reportable.url(obj) if obj is not None else None,
        "hidden": obj is not None and services.is_hidden(obj),
        "form": form if actions else None,
        "history": found.audit.select_related("actor", "actor__volunteer_profile").order_by("created_at", "pk"),
    }
    return render(request, "moderation/report_detail.html", context)


@login_required
def audit(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_staff(request)
    entries = AuditEntry.objects.select_related("actor", "actor__volunteer_profile").order_by("-created_at", "-pk")
    return render(request, "moderation/audit.html", {"page_obj": page_of(entries, request.GET.get("page"), PER_PAGE)})


@login_required
def suspended(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_staff(request)
    accounts = User.objects.filter(suspended_at__isnull=False).order_by("-suspended_at", "-pk")
    page = page_of(accounts, request.GET.get("page"), PER_PAGE)
    # One form per account, each with its own field ids (the labels must point at their own field).
    rows = [(account, LiftForm(auto_id=f"id_lift_{account.pk}_%s")) for account in page.object_list]
    return render(request, "moderation/suspended.html", {"page_obj": page, "rows": rows})


@login_required
@require_POST
def lift_suspension(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    require_staff(request)
    account = get_object_or_404(User, pk=pk)
    form = LiftForm(request.POST)
    try:
        if not form.is_valid():
            raise RuleViolation(_("Please give a reason: it is kept in the audit log."))
        services.lift_suspension(account, request.user, form.cleaned_data["reason"])
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The suspension is lifted: the account can log in again."))
    return redirect("moderation:suspended")
