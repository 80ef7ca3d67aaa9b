"""The Kita's engagement with Vera on the team, and small builders for cost items and pledges."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.utils import timezone

from techpaten.costs.models import CostItem, CostShare, Pledge
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.organisations.models import Organisation

from .. import factories


def make_item(organisation: Organisation, engagement: Engagement | None = None, **extra: Any) -> CostItem:
    defaults: dict[str, Any] = {
        "kind": CostItem.Kind.SERVER,
        "description": "VPS 4 GB für Nextcloud",
        "provider": "Hetzner",
        "amount_cents": 1250,
        "period": CostItem.Period.MONTH,
        "covered_by": CostItem.CoveredBy.PLEDGES,
    }
    defaults.update(extra)
    return CostItem.objects.create(organisation=organisation, engagement=engagement, **defaults)


def make_pledge(item: CostItem, **extra: Any) -> Pledge:
    """A pledge whose supporter has confirmed their address (the organisation sees it); email_confirmed_at=None: not."""
    defaults: dict[str, Any] = {
        "name": "Paula Pate",
        "email": "paula@example.org",
        "amount_cents": 500,
        "email_confirmed_at": timezone.now(),
    }
    defaults.update(extra)
    return Pledge.objects.create(cost_item=item, **defaults)


def confirmation_path(body: str) -> str:
    """The path of the confirmation link in a mail to a supporter."""
    match = re.search(r"https?://[^/\s]+(/pledges/confirm-address/\S+/)", body)
    assert match, body
    return match.group(1)


def share(item: CostItem, organisation: Organisation, weight: int = 1) -> CostShare:
    return CostShare.objects.create(cost_item=item, organisation=organisation, weight=weight)


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    """The Kita accepted Vera's offer: Vera leads the team of the Kita's engagement."""
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get(organisation=need.organisation)


@pytest.fixture
def team_client(client, engagement, volunteer):
    client.force_login(volunteer)
    return client
