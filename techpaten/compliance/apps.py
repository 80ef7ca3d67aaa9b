from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "techpaten.compliance"
    verbose_name = _("data-protection requirements")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - adds this app's sections to the pages of the apps below it
