from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.inventory.reminders import send_due


class Command(BaseCommand):
    help = (
        "Mail the teams (and, once overdue, the organisations) about update checks, TLS certificates and restore "
        "tests due within 14 days. Run daily (cron, systemd timer); each reminder is sent once per due date."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = send_due()
        self.stdout.write(f"{count} maintenance reminder(s) sent.")
