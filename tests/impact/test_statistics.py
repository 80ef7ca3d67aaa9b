"""The figures of the statistics page, counted in the database for the small world of conftest.py."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from django.utils import translation

from techpaten.costs.models import CostItem
from techpaten.impact import statistics
from techpaten.impact.statistics import Bar, collect, month_starts

from .. import factories
from .conftest import add_cost, engagement_for


def test_organisations_helped_are_counted_per_sector(world):
    with translation.override("de"):
        stats = collect()
    assert stats.organisations_per_sector == [Bar("Kita", 2), Bar("Schule", 1)]
    assert stats.organisations_helped == 3


def test_active_engagements_are_counted_per_sector(world):
    with translation.override("en"):
        stats = collect()
    assert stats.active_per_sector == [Bar("Day-care centre (Kita)", 1), Bar("School", 1)]
    assert stats.active_engagements == 2


def test_hours_are_summed_per_month_for_the_last_twelve_months(world):
    stats = collect()
    assert [m.month for m in stats.hours_per_month] == month_starts(world.this_month)
    by_month = {m.month: m.hours for m in stats.hours_per_month}
    assert by_month[world.this_month] == Decimal("4.5")
    assert by_month[world.last_month] == Decimal("2")
    assert sum(by_month.values()) == Decimal("6.5")  # the report of thirteen months ago is left out
    assert stats.hours_last_months == Decimal("6.5")


def test_only_running_services_count(world):
    assert collect().services_running == 2


def test_costs_are_split_by_who_covers_them_pledges_only_when_confirmed(world):
    parts = {part.category: part.cents for part in collect().cost_parts}
    assert parts == {
        CostItem.CoveredBy.ORGANISATION: 1000,
        CostItem.CoveredBy.VOLUNTEER: 83,  # 1000 ct a year
        CostItem.CoveredBy.SPONSOR: 1000,
        CostItem.CoveredBy.PLEDGES: 1000,  # 5 € of 12 €, and 5 € of 5 € (8 € confirmed)
        CostItem.CoveredBy.OPEN: 1000,  # the 7 € not yet pledged-and-confirmed, and the open 3 €
    }
    stats = collect()
    assert (stats.costs_total, stats.costs_covered, stats.costs_open) == (4083, 3083, 1000)


def test_the_cost_parts_always_add_up_to_the_rounded_total():
    exact = {"a": Fraction(1, 2), "b": Fraction(1, 2), "c": Fraction(1, 3)}
    cents = statistics.apportion(exact)
    assert sum(cents.values()) == 1  # 4/3 ct rounds to 1: not 0 + 1 + 1 from rounding each part
    assert cents == {"a": 1, "b": 0, "c": 0}


def test_an_empty_platform_shows_zeros(db):
    stats = collect()
    assert stats.organisations_per_sector == [] and stats.active_per_sector == []
    assert len(stats.hours_per_month) == 12 and stats.hours_last_months == 0
    assert stats.services_running == 0 and stats.costs_total == 0


def test_the_query_count_does_not_grow_with_the_rows(world, organisation, org_admin, django_assert_num_queries):
    with django_assert_num_queries(5):
        collect()
    for n in range(5):
        admin = factories.make_user(f"admin{n}@example.org")
        volunteer = factories.make_user(f"helper{n}@example.org")
        factories.make_volunteer_profile(volunteer)
        other = factories.make_organisation(admin=admin)
        engagement_for(other, admin, volunteer)
        add_cost(other, 700 + n, CostItem.CoveredBy.ORGANISATION)
    with django_assert_num_queries(5):
        collect()


def test_month_starts_cross_the_turn_of_the_year():
    from datetime import date

    starts = month_starts(date(2026, 2, 17))
    assert starts[0] == date(2025, 3, 1) and starts[-1] == date(2026, 2, 1) and len(starts) == 12
