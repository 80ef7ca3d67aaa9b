"""Small builders for the inventory tests: an engagement with its team, a service, the German texts."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techpaten.accounts.models import User
from techpaten.engagements.models import Engagement
from techpaten.inventory.models import Service
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.organisations.models import Organisation

from .. import factories


def engagement_with(need: Need, volunteer: User, org_admin: User) -> Engagement:
    """The volunteer's accepted offer makes them the lead of the organisation's engagement."""
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get(organisation=need.organisation)


def make_service(organisation: Organisation, **extra: Any) -> Service:
    defaults: dict[str, Any] = {"name": "Nextcloud für die Eltern", "hoster": "Hetzner", "country": "Deutschland"}
    defaults.update(extra)
    return Service.objects.create(organisation=organisation, **defaults)


def list_url(organisation: Organisation) -> str:
    return reverse("inventory:list", args=[organisation.slug])


def detail_url(service: Service) -> str:
    return reverse("inventory:detail", args=[service.pk])
