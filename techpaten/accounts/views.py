from __future__ import annotations

from typing import Any

from allauth.account import views as allauth_views
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techpaten.accounts.http import AuthenticatedHttpRequest

from . import kept_form, security
from .adapter import tell_verification_mail_throttled, verification_mail_allowed
from .forms import AccountSettingsForm


@login_required
def resend_kept_form(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A form sent just after the idle logout, shown to send it again (accounts/kept_form.py)."""
    kept = kept_form.take(request)
    if kept is None:
        return redirect("dashboard")
    return render(request, "accounts/kept_form.html", {"kept": kept})


@login_required
def account_settings(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings have been saved."))
        response = redirect("account_settings")
        # Keep the language cookie in step, so the choice also holds after logging out.
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            form.cleaned_data["language"],
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
        )
        return response
    return render(
        request, "accounts/settings.html", {"form": form, "mfa_enabled": security.has_second_factor(request.user)}
    )


class EmailView(allauth_views.EmailView):  # type: ignore[misc]  # allauth ships no type information
    """allauth's e-mail page; a re-sent confirmation that the per-address limit held back says so."""

    def _action_send(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse | None:
        address = self._get_email_address(request)
        if address is not None and not address.verified and not verification_mail_allowed(request, address.email):
            tell_verification_mail_throttled(request)
            return None
        return super()._action_send(request, *args, **kwargs)  # type: ignore[no-any-return]


email = EmailView.as_view()
