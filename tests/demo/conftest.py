"""The demo, built once per test module and worker, for the tests that only read it.

Building it takes about a second; 25 tests that each built their own took half a minute. The module-scoped fixture
builds it inside a transaction that is rolled back when the module is done, so no other test ever sees it; each
test still runs in its own savepoint (the `db` fixture), so what a test writes is gone before the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", force=True, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker) -> Iterator[str]:
    with django_db_blocker.unblock(), transaction.atomic():
        output = seed()
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def output(demo_output: str, db) -> str:
    """What `manage.py seed_demo` printed; the demo is in the database for the test."""
    return demo_output
