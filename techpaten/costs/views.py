"""Costs: the public transparency page of an organisation with its pledge form, the engagement's cost view, adding
and changing cost items, and the admins' list of pledges to confirm."""

from __future__ import annotations

import copy
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.accounts.security_log import client_ip
from techpaten.core.rules import RuleViolation
from techpaten.engagements.access import engagement_for_participant
from techpaten.inventory.models import Service
from techpaten.organisations.access import is_admin, organisation_for_admin
from techpaten.organisations.models import Organisation

from . import confirmation, services
from .access import can_edit, engagement_for_editor, item_for_editor, organisation_taking_pledges, pledge_for_admin
from .forms import CostItemForm, PledgeForm
from .models import CostItem, Pledge


def _pledge_initial(request: HttpRequest) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    item = request.GET.get("item", "")
    if item.isdigit() and len(item) < 12:
        initial["cost_item"] = int(item)
    user = request.user
    if user.is_authenticated:
        initial.update(name=getattr(user, "name", "") or "", email=getattr(user, "email", ""))
    return initial


def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    """Public: what the organisation's infrastructure costs per month, how much is covered, what is open."""
    found = get_object_or_404(Organisation, slug=slug)
    items = list(services.items_for_organisation(found))
    overview = services.overview(items, found.pk)
    pledgeable = [item.pk for item in overview.pledgeable]
    form = None
    if pledgeable:
        form = PledgeForm(items=CostItem.objects.filter(pk__in=pledgeable), initial=_pledge_initial(request))
    return render(
        request,
        "costs/organisation.html",
        {
            "organisation": found,
            "overview": overview,
            "supporters": services.public_supporters(items),
            "form": form,
            "is_admin": is_admin(request.user, found.pk),
        },
    )


def pledge(request: HttpRequest, slug: str) -> HttpResponse:
    """Anyone may pledge an amount per month; no money moves here, the organisation gets in touch."""
    found, items = organisation_taking_pledges(slug)
    form = PledgeForm(request.POST if request.method == "POST" else None, items=items, initial=_pledge_initial(request))
    if request.method == "POST":
        thanks = _(
            "Thank you for your pledge! Please confirm your e-mail address with the link we have just sent you; "
            "only then does the organisation see your pledge."
        )
        if form.is_bot:  # the honeypot is filled: answer as usual, keep and send nothing
            messages.success(request, thanks)
            return redirect("costs:organisation", slug=found.slug)
        if form.is_valid():
            try:
                made = services.create_pledge(
                    form.cleaned_data["cost_item"],
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    amount_cents=form.amount_cents,
                    show_name=form.cleaned_data["show_name"],
                    supporter=request.user,
                    ip=client_ip(request),
                    language=translation.get_language() or "",
                )
            except RuleViolation as error:
                form.add_error(None, error)
            else:
                if made.email_confirmed_at is not None:  # a signed-in supporter's own address: nothing to confirm
                    thanks = _(
                        "Thank you for your pledge! We have sent you an e-mail; the organisation will get in touch."
                    )
                messages.success(request, thanks)
                return redirect("costs:organisation", slug=found.slug)
    return render(request, "costs/pledge.html", {"organisation": found, "form": form})


def confirm_pledge_email(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the supporter's mail. GET shows a button (mail scanners follow links), POST confirms."""
    found = confirmation.pledge_from_token(token)
    if found is None:
        return render(request, "costs/pledge_link_invalid.html", status=400)
    if request.method == "POST":
        if confirmation.confirm_pledge_address(found):
            messages.success(request, _("Your e-mail address is confirmed. The organisation will get in touch."))
        else:
            messages.info(request, _("You had already confirmed this pledge. The organisation will get in touch."))
        return redirect("costs:organisation", slug=found.cost_item.organisation.slug)
    return render(request, "costs/pledge_confirm_email.html", {"pledge": found, "token": token})


@login_required
def pledges(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """The organisation's admins: who pledged what, with the addresses to arrange the payment; confirm or end."""
    found, _membership = organisation_for_admin(request, slug)
    rows = list(
        services.visible_pledges()
        .filter(cost_item__organisation=found)
        .select_related("cost_item")
        .order_by("-created_at", "-pk")
    )
    groups = [
        ("to-confirm", _("To confirm"), [p for p in rows if p.status == Pledge.Status.PLEDGED]),
        ("confirmed", _("Confirmed"), [p for p in rows if p.status == Pledge.Status.CONFIRMED]),
        ("ended", _("Ended"), [p for p in rows if p.status == Pledge.Status.ENDED]),
    ]
    for pledge in rows:
        pledge.may_confirm = services.may_confirm(pledge)  # type: ignore[attr-defined]
        pledge.may_end = services.may_end(pledge)  # type: ignore[attr-defined]
    return render(request, "costs/pledges.html", {"organisation": found, "groups": groups})


def _answer_pledge(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    found = pledge_for_admin(request, pk)
    try:
        with transaction.atomic():
            if action == "confirm":
                services.confirm_pledge(found, request.user)
                messages.success(request, _("The pledge is confirmed. We have thanked the supporter by e-mail."))
            else:
                services.end_pledge(found, request.user)
                messages.success(request, _("The pledge has ended. It no longer counts towards your costs."))
    except RuleViolation as error:
        messages.error(request, "; ".join(error.messages))
    return redirect("costs:pledges", slug=found.cost_item.organisation.slug)


@login_required
@require_POST
def confirm_pledge(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _answer_pledge(request, pk, "confirm")


@login_required
@require_POST
def end_pledge(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _answer_pledge(request, pk, "end")


@login_required
def engagement(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The participants: the engagement's items with the services they run, the split of shared items, totals."""
    found = engagement_for_participant(request, pk)
    items = list(services.items_for_engagement(found).prefetch_related("services"))
    editor = can_edit(request.user, found.organisation_id)
    return render(
        request,
        "costs/engagement.html",
        {
            "engagement": found,
            "organisation": found.organisation,
            "overview": services.overview(items, found.organisation_id),
            "can_edit": editor,
            # A shared item is changed on its holder's page only (where its split is set).
            "editable": {item.pk for item in items if item.organisation_id == found.organisation_id}
            if editor
            else set(),
        },
    )


def _item_page(request: HttpRequest, item: CostItem) -> HttpResponse:
    """Add or change an item. The form edits a copy, so the heading keeps the saved description while it shows
    errors."""
    candidates = services.share_candidates(item.organisation, item.engagement)
    weights = {share.organisation_id: share.weight for share in item.shares.all()} if item.pk else {}
    form = CostItemForm(
        request.POST if request.method == "POST" else None,
        instance=copy.copy(item),
        services=Service.objects.filter(organisation=item.organisation).order_by("name", "pk"),
        candidates=candidates,
        weights=weights,
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_item(form.save(commit=False), form.cleaned_data.get("services", []), form.weights())
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The cost item is saved."))
            if saved.engagement_id is not None:
                return redirect("costs:engagement", pk=saved.engagement_id)
            return redirect("costs:organisation", slug=saved.organisation.slug)
    return render(
        request,
        "costs/form.html",
        {"form": form, "item": item, "organisation": item.organisation, "engagement": item.engagement},
    )


@login_required
def create(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """A new cost item of the engagement (the organisation's admins and the active team)."""
    found = engagement_for_editor(request, pk)
    return _item_page(request, CostItem(organisation=found.organisation, engagement=found))


@login_required
def edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _item_page(request, item_for_editor(request, pk))
