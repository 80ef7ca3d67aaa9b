from __future__ import annotations

import copy

from allauth.account.decorators import verified_email_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.page_cache import public_page
from techpaten.core.rules import RuleViolation
from techpaten.core.sections import collect

from . import services, verification
from .access import (
    is_admin,
    keeps_an_admin,
    membership,
    organisation_for_admin,
    organisation_for_member,
)
from .forms import InvitationForm, OrganisationForm
from .models import Invitation, Membership, Organisation


@verified_email_required  # type: ignore[untyped-decorator]  # allauth ships no type information
def create(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.create_organisation(request.user, form.instance)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your organisation has been created. Now describe what you need."))
            return redirect("organisations:detail", slug=organisation.slug)
    return render(request, "organisations/form.html", {"form": form})


@public_page
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The public page. The apps above add their sections (techpaten/core/sections.py): the contact details for
    whom engagements.access.may_see_contact lets in, the organisation's needs, the reviews."""
    organisation = get_object_or_404(Organisation.objects.select_related("sector"), slug=slug)
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "membership": membership(request.user, organisation),
            "may_edit": is_admin(request.user, organisation.pk),
            "may_verify": verification.may_start_mail_check(request.user, organisation),
            "may_vouch": not organisation.is_verified and verification.may_vouch(request.user, organisation),
            "contact_sections": collect("organisations.detail.contact", request, organisation),
            "sections": collect("organisations.detail", request, organisation),
        },
    )


@login_required
def edit(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation, _membership = organisation_for_admin(request, slug)
    # The form edits a copy, so the page heading keeps the saved name while the form shows errors.
    form = OrganisationForm(request.POST or None, instance=copy.copy(organisation))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_organisation(request.user, form.instance)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("organisations:detail", slug=organisation.slug)
    return render(request, "organisations/form.html", {"form": form, "organisation": organisation})


def _members_page(
    request: HttpRequest, organisation: Organisation, mine: Membership, invite_form: InvitationForm | None = None
) -> HttpResponse:
    memberships = list(
        Membership.objects.filter(organisation=organisation)
        .select_related("user", "user__volunteer_profile")
        .order_by("role", "created_at")
    )
    admin_count = sum(1 for m in memberships if m.is_admin)
    context = {
        "organisation": organisation,
        "membership": mine,
        # (membership, whether it may lose its admin role or be removed: one admin always stays)
        "memberships": [(m, keeps_an_admin(m, admin_count)) for m in memberships],
        "manages_members": mine.is_admin,
    }
    if mine.is_admin:
        context["invite_form"] = invite_form or InvitationForm()
        context["invitations"] = services.pending_invitations(organisation)
    return render(request, "organisations/members.html", context)


@login_required
def members(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation, mine = organisation_for_member(request, slug)
    return _members_page(request, organisation, mine)


@login_required
@require_POST
def invite(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation, mine = organisation_for_admin(request, slug)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            services.invite(request.user, organisation, form.cleaned_data["email"], form.cleaned_data["role"])
        except RuleViolation as error:
            form.add_error("email", error)
        else:
            messages.success(
                request,
                _("We have sent an invitation to %(email)s.") % {"email": form.cleaned_data["email"]},
            )
            return redirect("organisations:members", slug=organisation.slug)
    return _members_page(request, organisation, mine, invite_form=form)


@login_required
@require_POST
def change_role(request: AuthenticatedHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    organisation, _mine = organisation_for_admin(request, slug)
    target = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id, organisation=organisation)
    try:
        services.change_role(request.user, target, request.POST.get("role", ""))
    except RuleViolation as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s is now %(role)s.") % {"name": target.user.display_name, "role": target.get_role_display()},
        )
    return redirect("organisations:members", slug=organisation.slug)


@login_required
@require_POST
def remove_member(request: AuthenticatedHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    organisation, _mine = organisation_for_admin(request, slug)
    target = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id, organisation=organisation)
    try:
        services.remove_member(request.user, target)
    except RuleViolation as error:
        messages.error(request, error.message)
        return redirect("organisations:members", slug=organisation.slug)
    if target.user_id == request.user.pk:
        messages.success(request, _("You have left %(organisation)s.") % {"organisation": organisation.name})
        return redirect("dashboard")
    messages.success(
        request,
        _("%(name)s is no longer a member of %(organisation)s.")
        % {"name": target.user.display_name, "organisation": organisation.name},
    )
    return redirect("organisations:members", slug=organisation.slug)


@login_required
def accept_invitation(request: AuthenticatedHttpRequest, token: str) -> HttpResponse:
    # The token is the access: an unknown one is 404. A used or expired link, or one sent to another address, says
    # so plainly (whoever holds the link knows it exists); neither page names the organisation or the address.
    invitation = get_object_or_404(Invitation.objects.select_related("organisation", "invited_by"), token=token)
    if not invitation.is_usable:
        context = {"reason": "used", "days": settings.INVITATION_EXPIRY_DAYS}
        return render(request, "organisations/invitation_refused.html", context, status=410)
    if not services.may_accept(request.user, invitation):
        return render(
            request,
            "organisations/invitation_refused.html",
            {"reason": "address", "email": request.user.email},
            status=403,
        )
    organisation = invitation.organisation
    if request.method == "POST":
        try:
            _membership, created = services.accept_invitation(request.user, invitation)
        except RuleViolation as error:
            messages.error(request, error.message)
            return redirect("dashboard")
        if created:
            messages.success(request, _("Welcome to %(organisation)s!") % {"organisation": organisation.name})
        else:
            messages.info(
                request, _("You are already a member of %(organisation)s.") % {"organisation": organisation.name}
            )
        return redirect("organisations:detail", slug=organisation.slug)
    return render(
        request,
        "organisations/invitation.html",
        {
            "invitation": invitation,
            "organisation": organisation,
            "already_member": membership(request.user, organisation) is not None,
        },
    )
