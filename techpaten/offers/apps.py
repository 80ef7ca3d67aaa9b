from __future__ import annotations

from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "techpaten.offers"
    label = "offers"
