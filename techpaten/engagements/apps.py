from __future__ import annotations

from django.apps import AppConfig


class EngagementsConfig(AppConfig):
    name = "techpaten.engagements"
    label = "engagements"

    def ready(self) -> None:
        from . import (
            sections,  # noqa: F401 - adds this app's sections to the pages of the apps below it
            trust,  # noqa: F401 - answers organisations.hooks.trusted_volunteer
        )
