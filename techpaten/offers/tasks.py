from __future__ import annotations

from django_tasks import task

from . import services


@task()
def expire_offers_task() -> int:
    """Expire offers nobody answered in time; safe to run as often as the scheduler likes (idempotent)."""
    return services.expire_due()
