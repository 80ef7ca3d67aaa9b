"""Retention: what is deleted when, run daily by `manage.py apply_retention` or the `apply_retention_task` task.

The periods below are the ones the privacy notice states (techpaten/core/seed_pages.py; a test renders the notice
in both languages and looks for each number). Change them together. A month counts as a twelfth of a year.

Each step is idempotent: a second run on the same day finds nothing left to do, and a warning goes out once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from importlib import import_module

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, Max, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.costs.services import forget_pledge_addresses
from techpaten.mail import outbox
from techpaten.mail.management.commands import prune_mail
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation

from . import audit
from .models import AuditEvent, RetentionNotice
from .services import Reason, delete_account

log = logging.getLogger(__name__)

# Offers that ended (expired, withdrawn, declined, need closed) go with their conversation this long after the last
# activity on them: sent, answered, expired, last message. Accepted offers stay while the need exists.
ENDED_OFFER_DAYS = 180
# Needs never published and not edited for this long.
STALE_DRAFT_MONTHS = 12
# Delivery records of sent (and finally failed) mails; the text is already gone when a mail is sent.
MAIL_RECORD_DAYS = prune_mail.KEEP_DAYS
# Invitations after they were used or expired (the link itself works for INVITATION_EXPIRY_DAYS).
INVITATION_DAYS = 30
# Sign-ups whose e-mail address was never confirmed.
UNVERIFIED_ACCOUNT_DAYS = 7
# Accounts without a login for this long get a warning mail ...
INACTIVE_ACCOUNT_MONTHS = 24
# ... and are deleted this many days after it, unless the person logged in since.
INACTIVE_WARNING_DAYS = 30
# Audit entries (no personal data in them) prove deletions for this long.
AUDIT_EVENT_YEARS = 3

ENDED_OFFER_STATUSES = (
    Offer.Status.EXPIRED,
    Offer.Status.WITHDRAWN,
    Offer.Status.DECLINED,
    Offer.Status.NEED_CLOSED,
)


def months(count: int) -> timedelta:
    return timedelta(days=round(count * 365.25 / 12))


def delete_ended_offers(now: datetime) -> int:
    cutoff = now - timedelta(days=ENDED_OFFER_DAYS)
    due = (
        Offer.objects.filter(status__in=ENDED_OFFER_STATUSES, created_at__lt=cutoff, expires_at__lt=cutoff)
        .filter(Q(decided_at__isnull=True) | Q(decided_at__lt=cutoff))
        .annotate(last_message=Max("messages__created_at"))
        .filter(Q(last_message__isnull=True) | Q(last_message__lt=cutoff))
        .values_list("pk", flat=True)
    )
    _count, deleted = Offer.objects.filter(pk__in=list(due)).delete()
    return deleted.get("offers.Offer", 0)


def delete_stale_drafts(now: datetime) -> int:
    _count, deleted = Need.objects.filter(
        status=Need.Status.DRAFT, updated_at__lt=now - months(STALE_DRAFT_MONTHS)
    ).delete()
    return deleted.get("needs.Need", 0)


def delete_old_mail_records(now: datetime) -> int:
    return prune_mail.prune(MAIL_RECORD_DAYS, now=now)


def delete_old_invitations(now: datetime) -> int:
    cutoff = now - timedelta(days=INVITATION_DAYS)
    deleted, _by_model = Invitation.objects.filter(Q(accepted_at__lt=cutoff) | Q(expires_at__lt=cutoff)).delete()
    return deleted


def _email_addresses(verified: bool) -> Exists:
    from allauth.account.models import EmailAddress

    return Exists(EmailAddress.objects.filter(user=OuterRef("pk"), verified=verified))


def people() -> QuerySet[User]:
    """Accounts retention may delete: never the platform team's (staff manage their own accounts)."""
    return User.objects.filter(is_staff=False, is_superuser=False)


def delete_unverified_accounts(now: datetime) -> int:
    due = (
        people()
        .filter(date_joined__lt=now - timedelta(days=UNVERIFIED_ACCOUNT_DAYS))
        .filter(_email_addresses(verified=False))
        .exclude(_email_addresses(verified=True))
    )
    return _delete_each(due, Reason.UNVERIFIED)


def _last_seen() -> Coalesce:
    return Coalesce("last_login", "date_joined")


def forget_notices_of_returned_people() -> int:
    """Someone who logged in after the warning keeps the account; a later absence starts a new warning."""
    deleted, _by_model = RetentionNotice.objects.filter(user__last_login__gt=F("warned_at")).delete()
    return deleted


def delete_warned_inactive_accounts(now: datetime) -> int:
    due = (
        people()
        .annotate(last_seen=_last_seen())
        .filter(
            retention_notice__warned_at__lt=now - timedelta(days=INACTIVE_WARNING_DAYS),
            last_seen__lt=F("retention_notice__warned_at"),
        )
    )
    return _delete_each(due, Reason.INACTIVE)


def warn_inactive_accounts(now: datetime) -> int:
    due = (
        people()
        .filter(is_active=True)
        .annotate(last_seen=_last_seen())
        .filter(last_seen__lt=now - months(INACTIVE_ACCOUNT_MONTHS), retention_notice__isnull=True)
        .filter(_email_addresses(verified=True))
        .order_by("pk")
    )
    warned = 0
    for user in due:
        with transaction.atomic():
            try:
                # The one-to-one row is the claim: a parallel run that loses the race sends nothing.
                with transaction.atomic():
                    RetentionNotice.objects.create(user=user, warned_at=now)
            except IntegrityError:
                continue
            outbox.send(
                "mail/inactive_warning",
                user.email,
                {
                    "deletion_date": now + timedelta(days=INACTIVE_WARNING_DAYS),
                    "months": INACTIVE_ACCOUNT_MONTHS,
                    "login_path": reverse("account_login"),
                },
                user=user,
            )
            audit.record(AuditEvent.Kind.INACTIVE_WARNED, user_pk=user.pk)
        warned += 1
    return warned


def _delete_each(users: QuerySet[User], reason: str) -> int:
    deleted = 0
    for user in users.order_by("pk"):
        try:
            delete_account(user, reason=reason)
        except RuleViolation:
            continue  # deleted by a parallel run in the meantime
        deleted += 1
    return deleted


def delete_old_audit_events(now: datetime) -> int:
    cutoff = now - months(12 * AUDIT_EVENT_YEARS)
    deleted, _by_model = AuditEvent.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def delete_expired_cache_entries(now: datetime) -> int:
    """Rows of database caches past their expiry: the rate-limit counters (keys hashed, see core/cache_keys.py).

    Django's DatabaseCache deletes expired rows only once the table holds more than MAX_ENTRIES (300), which a small
    platform may never reach; so without this, counters of long ago would stay in the table and in its backups.
    Other backends (Redis, memory) expire entries themselves.
    """
    from django.core.cache.backends.db import DatabaseCache
    from django.db import connections, router

    deleted = 0
    for alias, config in settings.CACHES.items():
        cache = caches[alias]
        if not isinstance(cache, DatabaseCache):
            continue
        connection = connections[router.db_for_write(cache.cache_model_class)]
        table = connection.ops.quote_name(str(config["LOCATION"]))
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {table} WHERE {connection.ops.quote_name('expires')} < %s",  # noqa: S608 - quoted name
                [connection.ops.adapt_datetimefield_value(now)],
            )
            deleted += cursor.rowcount
    return deleted


def clear_expired_sessions() -> None:
    """Sessions past their expiry (the timeouts end them for the browser; this removes the rows)."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()


def apply_retention(now: datetime | None = None) -> dict[str, int]:
    """Run every retention rule once; returns what each deleted (or warned), and audits the run."""
    now = now or timezone.now()
    steps: list[tuple[str, Callable[[], int]]] = [
        ("ended_offers", lambda: delete_ended_offers(now)),
        ("stale_drafts", lambda: delete_stale_drafts(now)),
        ("mail_records", lambda: delete_old_mail_records(now)),
        ("invitations", lambda: delete_old_invitations(now)),
        ("unverified_accounts", lambda: delete_unverified_accounts(now)),
        ("returned_accounts", forget_notices_of_returned_people),
        ("inactive_accounts_deleted", lambda: delete_warned_inactive_accounts(now)),
        ("inactive_accounts_warned", lambda: warn_inactive_accounts(now)),
        ("audit_events", lambda: delete_old_audit_events(now)),
        ("rate_limit_counters", lambda: delete_expired_cache_entries(now)),
        ("pledge_addresses", lambda: forget_pledge_addresses(now)),
    ]
    # No transaction around a whole step: each deletion is atomic on its own, so one account that cannot be
    # deleted does not hold back the others, and no step keeps a long lock.
    counts = {name: step() for name, step in steps}
    clear_expired_sessions()
    audit.record(AuditEvent.Kind.RETENTION_RUN, **counts)
    log.info("retention: %s", " ".join(f"{name}={count}" for name, count in counts.items()))
    return counts
