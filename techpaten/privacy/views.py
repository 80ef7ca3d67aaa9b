"""One's own data: see it, download it, delete the account (after confirming the password again)."""

from __future__ import annotations

import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from techpaten.accounts import security_log
from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation

from . import last_member, services
from .categories import CATEGORIES, export_all
from .forms import DeleteAccountForm, HandOverForm
from .retention import ENDED_OFFER_DAYS


@never_cache
@login_required
@require_GET
def my_data(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Everything stored about the person, readable; only their own records (see categories.py)."""
    data = export_all(request.user)
    sections = [(category, data[category.key]) for category in CATEGORIES]
    return render(request, "privacy/my_data.html", {"sections": sections, "exported_at": data["exported_at"]})


@never_cache
@login_required
@require_GET
def download(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The same as `my_data`, as a JSON file (Art. 20 GDPR: a structured, machine-readable format)."""
    data = export_all(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"techpaten-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
# allauth asks for the password (or a second factor) again before the POST, then replays it; the page itself is free.
@reauthentication_required(allow_get=True)  # type: ignore[untyped-decorator]  # allauth ships no type information
def delete_account(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user_pk = user.pk
        try:
            services.delete_account(user)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            security_log.event("account_deleted", request=request, user=user_pk)
            logout(request)
            messages.success(request, _("Your account has been deleted. Thank you for having been part of Techpaten."))
            return redirect("home")
    plan = services.plan(user)
    context = {
        "form": form,
        "plan": plan,
        "losses": [last_member.loss(organisation) for organisation in plan.deleted_with_account],
        "hand_over_form": HandOverForm(),
        "blocking_message": services.blocking_message(plan.blocking) if plan.blocking else "",
        "ended_offer_days": ENDED_OFFER_DAYS,
    }
    return render(request, "privacy/delete_account.html", context)


@login_required
@require_POST
def hand_over(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """Before deleting the account: invite a team volunteer (by id) or another address as admin of an organisation
    that would otherwise go with it. Only for organisations the person is the only member of (404 otherwise)."""
    plan = services.plan(request.user)
    organisation = next((o for o in plan.deleted_with_account if o.slug == slug), None)
    if organisation is None:
        raise Http404
    form = HandOverForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(error) for error in errors))
        return redirect("privacy:delete_account")
    try:
        invited = last_member.hand_over(
            request.user, organisation, volunteer_id=form.cleaned_data["volunteer"], email=form.cleaned_data["email"]
        )
    except RuleViolation as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _(
                "We have invited %(name)s to be an admin of %(organisation)s. Once the invitation is accepted, the "
                "organisation stays when you delete your account."
            )
            % {"name": invited, "organisation": organisation.name},
        )
    return redirect("privacy:delete_account")
