"""Kennenlernen: propose a first meeting on an offer, answer it, call it off, and take it home as an .ics file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.offers.access import offer_for_participant
from techpaten.offers.pages import render_detail

from . import ical as ical_file
from . import services
from .access import meeting_for_calendar, meeting_for_participant
from .forms import ProposeForm
from .models import FirstMeeting


def _back(offer_id: int) -> HttpResponse:
    return redirect(reverse("offers:detail", args=[offer_id]) + "#meetings")


@login_required
@require_POST
def propose(request: AuthenticatedHttpRequest, offer_pk: int) -> HttpResponse:
    """Errors re-render the offer page with the form as it was filled in."""
    offer = offer_for_participant(request, offer_pk)
    form = ProposeForm(request.POST)
    if form.is_valid():
        try:
            with transaction.atomic():
                services.propose(
                    offer,
                    request.user,
                    starts_at=form.starts_at(),
                    duration_minutes=form.cleaned_data["duration_minutes"],
                    place=form.cleaned_data["place"],
                    link=form.cleaned_data["link"],
                    note=form.cleaned_data["note"],
                )
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your proposal for a first meeting has been sent. The other side confirms it."))
            return _back(offer.pk)
    return render_detail(request, offer, meeting_form=form)


def _answer(
    request: AuthenticatedHttpRequest, pk: int, action: Callable[[FirstMeeting, Any], FirstMeeting], done: str
) -> HttpResponse:
    meeting = meeting_for_participant(request, pk)
    try:
        with transaction.atomic():
            action(meeting, request.user)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return _back(meeting.offer_id)


@login_required
@require_POST
def confirm(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, services.confirm, _("You confirmed the first meeting. The other side has been told."))


@login_required
@require_POST
def decline(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, services.decline, _("You declined the proposal. The other side has been told."))


@login_required
@require_POST
def cancel(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, services.cancel, _("You cancelled the first meeting. The other side has been told."))


@login_required
@require_GET
def ical(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Only a confirmed meeting goes into a calendar."""
    meeting = meeting_for_calendar(request, pk)
    response = HttpResponse(ical_file.calendar(meeting), content_type=ical_file.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{ical_file.filename(meeting)}"'
    response["Cache-Control"] = "private, no-store"
    return response
