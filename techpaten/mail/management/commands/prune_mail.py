"""`manage.py prune_mail`: delete old delivery records (run it daily).

The privacy notice promises that records of sent mails, already without subject and text, are deleted after 90 days.
Mails that failed for good are deleted after the same time, bodies included.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from techpaten.mail.models import OutgoingMail

KEEP_DAYS = 90


def prune(days: int = KEEP_DAYS, now: datetime | None = None) -> int:
    """Delete sent and failed mail records older than `days`; returns how many (also run by privacy's retention)."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    done = [OutgoingMail.Status.SENT, OutgoingMail.Status.FAILED]
    deleted, _by_model = OutgoingMail.objects.filter(status__in=done, created_at__lt=cutoff).delete()
    return deleted


class Command(BaseCommand):
    help = f"Delete sent and failed mail records older than {KEEP_DAYS} days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=KEEP_DAYS, help="keep records younger than this many days")

    def handle(self, *args: Any, days: int, **options: Any) -> None:
        deleted = prune(days)
        self.stdout.write(f"{deleted} mail record(s) deleted.")
