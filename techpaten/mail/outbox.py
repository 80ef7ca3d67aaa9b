"""The one way to send a mail: `send(...)`.

A mail is rendered in the recipient's language from three templates (subject, text, HTML), stored as an
`OutgoingMail` row in the caller's transaction, and handed to the task queue only after that transaction
commits: a rolled-back write sends nothing.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingMail

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Backoff after each failed attempt: 1, 2, 4, … minutes, capped at six hours.
BACKOFF_BASE_SECONDS = 60
BACKOFF_CAP_SECONDS = 6 * 3600


def recipient_language(user: Any | None, fallback: str | None = None) -> str:
    if user is not None and getattr(user, "language", None):
        return str(user.language)
    return fallback or translation.get_language() or settings.LANGUAGE_CODE


def render(template: str, context: dict[str, Any], language: str) -> tuple[str, str, str]:
    """(subject, text, html) for `mail/<template>_subject.txt`, `_body.txt`, `_body.html`."""
    with translation.override(language):
        ctx = {"site_url": settings.SITE_URL, **context}
        subject = render_to_string(f"{template}_subject.txt", ctx)
        text = render_to_string(f"{template}_body.txt", ctx)
        html = render_to_string(f"{template}_body.html", ctx)
    return " ".join(subject.split()), text, html


def send(
    template: str, to: str, context: dict[str, Any], *, user: Any | None = None, language: str = ""
) -> OutgoingMail:
    """Queue a mail to one address in the recipient's language (the user's, else `language`, else the active one)."""
    lang = language or recipient_language(user)
    subject, text, html = render(template, {**context, "recipient": user}, lang)
    return queue(kind=template, to=to, language=lang, subject=subject, text=text, html=html)


def queue(*, kind: str, to: str, language: str, subject: str, text: str, html: str) -> OutgoingMail:
    mail = OutgoingMail.objects.create(
        kind=kind, to=to, language=language, subject=subject, body_text=text, body_html=html
    )
    transaction.on_commit(lambda: _enqueue(mail.pk))
    return mail


def _enqueue(mail_id: int) -> None:
    from .tasks import deliver_mail

    deliver_mail.enqueue(mail_id)


def deliver(mail_id: int) -> bool:
    """Send one queued mail. Claimed with compare-and-swap, so two workers never send it twice."""
    now = timezone.now()
    claimed = OutgoingMail.objects.filter(pk=mail_id, status=OutgoingMail.Status.QUEUED).update(
        status=OutgoingMail.Status.SENDING, attempts=F("attempts") + 1
    )
    if claimed != 1:
        return False
    mail = OutgoingMail.objects.get(pk=mail_id)
    message = EmailMultiAlternatives(
        subject=mail.subject, body=mail.body_text, from_email=settings.DEFAULT_FROM_EMAIL, to=[mail.to]
    )
    if mail.body_html:
        message.attach_alternative(mail.body_html, "text/html")
    try:
        message.send()
    except Exception as error:  # noqa: BLE001 - any transport error: keep the mail, retry later
        delay = min(BACKOFF_BASE_SECONDS * 2 ** (mail.attempts - 1), BACKOFF_CAP_SECONDS)
        failed = mail.attempts >= MAX_ATTEMPTS
        OutgoingMail.objects.filter(pk=mail_id).update(
            status=OutgoingMail.Status.FAILED if failed else OutgoingMail.Status.QUEUED,
            next_attempt_at=now + timedelta(seconds=delay),
            last_error=type(error).__name__[:300],
        )
        # The address and the error class only: never the mail's content.
        log.warning("mail %s to be retried (attempt %s): %s", mail_id, mail.attempts, type(error).__name__)
        return False
    OutgoingMail.objects.filter(pk=mail_id).update(
        status=OutgoingMail.Status.SENT, sent_at=timezone.now(), body_text="", body_html="", last_error=""
    )
    return True


def retry_due(now: Any | None = None) -> int:
    """Hand every queued mail whose retry time has come back to the task queue; returns how many."""
    now = now or timezone.now()
    due = list(
        OutgoingMail.objects.filter(status=OutgoingMail.Status.QUEUED, next_attempt_at__lte=now).values_list(
            "pk", flat=True
        )
    )
    for mail_id in due:
        _enqueue(mail_id)
    return len(due)
