"""An organisation is renamed: its needs' search text carries the name, so it follows."""

from __future__ import annotations

from typing import Any

from techpaten.needs.services import refresh_search_text_for
from techpaten.organisations.models import Organisation
from techpaten.organisations.signals import organisation_renamed


def on_organisation_renamed(sender: Any, organisation: Organisation, **kwargs: Any) -> None:
    refresh_search_text_for(organisation.pk)


def connect() -> None:
    organisation_renamed.connect(on_organisation_renamed, dispatch_uid="flows.organisation_renamed")
