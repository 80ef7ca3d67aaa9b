from __future__ import annotations

from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "techpaten.conversations"
    label = "conversations"

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
