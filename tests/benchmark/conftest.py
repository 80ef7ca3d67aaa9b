from __future__ import annotations

from datetime import UTC, datetime

import pytest

from techpaten.benchmark.seeding import Seeder, Sizes

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TINY = Sizes(
    organisations=30, needs=400, volunteers=60, offers=300, messages=500, big_organisation_needs=40,
    long_conversation=50,
)  # fmt: skip


def seed(sizes: Sizes = TINY, seed: int = 9) -> dict[str, int]:
    return Seeder(sizes, seed=seed, now=NOW).run()


@pytest.fixture
def bench_data(db) -> dict[str, int]:
    return seed()
