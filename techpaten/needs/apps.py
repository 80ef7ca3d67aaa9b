from __future__ import annotations

from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "techpaten.needs"
    label = "needs"

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
