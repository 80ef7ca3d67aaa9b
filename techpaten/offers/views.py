"""Offers: make one, read one (with its conversation), and the answers — accept, decline, withdraw."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.conversations.forms import MessageForm
from techpaten.conversations.models import Message
from techpaten.conversations.services import is_open as conversation_is_open
from techpaten.core.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.needs.access import need_for_viewer
from techpaten.organisations.access import can_see_contact, is_admin
from techpaten.volunteers.teams import active_teams

from . import services
from .access import offer_for_participant
from .forms import DecisionForm, OfferForm, WithdrawForm
from .models import Offer


@login_required
def create(request: AuthenticatedHttpRequest, need_pk: int) -> HttpResponse:
    need = need_for_viewer(request, need_pk)
    if not hasattr(request.user, "volunteer_profile"):
        messages.info(
            request, _("Please create your volunteer profile first: the organisation sees it with your offer.")
        )
        here = reverse("offers:create", args=[need.pk])
        return redirect(f"{reverse('volunteers:edit_profile')}?{urlencode({'next': here})}")
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
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    offer = offer_for_participant(request, pk)
    return render(request, "offers/detail.html", detail_context(request, offer))


def detail_context(request: HttpRequest, offer: Offer, **overrides: Any) -> dict[str, Any]:
    """What the offer page shows; the conversation view re-renders it with its form's errors."""
    user = request.user
    organisation = offer.need.organisation
    profile = getattr(offer.volunteer, "volunteer_profile", None)
    is_volunteer = offer.volunteer_id == user.pk
    context: dict[str, Any] = {
        "offer": offer,
        "need": offer.need,
        "organisation": organisation,
        "profile": profile,
        "skills": list(profile.skills.all()) if profile else [],
        "is_volunteer": is_volunteer,
        "show_contact": can_see_contact(user, organisation),
        "may_accept": services.may(user, offer, "accept"),
        "may_decline": services.may(user, offer, "decline"),
        "may_withdraw": services.may(user, offer, "withdraw"),
        "accept_form": DecisionForm(prefix="accept"),
        "decline_form": DecisionForm(prefix="decline"),
        "withdraw_form": WithdrawForm(prefix="withdraw"),
        "conversation": Message.objects.filter(offer=offer).select_related("author"),
        "conversation_open": conversation_is_open(offer),
        "message_form": MessageForm(),
    }
    context.update({key: value for key, value in overrides.items() if value is not None})
    return context


def _decide(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    offer = offer_for_participant(request, pk)
    # Members who are not admins see the offer but may not answer it.
    if not is_admin(request.user, offer.need.organisation_id):
        raise PermissionDenied
    form = DecisionForm(request.POST, prefix=action)
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors["message"]))
        return redirect("offers:detail", pk=offer.pk)
    try:
        if action == "accept":
            services.accept(offer, request.user, form.cleaned_data["message"])
            messages.success(request, _("You accepted the offer. The volunteer now sees your contact details."))
        else:
            services.decline(offer, request.user, form.cleaned_data["message"])
            messages.success(request, _("You declined the offer. The volunteer has been told."))
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    return redirect("offers:detail", pk=offer.pk)


@require_POST
@login_required
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, "accept")


@require_POST
@login_required
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, "decline")


@require_POST
@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    offer = offer_for_participant(request, pk)
    if offer.volunteer_id != request.user.pk:
        raise PermissionDenied  # only the volunteer takes back their own offer
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
