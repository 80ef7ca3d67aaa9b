"""The account settings' token pages: create (the secret is shown once), list with last use, revoke."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.accounts.security import require_recent_login
from techpaten.core.rules import RuleViolation
from techpaten.engagements.access import engagement_for_org_admin

from . import tokens as token_services
from .access import token_for_owner
from .forms import TokenForm
from .models import ServicePublication

# The new token's secret waits in the (server-side) session for the page after the redirect, which shows it once.
NEW_SECRET = "api_new_token_secret"  # noqa: S105 - the session key, not a secret


@require_recent_login
def tokens(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A token is a password for scripts: creating one asks for the password again, like other sensitive changes."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = token_services.create_token(
                request.user, form.cleaned_data["name"], form.cleaned_data["scope"]
            )
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            request.session[NEW_SECRET] = secret
            return redirect("api_pages:tokens")
    secret = request.session.pop(NEW_SECRET, None)
    return render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": token_services.tokens_of(request.user), "new_secret": secret},
    )


@login_required
@require_POST
def revoke(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    token = token_for_owner(request, pk)
    token_services.revoke(token)
    messages.success(request, _("The token “%(name)s” is revoked. It no longer works.") % {"name": token.name})
    return redirect("api_pages:tokens")


@login_required
@require_POST
def publish_services(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The organisation's admins switch the engagement's public service list on or off."""
    engagement = engagement_for_org_admin(request, pk)
    with transaction.atomic():
        if request.POST.get("publish") == "1":
            ServicePublication.objects.get_or_create(engagement=engagement, defaults={"agreed_by": request.user})
            messages.success(request, _("The list of services is published."))
        else:
            ServicePublication.objects.filter(engagement=engagement).delete()
            messages.success(request, _("The list of services is no longer published."))
    return redirect("engagements:detail", pk=engagement.pk)
