"""`manage.py seed_bench`: the benchmark's data set (issue 9), sizes from flags, deterministic with --seed.

Not the demo: hundreds of thousands of rows meant for measuring (`scripts/bench.py`), on a database of their own.
"""

from __future__ import annotations

import sys
import time
from argparse import ArgumentParser
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from techpaten.benchmark.progress import ProgressBar
from techpaten.benchmark.seeding import ADMIN_EMAIL, PASSWORD, VOLUNTEER_EMAIL, Seeder, Sizes, is_seeded

DEFAULTS = Sizes()


class Command(BaseCommand):
    help = "Fill the database with the benchmark data set (organisations, needs, volunteers, offers, messages)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        for name in ("organisations", "needs", "volunteers", "offers", "messages"):
            parser.add_argument(f"--{name}", type=int, default=getattr(DEFAULTS, name), help=f"how many {name}")
        parser.add_argument(
            "--big-organisation-needs", type=int, default=DEFAULTS.big_organisation_needs,
            help="listed needs of the one big organisation (its page is measured)",
        )  # fmt: skip
        parser.add_argument(
            "--long-conversation", type=int, default=DEFAULTS.long_conversation,
            help="messages in the one long conversation (its offer page is measured)",
        )  # fmt: skip
        parser.add_argument("--seed", type=int, default=9, help="the same seed and sizes give the same data")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        if is_seeded():
            raise CommandError(f"This database already holds the benchmark data ({ADMIN_EMAIL} exists).")
        sizes = Sizes(
            organisations=options["organisations"],
            needs=options["needs"],
            volunteers=options["volunteers"],
            offers=options["offers"],
            messages=options["messages"],
            big_organisation_needs=options["big_organisation_needs"],
            long_conversation=options["long_conversation"],
        )
        try:
            sizes.check()
        except ValueError as error:
            raise CommandError(str(error)) from error
        # The bar redraws one line; Django's OutputWrapper would end every write with a newline.
        stream: TextIO = getattr(self.stderr, "_out", sys.stderr)

        def progress(label: str, total: int) -> ProgressBar:
            return ProgressBar(stream, label, total)

        started = time.monotonic()
        seeder = Seeder(
            sizes, seed=options["seed"], now=timezone.now(), progress=None if options["no_progress"] else progress
        )
        counts = seeder.run()
        summary = ", ".join(f"{count:,} {name}" for name, count in sorted(counts.items()))
        self.stdout.write(self.style.SUCCESS(f"Benchmark data in {time.monotonic() - started:.1f} s: {summary}"))
        self.stdout.write(f"Organisation admin: {ADMIN_EMAIL}, volunteer: {VOLUNTEER_EMAIL}, password {PASSWORD}")
