"""The daily maintenance reminders: once per service, kind, due date and stage — never twice, even with two workers.

Each reminder is claimed by inserting its `ReminderSent` row before the mail is queued. The unique constraint
(service, kind, due_on, stage) lets exactly one worker insert it; the other gets an IntegrityError and sends nothing.
The mail is queued in the same transaction as the claim, so a failure rolls both back and tomorrow's run tries again.
A new due date (the service was updated, the certificate renewed) is a new reminder.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.organisations.access import admins_of
from techpaten.volunteers.teams import active_memberships

from . import notifications
from .models import ReminderSent, Service
from .services import DUE_WINDOW, Stage, stage_for

log = logging.getLogger(__name__)


def team_of(service: Service) -> list[User]:
    """The active team of the engagement looking after the service; none once that engagement has ended."""
    engagement = service.engagement
    if engagement is None or not engagement.is_live:
        return []
    members = (
        active_memberships(engagement.team_id)
        .filter(user__is_active=True)
        .select_related("user", "user__volunteer_profile")
    )
    return [member.user for member in members if member.user is not None]


def recipients(service: Service, stage: str) -> list[User]:
    """Due: the team, or the organisation's admins when nobody else looks after it. Overdue: the team and the admins."""
    team = team_of(service)
    people = team if team and stage == Stage.DUE else [*team, *admins_of(service.organisation_id)]
    seen: set[int] = set()
    unique = []
    for person in people:
        if person.pk not in seen and person.email:
            seen.add(person.pk)
            unique.append(person)
    return unique


def claim_and_send(service: Service, kind: str, due_on: date, stage: str) -> bool:
    """Claim the reminder and queue its mails; False when another run claimed it already (or nobody is there)."""
    people = recipients(service, stage)
    if not people:
        return False  # no claim: once somebody looks after the service, a later run tells them
    send = notifications.maintenance_overdue if stage == Stage.OVERDUE else notifications.maintenance_due
    try:
        # A savepoint of its own: the failed insert of a lost race must not break the caller's transaction.
        with transaction.atomic():
            ReminderSent.objects.create(service=service, kind=kind, due_on=due_on, stage=stage)
            send(service, kind, due_on, people)
    except IntegrityError:
        return False  # another worker holds the claim and sends the mails
    return True


def due_services(today: date) -> Any:
    horizon = today + DUE_WINDOW
    dates = Q(next_update_check__lte=horizon) | Q(tls_expires_on__lte=horizon) | Q(restore_test_due__lte=horizon)
    return Service.objects.filter(dates, is_active=True).select_related("organisation", "engagement").order_by("pk")


def send_due(today: date | None = None) -> int:
    """Send every reminder whose time has come and that nobody sent before; returns how many were claimed."""
    today = today or timezone.localdate()
    sent = 0
    for service in due_services(today):
        for kind in ReminderSent.Kind:
            due_on = getattr(service, ReminderSent.due_field(kind.value))
            stage = stage_for(due_on, today)
            if stage is not None and claim_and_send(service, kind.value, due_on, stage):
                sent += 1
    if sent:
        log.info("%s maintenance reminder(s) sent", sent)
    return sent
