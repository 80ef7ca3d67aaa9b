"""The review forms (organisation about a volunteer, volunteer about the organisation) and the single reply."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation

from . import services
from .access import feedback_for_reviewed, need_for_reviewing_organisation, need_for_reviewing_volunteer
from .forms import ReplyForm, ReviewForm
from .models import Feedback


def _blocked(check: Callable[..., None], *args: object) -> str:
    """The rule's message when the person may not write now (shown instead of the form), else ""."""
    try:
        check(*args)
    except RuleViolation as error:
        return " ".join(error.messages)
    return ""


@login_required
def review_volunteer(request: AuthenticatedHttpRequest, need_pk: int, user_pk: int) -> HttpResponse:
    need, volunteer = need_for_reviewing_volunteer(request, need_pk, user_pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                services.write_about_volunteer(need, request.user, volunteer, form.cleaned_data["text"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. Your review is shown on the volunteer's profile."))
            return redirect("needs:detail", pk=need.pk)
    blocked = "" if form.is_bound else _blocked(services.check_may_review_volunteer, need, request.user, volunteer)
    return render(
        request,
        "feedback/review_form.html",
        {
            "need": need,
            "form": form,
            "blocked": blocked,
            "subject_name": services.public_name(volunteer),
            "about_volunteer": True,
        },
    )


@login_required
def review_organisation(request: AuthenticatedHttpRequest, need_pk: int) -> HttpResponse:
    need = need_for_reviewing_organisation(request, need_pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                services.write_about_organisation(need, request.user, form.cleaned_data["text"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. Your review is shown on the organisation's page."))
            return redirect("organisations:detail", slug=need.organisation.slug)
    blocked = "" if form.is_bound else _blocked(services.check_may_review_organisation, need, request.user)
    return render(
        request,
        "feedback/review_form.html",
        {
            "need": need,
            "form": form,
            "blocked": blocked,
            "subject_name": need.organisation.name,
            "about_volunteer": False,
        },
    )


@login_required
def reply(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    feedback = feedback_for_reviewed(request, pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                services.reply(feedback, request.user, form.cleaned_data["text"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your reply has been published below the review."))
            return redirect(_where_shown(feedback))
    blocked = "" if form.is_bound else _blocked(services.check_may_reply, request.user, feedback)
    return render(
        request,
        "feedback/reply.html",
        {
            "feedback": feedback,
            "form": form,
            "blocked": blocked,
            "author_name": services.public_name(feedback.author),
            "shown_at": _where_shown(feedback),
        },
    )


def _where_shown(feedback: Feedback) -> str:
    """The public page that shows the review: the volunteer's profile, or the organisation's page."""
    if feedback.direction == Feedback.Direction.ABOUT_ORGANISATION and feedback.organisation is not None:
        return reverse("organisations:detail", args=[feedback.organisation.slug])
    profile = getattr(feedback.volunteer, "volunteer_profile", None)
    if profile is not None:
        return reverse("volunteers:detail", args=[profile.pk])
    return reverse("dashboard")
