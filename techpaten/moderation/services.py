"""Reporting and the staff's actions on reports. Every action writes one audit entry in the same transaction.

Hide and unhide call the owning app's services (registry.KINDS); a warning is a mail to the owner (outbox);
a suspension switches the owner's account off (accounts.suspension). Who may act is `access.staff_only`.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts import suspension
from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.mail import outbox

from .models import AuditEntry, Report
from .registry import KINDS

A = AuditEntry.Action
ACCOUNT = "account"  # the kind of an audit entry about an account (suspended, suspension lifted)
TITLE_LENGTH = 200


def open_report_exists(user: Any, kind: str, object_id: int) -> bool:
    return Report.objects.filter(reporter=user, kind=kind, object_id=object_id, status=Report.Status.OPEN).exists()


def report(user: Any, kind: str, obj: Any, reason: str, note: str = "") -> Report:
    """A new open report by `user` (who may see `obj`: the caller asked the kind's `for_reporter`)."""
    if reason not in Report.Reason.values:
        raise RuleViolation(_("Please choose a reason."))
    if open_report_exists(user, kind, obj.pk):
        raise RuleViolation(_("You have already reported this. Our team is looking at it."))
    try:
        # A savepoint: two clicks at once meet the unique constraint, and the second gets the message above.
        with transaction.atomic():
            return Report.objects.create(
                reporter=user,
                kind=kind,
                object_id=obj.pk,
                title=KINDS[kind].get_title(obj)[:TITLE_LENGTH],
                reason=reason,
                note=note.strip(),
            )
    except IntegrityError:
        raise RuleViolation(_("You have already reported this. Our team is looking at it.")) from None


def is_hidden(obj: Any) -> bool:
    return getattr(obj, "hidden_at", None) is not None


def available_actions(report: Report, obj: Any | None) -> list[str]:
    """What staff can do with this report now: the object may be gone, already hidden or without an owner."""
    if report.status != Report.Status.OPEN:
        return [A.UNHIDE] if obj is not None and is_hidden(obj) else []
    actions: list[str] = []
    if obj is not None:
        actions.append(A.UNHIDE if is_hidden(obj) else A.HIDE)
        owner = KINDS[report.kind].get_owner(obj)
        if owner is not None:
            actions.append(A.WARN)
            if owner.is_active and not owner.is_staff:
                actions.append(A.SUSPEND)
    actions.append(A.DISMISS)
    return actions


@transaction.atomic
def act(report: Report, staff: Any, action: str, reason: str) -> AuditEntry:
    """Do `action` on the reported object (or its owner), record it, and close the report and the other open
    reports of the same object (the case is decided). Raises RuleViolation for an action not available now."""
    reason = reason.strip()
    if not reason:
        raise RuleViolation(_("Please give a reason: it is kept in the audit log."))
    report = Report.objects.select_for_update().get(pk=report.pk)  # a second moderator waits, then sees it closed
    kind = KINDS[report.kind]
    obj = kind.model._default_manager.filter(pk=report.object_id).first()
    if action not in available_actions(report, obj):
        raise RuleViolation(_("This action is not possible for this report (any more)."))
    entry = _entry(staff, action, report, reason)
    owner = kind.get_owner(obj) if obj is not None else None
    if action == A.HIDE:
        kind.hide(obj, staff, reason)
    elif action == A.UNHIDE:
        kind.unhide(obj, staff)
    elif action == A.WARN:
        assert owner is not None  # noqa: S101 - available_actions offers a warning only with an owner
        _warn(owner, report, reason, kind.url(obj))
        entry.account = owner
    elif action == A.SUSPEND:
        assert owner is not None  # noqa: S101 - as above
        suspension.suspend(owner, reason)
        entry.account = owner
        entry.kind, entry.object_id, entry.title = ACCOUNT, owner.pk, owner.display_name[:TITLE_LENGTH]
    entry.save()
    if report.status == Report.Status.OPEN:
        Report.objects.filter(kind=report.kind, object_id=report.object_id, status=Report.Status.OPEN).update(
            status=Report.Status.CLOSED, closed_at=timezone.now(), closed_by=staff, resolution=action
        )
    return entry


@transaction.atomic
def lift_suspension(account: User, staff: Any, reason: str) -> AuditEntry:
    reason = reason.strip()
    if not reason:
        raise RuleViolation(_("Please give a reason: it is kept in the audit log."))
    if account.suspended_at is None:
        raise RuleViolation(_("This account is not suspended."))
    suspension.lift_suspension(account)
    return AuditEntry.objects.create(
        actor=staff,
        action=A.LIFT,
        kind=ACCOUNT,
        object_id=account.pk,
        title=account.display_name[:TITLE_LENGTH],
        reason=reason,
        account=account,
    )


def _entry(staff: Any, action: str, report: Report, reason: str) -> AuditEntry:
    return AuditEntry(
        actor=staff,
        action=action,
        kind=report.kind,
        object_id=report.object_id,
        title=report.title,
        reason=reason,
        report=report,
    )


def _warn(owner: User, report: Report, reason: str, url: str) -> None:
    outbox.send(
        "mail/moderation_warning",
        owner.email,
        {"title": report.title, "kind": KINDS[report.kind].label, "reason": reason, "url": url},
        user=owner,
    )
