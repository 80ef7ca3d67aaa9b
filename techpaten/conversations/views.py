from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.offers.access import offer_for_participant
from techpaten.offers.pages import render_detail

from . import inbox, services
from .forms import MessageForm


@login_required
@require_POST
def post_message(request: AuthenticatedHttpRequest, offer_pk: int) -> HttpResponse:
    """Write into an offer's conversation; errors re-render the offer page with the text kept."""
    offer = offer_for_participant(request, offer_pk)
    form = MessageForm(request.POST)
    if form.is_valid():
        try:
            services.post_message(offer, request.user, form.cleaned_data["body"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your message has been sent."))
            return redirect(reverse("offers:detail", args=[offer.pk]) + "#conversation")
    return render_detail(request, offer, message_form=form)


@login_required
@require_GET
def inbox_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    """All conversations of the person, newest activity first, unread ones marked."""
    page = inbox.inbox_page(request.user.pk, request.GET.get("before"))
    return render(request, "conversations/inbox.html", {"page": page})
