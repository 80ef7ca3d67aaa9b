from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VouchesConfig(AppConfig):
    """Volunteers vouch for volunteers they worked with on an engagement (engagements.trust.worked_together).

    The profile page and the offer page show the vouches and the completed engagements (sections).
    """

    name = "techpaten.vouches"
    label = "vouches"
    verbose_name = _("vouches")

    def ready(self) -> None:
        from . import sections  # noqa: F401 - the vouches on the profile and the offer page
