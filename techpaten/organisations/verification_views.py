"""The verification pages of an organisation (rules and writes: organisations.verification)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation

from . import verification
from .access import organisation_for_verifier
from .models import Organisation
from .verification_forms import DocumentCheckForm, MailCheckForm, VouchForm


def _page(request: HttpRequest, organisation: Organisation, **forms: object) -> HttpResponse:
    context = {
        "organisation": organisation,
        "verifications": organisation.verifications.select_related("verified_by").all(),
        "mail_form": forms.get("mail_form") or MailCheckForm(),
        "document_form": forms.get("document_form") or DocumentCheckForm(),
    }
    return render(request, "organisations/verification.html", context)


@login_required
def overview(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _page(request, organisation_for_verifier(request, slug))


@login_required
@require_POST
def start_mail(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation = organisation_for_verifier(request, slug)
    form = MailCheckForm(request.POST)
    if form.is_valid():
        try:
            domain = verification.start_mail_check(organisation, request.user, form.cleaned_data["email"])
        except RuleViolation as error:
            form.add_error("email", error)
        else:
            messages.success(request, _("The confirmation mail is on its way to %(domain)s.") % {"domain": domain})
            return redirect("organisations:verification", slug=organisation.slug)
    return _page(request, organisation, mail_form=form)


@login_required
@require_POST
def verify_by_document(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    if not request.user.is_staff:
        raise Http404
    organisation = get_object_or_404(Organisation, slug=slug)
    form = DocumentCheckForm(request.POST)
    if form.is_valid():
        verification.verify_by_document(organisation, request.user, form.cleaned_data["note"])
        messages.success(request, _("The organisation is verified."))
        return redirect("organisations:verification", slug=organisation.slug)
    return _page(request, organisation, document_form=form)


@login_required
@require_POST
def revoke(request: AuthenticatedHttpRequest, slug: str, pk: int) -> HttpResponse:
    if not request.user.is_staff:
        raise Http404
    organisation = get_object_or_404(Organisation, slug=slug)
    found = get_object_or_404(organisation.verifications, pk=pk)
    try:
        verification.revoke(found, request.user, request.POST.get("reason", ""))
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The verification is revoked."))
    return redirect("organisations:verification", slug=organisation.slug)


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the confirmation mail: GET asks, POST records (a mail scanner's GET must not verify)."""
    try:
        organisation, domain, _started_by = verification.read_token(token)
    except RuleViolation as error:
        refused = {"error": " ".join(error.messages)}
        return render(request, "organisations/confirm_verification.html", refused, status=400)
    if request.method == "POST":
        verification.confirm_mail_check(token)
        messages.success(request, _("Thank you: %(name)s is verified.") % {"name": organisation.name})
        return redirect("organisations:detail", slug=organisation.slug)
    context: dict[str, object] = {"organisation": organisation, "domain": domain}
    return render(request, "organisations/confirm_verification.html", context)


@login_required
def vouch(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """A trusted volunteer vouches for an informal group; 404 for everybody who may not."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not verification.may_vouch(request.user, organisation):
        raise Http404
    form = VouchForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        verification.vouch_for_group(organisation, request.user, form.cleaned_data["note"])
        messages.success(request, _("Thank you: the group is verified by your word."))
        return redirect("organisations:detail", slug=organisation.slug)
    return render(
        request,
        "organisations/vouch.html",
        {"organisation": organisation, "form": form, "vouching_as_staff": verification.trusted_as_staff(request.user)},
    )
