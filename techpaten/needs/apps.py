from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate, pre_migrate


def _ensure_search_index(sender: Any, using: str = "default", **kwargs: Any) -> None:
    connection = connections[using]
    if connection.vendor == "sqlite":
        from .search_index import ensure_sqlite_index

        ensure_sqlite_index(connection)


def _drop_search_triggers(sender: Any, using: str = "default", **kwargs: Any) -> None:
    connection = connections[using]
    if connection.vendor == "sqlite":
        from .search_index import drop_sqlite_triggers

        drop_sqlite_triggers(connection)


class NeedsConfig(AppConfig):
    name = "techpaten.needs"
    label = "needs"

    def ready(self) -> None:
        pre_migrate.connect(_drop_search_triggers, sender=self, dispatch_uid="techpaten-needs-search-triggers")
        post_migrate.connect(_ensure_search_index, sender=self, dispatch_uid="techpaten-needs-search-index")
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
