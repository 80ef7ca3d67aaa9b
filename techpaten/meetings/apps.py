from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "techpaten.meetings"
    verbose_name = _("first meetings (Kennenlernen)")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
