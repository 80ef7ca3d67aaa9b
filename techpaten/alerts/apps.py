from __future__ import annotations

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "techpaten.alerts"
    label = "alerts"

    def ready(self) -> None:
        from . import sections  # noqa: F401 - the feed link and the save button on the needs listing
