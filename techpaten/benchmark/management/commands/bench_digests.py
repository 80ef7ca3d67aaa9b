"""`manage.py bench_digests`: time the saved-search digest on the benchmark data (scripts/bench.py --digests)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from techpaten.benchmark.digests import measure
from techpaten.benchmark.seeding import is_seeded


class Command(BaseCommand):
    help = (
        "Give every benchmark volunteer a due saved search, run send_digests once and print its time and queries; "
        "everything is rolled back afterwards."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not is_seeded():
            raise CommandError("No benchmark data here: run seed_bench first.")
        self.stdout.write(str(measure()))
