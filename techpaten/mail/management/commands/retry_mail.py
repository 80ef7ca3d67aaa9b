"""`manage.py retry_mail`: hand queued mails whose retry time has come back to the worker (run it every few minutes)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from techpaten.mail import outbox


class Command(BaseCommand):
    help = "Re-enqueue queued mails whose next attempt is due."

    def handle(self, *args: Any, **options: Any) -> None:
        count = outbox.retry_due()
        self.stdout.write(f"{count} mail(s) handed back to the queue.")
