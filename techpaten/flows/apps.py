from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlowsConfig(AppConfig):
    """Transitions that span apps: when something happens in one app, what follows in others.

    Each flow is a small module that reacts to one signal of a lower app and calls the services of the apps it
    concerns; lower apps announce, and never call up. Connected here, once, in the same transaction as the event.
    """

    name = "techpaten.flows"
    verbose_name = _("flows between apps")

    def ready(self) -> None:
        from . import need_closed, offer_accepted, team_left

        need_closed.connect()
        offer_accepted.connect()
        team_left.connect()
