"""The one way to send a mail: `send(...)`.

A mail is rendered in the recipient's language from three templates (subject, text, HTML), stored as an
`OutgoingMail` row in the caller's transaction, and handed to the task queue only after that transaction
commits: a rolled-back write sends nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingMail

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Backoff after each failed attempt: 1, 2, 4, … minutes, capped at six hours.
BACKOFF_BASE_SECONDS = 60
BACKOFF_CAP_SECONDS = 6 * 3600
# A claimed mail is leased to its worker for this long (kept in `next_attempt_at` while SENDING). A worker that dies
# mid-send leaves the row in SENDING; once the lease has run out, `retry_due` queues it again. Far longer than any
# SMTP conversation (EMAIL_TIMEOUT is 20 s per step), so a slow send is not taken over by a second worker.
SENDING_TIMEOUT = timedelta(minutes=10)
WORKER_TIMEOUT = "WorkerTimeout"  # last_error of a mail whose worker stopped mid-send
# A queued mail that was never attempted (the process died between commit and hand-over to the task queue) is
# handed over by `retry_due` after this long; a mail still waiting in the queue may be handed over twice, which the
# compare-and-swap in `deliver` makes harmless.
HANDOVER_GRACE = timedelta(minutes=10)


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
    template: str,
    to: str,
    context: dict[str, Any],
    *,
    user: Any | None = None,
    language: str = "",
    headers: dict[str, str] | None = None,
) -> OutgoingMail:
    """Queue a mail to one address in the recipient's language (the user's, else `language`, else the active one).

    `headers`: extra header lines of the message (e.g. `List-Unsubscribe`), sent as given.
    """
    return queue_many([prepare(template, to, context, user=user, language=language, headers=headers)])[0]


def prepare(
    template: str,
    to: str,
    context: dict[str, Any],
    *,
    user: Any | None = None,
    language: str = "",
    headers: dict[str, str] | None = None,
) -> OutgoingMail:
    """The rendered mail, not yet saved: `queue_many` stores many in one statement (a digest run's mails)."""
    lang = language or recipient_language(user)
    subject, text, html = render(template, {**context, "recipient": user}, lang)
    return OutgoingMail(
        kind=template,
        to=to,
        language=lang,
        subject=subject,
        body_text=text,
        body_html=html,
        headers=headers or {},
    )


def queue(*, kind: str, to: str, language: str, subject: str, text: str, html: str) -> OutgoingMail:
    mail = OutgoingMail(kind=kind, to=to, language=language, subject=subject, body_text=text, body_html=html)
    return queue_many([mail])[0]


def queue_many(mails: list[OutgoingMail]) -> list[OutgoingMail]:
    """Store the mails in the caller's transaction; each goes to the task queue once it commits."""
    if len(mails) == 1:
        mails[0].save()
    else:
        mails = OutgoingMail.objects.bulk_create(mails)
    ids = [mail.pk for mail in mails]
    transaction.on_commit(lambda: _enqueue_all(ids))
    return mails


def _enqueue_all(mail_ids: list[int]) -> None:
    for mail_id in mail_ids:
        _enqueue(mail_id)


def _enqueue(mail_id: int) -> None:
    from .tasks import deliver_mail

    deliver_mail.enqueue(mail_id)


def _due(now: datetime) -> Q:
    """A queued row may be attempted when it has no retry time (never tried, or released) or that time has come."""
    return Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)


def deliver(mail_id: int) -> bool:
    """Send one queued mail whose time has come. Claimed with compare-and-swap, so two workers never send it twice.

    Delivery is at least once: a worker that dies after the SMTP server took the mail but before the row says SENT
    leaves it to be sent again after `SENDING_TIMEOUT` — a rare duplicate instead of a lost mail.
    """
    now = timezone.now()
    claimed = OutgoingMail.objects.filter(_due(now), pk=mail_id, status=OutgoingMail.Status.QUEUED).update(
        status=OutgoingMail.Status.SENDING, attempts=F("attempts") + 1, next_attempt_at=now + SENDING_TIMEOUT
    )
    if claimed != 1:
        return False
    mail = OutgoingMail.objects.get(pk=mail_id)
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        headers=mail.headers or None,
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


def release_stale(now: datetime | None = None) -> int:
    """Queue again the mails whose worker died mid-send (lease run out); give up on those out of attempts.

    Each release is itself a compare-and-swap on the status, so two schedulers running at once release a row once.
    """
    now = now or timezone.now()
    stale = OutgoingMail.objects.filter(status=OutgoingMail.Status.SENDING).filter(
        # Rows claimed before leases were recorded have no retry time: their age decides.
        Q(next_attempt_at__lte=now) | Q(next_attempt_at__isnull=True, created_at__lte=now - SENDING_TIMEOUT)
    )
    given_up = stale.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=OutgoingMail.Status.FAILED, last_error=WORKER_TIMEOUT
    )
    # No retry time: due at once, for `deliver` as for `retry_due` (attempts > 0 tells it from a fresh mail).
    released = stale.update(status=OutgoingMail.Status.QUEUED, next_attempt_at=None, last_error=WORKER_TIMEOUT)
    if released or given_up:
        log.warning("%s mail(s) queued again and %s given up after a worker stopped mid-send", released, given_up)
    return released


def retry_due(now: datetime | None = None) -> int:
    """Hand every queued mail whose time has come back to the task queue; returns how many.

    Run by `manage.py retry_mail` every few minutes. It also picks up mails a dead worker left in SENDING and mails
    that never reached the task queue, so nothing stays behind.
    """
    now = now or timezone.now()
    release_stale(now)
    due = list(
        OutgoingMail.objects.filter(status=OutgoingMail.Status.QUEUED)
        .filter(
            Q(next_attempt_at__lte=now)
            | Q(next_attempt_at__isnull=True, attempts__gt=0)  # released by `release_stale`
            | Q(next_attempt_at__isnull=True, created_at__lte=now - HANDOVER_GRACE)  # never handed over
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for mail_id in due:
        _enqueue(mail_id)
    return len(due)
