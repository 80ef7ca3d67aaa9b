"""`manage.py backup_sqlite <path>`: a consistent copy of the live SQLite database, taken while the app runs.

Uses SQLite's online backup API (`sqlite3.Connection.backup`): readers and the worker may go on writing, the copy is
one consistent state. Copying the file with `cp` instead can catch half a transaction or miss the WAL file.
PostgreSQL is backed up with `pg_dump -Fc` (see scripts/backup.sh and the README).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection


def require_sqlite() -> None:
    if connection.vendor != "sqlite":
        raise CommandError(
            f"The database is {connection.vendor}, not SQLite: use pg_dump -Fc / pg_restore (scripts/backup.sh)."
        )


def check_integrity(db: sqlite3.Connection, what: str) -> None:
    result = db.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise CommandError(f"{what} failed SQLite's integrity check: {result}")


class Command(BaseCommand):
    help = "Copy the live SQLite database to PATH with SQLite's online backup API (safe while the app runs)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="the backup file to write (replaced if it exists)")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        require_sqlite()
        path = path.resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written next to the target and renamed at the end: a failed backup never replaces a good one.
        partial = path.with_name(f".{path.name}.partial")
        partial.unlink(missing_ok=True)
        connection.ensure_connection()
        target = sqlite3.connect(partial)
        try:
            connection.connection.backup(target)
            check_integrity(target, "The backup")
            # A single self-contained file: no WAL beside it that could get lost when it is copied on.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.chmod(partial, 0o600)  # the backup holds personal data
        partial.replace(path)
        self.stdout.write(f"Backup written to {path} ({path.stat().st_size} bytes).")
