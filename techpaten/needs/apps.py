from __future__ import annotations

from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "techpaten.needs"
    label = "needs"
