from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.offers.services import expire_due


class Command(BaseCommand):
    help = "Expire pending offers nobody answered in time and tell their volunteers. Run daily (cron, systemd timer)."

    def handle(self, *args: Any, **options: Any) -> None:
        count = expire_due()
        self.stdout.write(f"{count} offer(s) expired.")
