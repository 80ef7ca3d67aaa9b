"""`manage.py seed_demo`: a believable German demo, loaded once.

The staff account marks a loaded demo; a second run only prints the logins. Everything is created in one
transaction, so an error leaves the database as it was.
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from techpaten.accounts.models import User
from techpaten.demo import people
from techpaten.demo.builder import build
from techpaten.demo.organisations import FEATURED_KITA, ORGANISATIONS

LOGINS = [
    ("Staff (admin area /admin/)", people.STAFF_EMAIL),
    ("Organisation admin (Kita Sonnenschein, Berlin)", people.KITA_ADMIN_EMAIL),
    ("Organisation member (Kita Sonnenschein)", people.KITA_MEMBER_EMAIL),
    ("Volunteer", people.VOLUNTEER_EMAIL),
    ("Volunteer and member of Nachbarschaftsgarten Wedding e.V.", people.BOTH_EMAIL),
    ("Data-protection reviewer (sets up a second factor first)", people.REVIEWER_EMAIL),
]


class Command(BaseCommand):
    help = "Load the demo data once: organisations, needs, volunteers, offers and conversations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Load the demo even with DEBUG off (a public demo server)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # The demo's accounts share a published password, staff included: on a production database that is a
        # takeover. DEBUG off means production unless the operator says otherwise.
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "seed_demo creates accounts with a published password (staff too) and refuses to run with DEBUG off. "
                "On a demo server that is meant to be public, run it with --force."
            )
        if User.objects.filter(email=people.STAFF_EMAIL).exists():
            self.stdout.write("demo data already loaded")
            self._print_logins()
            return
        started = time.monotonic()
        with transaction.atomic():
            demo = build()
        counts = demo.counts
        pending = counts.get("offers_pending", 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded in {time.monotonic() - started:.1f} s: {counts['organisations']} organisations, "
                f"{counts['needs']} needs, {counts['volunteers']} volunteers, {counts['offers']} offers "
                f"({pending} pending), {counts['messages']} messages."
            )
        )
        self._print_logins()

    def _print_logins(self) -> None:
        self.stdout.write(f"Every demo account uses the password {people.PASSWORD}")
        for role, email in LOGINS:
            self.stdout.write(f"{role}: {email} / {people.PASSWORD}")
        example = next(o.slug for o in ORGANISATIONS if o.slug != FEATURED_KITA)
        self.stdout.write(
            f"Every other organisation's admin: <organisation address>@{people.DEMO_DOMAIN}, "
            f"e.g. {example}@{people.DEMO_DOMAIN} / {people.PASSWORD}"
        )
