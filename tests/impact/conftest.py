"""A small world for the statistics: three organisations helped in two sectors, one not helped; hours, services and
cost items with every kind of coverage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements.models import Engagement, HoursReport
from techpaten.impact.statistics import month_starts
from techpaten.inventory.models import Service
from techpaten.offers import services as offer_services
from techpaten.organisations.models import Organisation
from techpaten.taxonomy.models import Sector

from .. import factories


@dataclass
class World:
    kita: Engagement
    other_kita: Engagement
    school: Engagement
    this_month: date
    last_month: date


def engagement_for(organisation: Organisation, admin, volunteer) -> Engagement:
    need = factories.make_need(organisation, created_by=admin)
    offer_services.accept(factories.make_offer(need, volunteer), admin)
    return Engagement.objects.get(organisation=organisation)


def add_cost(organisation: Organisation, amount: int, covered_by: str, **extra) -> CostItem:
    return CostItem.objects.create(
        organisation=organisation,
        kind=CostItem.Kind.SERVER,
        description="VPS",
        amount_cents=amount,
        covered_by=covered_by,
        **extra,
    )


def pledge(item: CostItem, amount: int, status: str) -> Pledge:
    return Pledge.objects.create(
        cost_item=item, name="Paula Pate", email="paula@example.org", amount_cents=amount, status=status
    )


@pytest.fixture
def world(organisation, org_admin, volunteer) -> World:
    kita = engagement_for(organisation, org_admin, volunteer)
    second_admin = factories.make_user("rosa@regenbogen.example", name="Rosa")
    other = factories.make_organisation(admin=second_admin, name="Kita Regenbogen", slug="kita-regenbogen")
    other_kita = engagement_for(other, second_admin, volunteer)
    Engagement.objects.filter(pk=other_kita.pk).update(status=Engagement.Status.ENDED, ended_at=timezone.now())
    school_admin = factories.make_user("sven@schule.example", name="Sven")
    school_org = factories.make_organisation(
        admin=school_admin, name="Grundschule Am Park", slug="grundschule", sector=Sector.objects.get(slug="schule")
    )
    school = engagement_for(school_org, school_admin, volunteer)
    factories.make_organisation(name="Verein ohne Hilfe", slug="verein", sector=Sector.objects.get(slug="verein"))

    *_, last_month, this_month = month_starts(timezone.localdate())
    thirteen_months_ago = month_starts(timezone.localdate(), 13)[0]
    HoursReport.objects.create(engagement=kita, volunteer=volunteer, month=this_month, hours=Decimal("3.5"))
    HoursReport.objects.create(engagement=kita, volunteer=volunteer, month=last_month, hours=Decimal("2"))
    HoursReport.objects.create(engagement=kita, volunteer=volunteer, month=thirteen_months_ago, hours=Decimal("10"))
    HoursReport.objects.create(engagement=school, volunteer=volunteer, month=this_month, hours=Decimal("1"))

    Service.objects.create(organisation=organisation, engagement=kita, name="Nextcloud")
    Service.objects.create(organisation=school_org, engagement=school, name="Webseite")
    Service.objects.create(organisation=organisation, name="Altes Wiki", is_active=False)

    Cov = CostItem.CoveredBy
    add_cost(organisation, 1000, Cov.ORGANISATION)  # 10 € a month
    pledged = add_cost(organisation, 1200, Cov.PLEDGES)  # 12 €: 5 € confirmed, the rest open
    pledge(pledged, 500, Pledge.Status.CONFIRMED)
    pledge(pledged, 400, Pledge.Status.PLEDGED)  # promised, not yet arrived: not covered
    pledge(pledged, 300, Pledge.Status.ENDED)
    over = add_cost(school_org, 500, Cov.PLEDGES)  # 5 €, confirmed 8 €: covered only up to its amount
    pledge(over, 800, Pledge.Status.CONFIRMED)
    add_cost(school_org, 12000, Cov.SPONSOR, period=CostItem.Period.YEAR, sponsor_name="Stadtwerke")  # 10 €
    add_cost(organisation, 300, Cov.OPEN)  # 3 €
    add_cost(organisation, 1000, Cov.VOLUNTEER, period=CostItem.Period.YEAR)  # 83⅓ ct a month
    add_cost(organisation, 99999, Cov.ORGANISATION, is_active=False)  # no longer running
    return World(kita, other_kita, school, this_month, last_month)
