from __future__ import annotations

from django_tasks import task

from . import reminders


@task()
def send_maintenance_reminders_task() -> int:
    """The daily maintenance reminders; safe to run twice at once (each reminder is claimed once)."""
    return reminders.send_due()
