from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "techpaten.accounts"
    label = "accounts"

    def ready(self) -> None:
        from . import security_log

        security_log.connect_signals()
