from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InventoryConfig(AppConfig):
    name = "techpaten.inventory"
    verbose_name = _("service inventory")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
