"""Two workers at the same moment: the helper the tests of compare-and-swap claims share (mail, offers, reminders)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.db import connection


def run_concurrently(work: Callable[[], Any], workers: int = 2) -> list[Any]:
    """Run `work` in `workers` threads released at the same moment, each on its own database connection."""
    barrier = threading.Barrier(workers)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(work())
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            errors.append(error)
        finally:
            connection.close()  # the thread's own connection; an open one would block dropping the test database

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not [t for t in threads if t.is_alive()], "a worker hung"
    assert errors == []
    return results
