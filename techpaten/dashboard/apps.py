from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """One's own start page ("My area"): it gathers from every app, so it sits on top of them all."""

    name = "techpaten.dashboard"
    verbose_name = _("my area")
