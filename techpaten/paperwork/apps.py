from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaperworkConfig(AppConfig):
    name = "techpaten.paperwork"
    verbose_name = _("data-protection documents")
