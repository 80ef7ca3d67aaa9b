from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "techpaten.feedback"
    verbose_name = _("reviews after an engagement")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
