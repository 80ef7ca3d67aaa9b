from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "techpaten.api"
    label = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds the service-list switch to the engagement page
