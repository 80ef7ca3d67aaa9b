from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """The platform's own data protection: export, account deletion, retention and the audit of deletions."""

    name = "techpaten.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
