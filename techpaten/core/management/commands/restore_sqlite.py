"""`manage.py restore_sqlite <path>`: replace the configured SQLite database with a backup from `backup_sqlite`.

Stop the web process and the worker first: what they write during the restore is lost. The backup is checked
before anything is replaced, and the replacement uses SQLite's backup API in one step.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from .backup_sqlite import check_integrity, require_sqlite


class Command(BaseCommand):
    help = "Replace the configured SQLite database with the backup at PATH (stop the app and the worker first)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="a backup written by backup_sqlite")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        require_sqlite()
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            try:
                check_integrity(source, "The backup")
            except sqlite3.DatabaseError as error:
                raise CommandError(f"{path} is not an SQLite database: {error}") from error
            connection.ensure_connection()
            source.backup(connection.connection)
        finally:
            source.close()
        check_integrity(connection.connection, "The restored database")
        self.stdout.write(f"Database restored from {path}.")
