"""Offers: make one, read one (with its conversation), and the answers — accept, decline, withdraw."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.needs.access import need_for_viewer
from techpaten.volunteers.teams import active_teams

from . import pages, rules, services
from .access import offer_for_org_admin, offer_for_participant, offer_for_volunteer
from .forms import DecisionForm, OfferForm, WithdrawForm


@login_required
def create(request: AuthenticatedHttpRequest, need_pk: int) -> HttpResponse:
    need = need_for_viewer(request, need_pk)
    if not hasattr(request.user, "volunteer_profile"):
        messages.info(
            request, _("Please create your volunteer profile first: the organisation sees it with your offer.")
        )
        here = reverse("offers:create", args=[need.pk])
        return redirect(f"{reverse('volunteers:edit_profile')}?{urlencode({'next': here})}")
    # Say why not before anybody writes a message (the cap, an offer already made); a POST still meets the rule in
    # make_offer, which is what counts.
    refused = rules.refusal(request.user, need) if request.method != "POST" else None
    if refused is not None:
        return render(request, "offers/create.html", {"need": need, "refused": refused})
    form = OfferForm(request.POST or None, teams=active_teams(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            offer = services.make_offer(
                need,
                request.user,
                form.cleaned_data["message"],
                form.cleaned_data["hours_per_month"],
                team=form.cleaned_data.get("team"),
            )
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your offer has been sent. The organisation will get back to you."))
            return redirect("offers:detail", pk=offer.pk)
    return render(request, "offers/create.html", {"need": need, "form": form})


@login_required
def detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return pages.render_detail(request, offer_for_participant(request, pk))


def _decide(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    offer = offer_for_org_admin(request, pk)
    form = DecisionForm(request.POST, prefix=action)
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors["message"]))
        return redirect("offers:detail", pk=offer.pk)
    try:
        if action == "accept":
            services.accept(offer, request.user, form.cleaned_data["message"])
            messages.success(request, _("You accepted the offer. The volunteer now sees your contact details."))
            # Right after accepting, the offer page asks whether the team is complete (pages.ASK_TEAM_COMPLETE).
            return redirect(f"{reverse('offers:detail', args=[offer.pk])}?{pages.ASK_TEAM_COMPLETE}=1")
        else:
            services.decline(offer, request.user, form.cleaned_data["message"])
            messages.success(request, _("You declined the offer. The volunteer has been told."))
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    return redirect("offers:detail", pk=offer.pk)


@login_required
@require_POST
def accept(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, "accept")


@login_required
@require_POST
def decline(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, "decline")


@login_required
@require_POST
def withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    offer = offer_for_volunteer(request, pk)
    form = WithdrawForm(request.POST, prefix="withdraw")
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors["confirm"]))
        return redirect("offers:detail", pk=offer.pk)
    try:
        services.withdraw(offer, request.user)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You withdrew your offer. The organisation has been told."))
    return redirect("offers:detail", pk=offer.pk)
