"""allauth's mails go through our outbox too: rendered in the recipient's language, sent after commit."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.http import HttpRequest
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.utils import translation

from techpaten.mail import outbox

from .models import User


class AccountAdapter(DefaultAccountAdapter):
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

    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:  # type: ignore[override]
        # A new account starts in the language the person used to sign up.
        user.language = translation.get_language() or user.language
        return super().save_user(request, user, form, commit)  # type: ignore[no-any-return]
