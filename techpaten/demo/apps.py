from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo data (`manage.py seed_demo`). On top of every app: it writes through their services, or, where it
    creates rows in bulk, keeps their invariants with their own functions; no app imports it."""

    name = "techpaten.demo"
    verbose_name = _("demo data")
