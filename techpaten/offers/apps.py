from __future__ import annotations

from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "techpaten.offers"
    label = "offers"

    def ready(self) -> None:
        # Adds this app's sections to the pages of the apps below it, and its answers to their questions (hooks).
        from . import access, rules, sections  # noqa: F401
