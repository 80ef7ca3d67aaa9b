"""The maintenance reminder mails. Each goes to each recipient in their own language, after the claim commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.urls import reverse

from techpaten.mail import outbox

from .models import ReminderSent, Service


def _context(service: Service, kind: str, due_on: date) -> dict[str, Any]:
    return {
        "service": service,
        "organisation": service.organisation,
        "kind": kind,
        "what": ReminderSent.Kind(kind).label,  # lazy: rendered in the recipient's language
        "due_on": due_on,
        "service_url": reverse("inventory:detail", args=[service.pk]),
    }


def maintenance_due(service: Service, kind: str, due_on: date, recipients: Iterable[Any]) -> None:
    """Within the next two weeks: the team (or, without one, the organisation's admins) plans it."""
    for user in recipients:
        outbox.send("mail/maintenance_due", user.email, _context(service, kind, due_on), user=user)


def maintenance_overdue(service: Service, kind: str, due_on: date, recipients: Iterable[Any]) -> None:
    """The date has passed: the team and the organisation's admins hear of it."""
    for user in recipients:
        outbox.send("mail/maintenance_overdue", user.email, _context(service, kind, due_on), user=user)
