"""allauth's mails go through our outbox too: rendered in the recipient's language, sent after commit."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy

from techpaten.mail import outbox

from . import security, security_log
from .models import User


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]  # allauth ships no type information
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": gettext_lazy(
            "Too many failed attempts to log in. Please wait a few minutes and try again, or reset your password."
        ),
    }

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        request = getattr(self, "request", None)
        user = context.get("user") or User.objects.filter(email__iexact=email).first()
        language = outbox.recipient_language(user if isinstance(user, User) else None)
        ctx: dict[str, Any] = {"email": email, "request": request, "site_url": settings.SITE_URL}
        if request is not None:
            ctx["current_site"] = get_current_site(request)
        ctx.update(context)
        with translation.override(language):
            message = self.render_mail(template_prefix, email, ctx)
            text = str(message.body)
            try:
                html = render_to_string(f"{template_prefix}_message.html", ctx)
            except TemplateDoesNotExist:
                html = render_to_string("mail/allauth_wrapper.html", {**ctx, "text": text})
        outbox.queue(
            kind=template_prefix, to=email, language=language, subject=str(message.subject), text=text, html=html
        )

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        request = getattr(self, "request", None)
        if request is not None and security.signed_in_recently(request):
            return False  # a fresh login counts as recent authentication (security.signed_in_recently)
        return bool(super().is_reauthentication_required(app=app, **kwargs))

    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        # A new account starts in the language the person used to sign up.
        user.language = translation.get_language() or user.language
        return super().save_user(request, user, form, commit)  # type: ignore[no-any-return]

    def should_send_confirmation_mail(self, request: HttpRequest, email_address: Any, signup: bool) -> bool:
        # allauth skips a confirmation mail silently when the address had one a moment ago; say so instead.
        if not signup and not verification_mail_allowed(request, email_address.email):
            tell_verification_mail_throttled(request)
            return False
        return bool(super().should_send_confirmation_mail(request, email_address, signup))

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        # allauth refuses with a form error once login_failed is exhausted: worth a line in the security log.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            security_log.event("rate_limited", request=request, action="login_failed")
            raise


def verification_mail_allowed(request: HttpRequest, email: str) -> bool:
    """Whether allauth's confirm_email limit for this address would let another confirmation mail go out now."""
    from allauth.account.internal.flows.email_verification import consume_email_verification_rate_limit

    return bool(consume_email_verification_rate_limit(request, email, dry_run=True))


def tell_verification_mail_throttled(request: HttpRequest) -> None:
    security_log.event("rate_limited", request=request, action="confirm_email")
    messages.warning(
        request,
        gettext_lazy(
            "We sent a confirmation e-mail to this address a short while ago, so we are not sending another one yet. "
            "Please look in your inbox and spam folder, or try again in a few minutes."
        ),
    )


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]  # allauth ships no type information
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff and reviewers must keep a second factor: they can swap one for another, not remove the last."""
        user = authenticator.user
        if authenticator.type == Authenticator.Type.RECOVERY_CODES or not security.is_privileged(user):
            return True
        others = Authenticator.objects.filter(
            user_id=user.pk, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
        ).exclude(pk=authenticator.pk)
        return bool(others.exists())
