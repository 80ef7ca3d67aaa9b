"""`manage.py apply_retention`: delete what the privacy notice promises to delete, warn inactive accounts (daily)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.privacy.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Delete ended offers, stale drafts, old mail records and invitations, unconfirmed and warned inactive "
        "accounts; warn inactive accounts. Run daily (cron, systemd timer)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        counts = apply_retention()
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
