from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _register_sqlite_functions(sender: Any, connection: Any, **kwargs: Any) -> None:
    """SQLite's full-text triggers call back into Python for German stems (core.fulltext)."""
    if connection.vendor == "sqlite":
        from .fulltext import document

        connection.connection.create_function("tp_lexemes", 1, document, deterministic=True)


class CoreConfig(AppConfig):
    name = "techpaten.core"
    label = "core"

    def ready(self) -> None:
        from . import lookups  # noqa: F401 - registers IntegerFieldIn

        connection_created.connect(_register_sqlite_functions, dispatch_uid="techpaten-sqlite-functions")
        from .page_cache import connect_signals

        connect_signals()
