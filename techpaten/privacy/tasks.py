from __future__ import annotations

from django_tasks import task

from . import retention


@task()
def apply_retention_task() -> dict[str, int]:
    """Delete what is due and warn inactive accounts; idempotent, so a scheduler may run it as often as it likes."""
    return retention.apply_retention()
