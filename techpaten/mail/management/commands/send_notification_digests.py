"""`manage.py send_notification_digests`: the daily digest of notifications people chose to get once a day."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.mail import digest


class Command(BaseCommand):
    help = "Queue one digest mail per person with notifications waiting for the daily digest."

    def handle(self, *args: Any, **options: Any) -> None:
        count = digest.send_digests()
        self.stdout.write(f"{count} digest(s) queued.")
