"""The service inventory (Betriebshandbuch): list, add, read, edit, retire, and the export to keep."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.engagements.services import active_members

from . import export, services
from .access import organisation_for_inventory, service_for_viewer
from .forms import ServiceForm
from .models import Service


@login_required
def service_list(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """The organisation's running services with their due and overdue maintenance, and those retired."""
    organisation = organisation_for_inventory(request, slug)
    today = timezone.localdate()
    rows = [
        {"service": service, "attention": services.attention(service, today), "team": services.team_names(service)}
        for service in services.with_team(services.active_services(organisation))
    ]
    retired = list(services.retired_services(organisation).only("pk", "name", "updated_at"))
    return render(request, "inventory/list.html", {"organisation": organisation, "rows": rows, "retired": retired})


@login_required
def service_create(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation = organisation_for_inventory(request, slug)
    form = ServiceForm(
        request.POST if request.method == "POST" else None,
        instance=Service(organisation=organisation),
        organisation=organisation,
    )
    if request.method == "POST":
        if form.is_valid():
            service = services.add(form.save(commit=False), organisation)
            messages.success(request, _("The service is in the inventory."))
            return redirect("inventory:detail", pk=service.pk)
    else:
        preselected = form.engagement_from(request.GET.get("engagement"))
        if preselected is not None:
            form.initial["engagement"] = preselected.pk
    return render(request, "inventory/form.html", {"organisation": organisation, "form": form, "service": None})


@login_required
def service_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    service = service_for_viewer(request, pk)
    team = active_members(service.engagement) if service.engagement else []
    return render(
        request,
        "inventory/detail.html",
        {
            "service": service,
            "organisation": service.organisation,
            "maintenance": services.maintenance(service, timezone.localdate()),
            "team": [member.user for member in team if member.user is not None],
        },
    )


@login_required
def service_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    service = service_for_viewer(request, pk)
    form = ServiceForm(
        request.POST if request.method == "POST" else None, instance=service, organisation=service.organisation
    )
    if request.method == "POST" and form.is_valid():
        services.update(form.save(commit=False))
        messages.success(request, _("The changes are saved."))
        return redirect("inventory:detail", pk=service.pk)
    return render(
        request, "inventory/form.html", {"organisation": service.organisation, "form": form, "service": service}
    )


@login_required
@require_POST
def service_retire(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The service no longer runs: it leaves the handbook and the reminders, and stays in the history."""
    service = service_for_viewer(request, pk)
    if services.retire(service):
        messages.success(request, _("The service is marked as no longer running. It stays in the history."))
    else:
        messages.info(request, _("The service was already marked as no longer running."))
    return redirect("inventory:list", slug=service.organisation.slug)


@login_required
def handbook_print(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """The whole inventory as a page to print (print CSS hides navigation and buttons)."""
    organisation = organisation_for_inventory(request, slug)
    handbook = export.build(organisation, timezone.localdate())
    return render(request, "inventory/handbook.html", {"organisation": organisation, "handbook": handbook})


@login_required
def handbook_markdown(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation = organisation_for_inventory(request, slug)
    today = timezone.localdate()
    response = HttpResponse(
        export.markdown(export.build(organisation, today)), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{export.filename(organisation, today)}"'
    response["Cache-Control"] = "private, no-store"
    return response
