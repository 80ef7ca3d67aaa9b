from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_search_index(sender: Any, using: str = "default", **kwargs: Any) -> None:
    connection = connections[using]
    if connection.vendor == "sqlite":
        from .search_index import ensure_sqlite_index

        ensure_sqlite_index(connection)


class KnowledgeConfig(AppConfig):
    name = "techpaten.knowledge"
    label = "knowledge"
    verbose_name = _("knowledge base")

    def ready(self) -> None:
        post_migrate.connect(_ensure_search_index, sender=self, dispatch_uid="techpaten-knowledge-search-index")
        from . import sections  # noqa: F401 - adds "articles about this" to the pages of the apps below it
