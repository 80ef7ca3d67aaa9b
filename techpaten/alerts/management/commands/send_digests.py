from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.alerts.digests import send_due


class Command(BaseCommand):
    help = (
        "Mail each person the new needs of their saved searches that are due today (daily ones every day, weekly "
        "ones every seventh day): one e-mail per person, each need once. Run daily (cron, systemd timer); safe to "
        "run twice."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = send_due()
        self.stdout.write(
            f"{result.mails} digest(s) sent with {result.needs} need(s) for {result.searches} saved search(es)."
        )
