from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Reports of content and accounts, staff's queue and actions, and their append-only audit log.

    It sits in the top layer so it may call the services of the apps whose content it hides (registry.KINDS);
    those apps only link to `moderation:report` and know nothing else of it.
    """

    name = "techpaten.moderation"
    label = "moderation"
    verbose_name = _("moderation")
