from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "techpaten.catalogue"
    verbose_name = _("catalogue of solutions")
