"""The public impact figures, counted in the database: a fixed handful of aggregate queries, whatever the number of
rows. Only counts and sums leave this module, never a person or an organisation's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from django.db.models import Count, IntegerField, Q, Sum, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone

from techpaten.core.bilingual import pick
from techpaten.costs import arithmetic
from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements.models import Engagement, HoursReport
from techpaten.inventory.models import Service
from techpaten.organisations.models import Organisation

MONTHS_SHOWN = 12
# The cost categories in the order of the chart: who covers the running costs, then what nobody covers yet.
COVERED_CATEGORIES = (
    CostItem.CoveredBy.ORGANISATION,
    CostItem.CoveredBy.VOLUNTEER,
    CostItem.CoveredBy.SPONSOR,
    CostItem.CoveredBy.PLEDGES,
)
OPEN = CostItem.CoveredBy.OPEN


@dataclass(frozen=True)
class Bar:
    """One bar: a label (a sector's name in the active language) and its number."""

    label: str
    value: int


@dataclass(frozen=True)
class Month:
    month: date  # the first day
    hours: Decimal


@dataclass(frozen=True)
class CostPart:
    category: str  # a CostItem.CoveredBy value
    label: str
    cents: int


@dataclass
class Statistics:
    organisations_per_sector: list[Bar] = field(default_factory=list)
    active_per_sector: list[Bar] = field(default_factory=list)
    hours_per_month: list[Month] = field(default_factory=list)
    services_running: int = 0
    cost_parts: list[CostPart] = field(default_factory=list)  # the covered categories, then the open part

    @property
    def organisations_helped(self) -> int:
        return sum(row.value for row in self.organisations_per_sector)

    @property
    def active_engagements(self) -> int:
        return sum(row.value for row in self.active_per_sector)

    @property
    def hours_last_months(self) -> Decimal:
        return sum((m.hours for m in self.hours_per_month), Decimal(0))

    @property
    def costs_total(self) -> int:
        return sum(part.cents for part in self.cost_parts)

    @property
    def costs_covered(self) -> int:
        return sum(part.cents for part in self.cost_parts if part.category != OPEN)

    @property
    def costs_open(self) -> int:
        return self.costs_total - self.costs_covered


def collect(today: date | None = None) -> Statistics:
    today = today or timezone.localdate()
    return Statistics(
        organisations_per_sector=organisations_per_sector(),
        active_per_sector=active_engagements_per_sector(),
        hours_per_month=hours_per_month(today),
        services_running=Service.objects.filter(is_active=True).count(),
        cost_parts=monthly_costs(),
    )


def organisations_per_sector() -> list[Bar]:
    """Organisations helped: those with at least one engagement (in any state), by sector."""
    rows = (
        Organisation.objects.filter(engagements__isnull=False)
        .values("sector__name_de", "sector__name_en", "sector__position")
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n", "sector__position", "sector__name_de")
    )
    return [Bar(pick(r["sector__name_de"], r["sector__name_en"]), r["n"]) for r in rows]


def active_engagements_per_sector() -> list[Bar]:
    prefix = "organisation__sector__"
    rows = (
        Engagement.objects.filter(status=Engagement.Status.ACTIVE)
        .values(f"{prefix}name_de", f"{prefix}name_en", f"{prefix}position")
        .annotate(n=Count("pk"))
        .order_by("-n", f"{prefix}position", f"{prefix}name_de")
    )
    return [Bar(pick(r[f"{prefix}name_de"], r[f"{prefix}name_en"]), r["n"]) for r in rows]


def month_starts(today: date, count: int = MONTHS_SHOWN) -> list[date]:
    """The first days of the last `count` months, oldest first, the current month last."""
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def hours_per_month(today: date) -> list[Month]:
    """Hours reported per month over the last twelve months, months without reports as 0."""
    starts = month_starts(today)
    rows = (
        HoursReport.objects.filter(month__gte=starts[0], month__lt=_next_month(starts[-1]))
        .annotate(start=TruncMonth("month"))
        .values("start")
        .annotate(total=Sum("hours"))
        .order_by("start")
    )
    by_month = {_as_date(r["start"]): Decimal(r["total"] or 0) for r in rows}
    return [Month(start, by_month.get(start, Decimal(0))) for start in starts]


def _next_month(start: date) -> date:
    return date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)


def _as_date(value: object) -> date:
    # TruncMonth of a DateField gives a date; some backends hand back a datetime.
    return value.date() if hasattr(value, "date") and callable(value.date) else value  # type: ignore[return-value]


@dataclass
class _Priced:
    amount_cents: int
    period: str


def monthly_costs() -> list[CostPart]:
    """The running costs per month, by who covers them, cent-exact (techpaten/costs/arithmetic.py).

    An item covered by pledges counts as covered only up to its CONFIRMED pledges; the rest of it, and every item
    nobody covers yet, is the open part. Exact monthly amounts are added up per category and apportioned to whole
    cents once, so the parts add up to the rounded total.
    """
    zero = Value(0, output_field=IntegerField())
    rows = (
        CostItem.objects.filter(is_active=True)
        .annotate(
            confirmed=Coalesce(Sum("pledges__amount_cents", filter=Q(pledges__status=Pledge.Status.CONFIRMED)), zero)
        )
        .values_list("amount_cents", "period", "covered_by", "confirmed")
        .order_by("pk")
    )
    exact: dict[str, Fraction] = {category: Fraction(0) for category in (*COVERED_CATEGORIES, OPEN)}
    for amount_cents, period, covered_by, confirmed in rows:
        one = arithmetic.line(_Priced(amount_cents, period), covered_by, confirmed_cents=int(confirmed))
        if covered_by in COVERED_CATEGORIES:
            exact[covered_by] += one.covered
        exact[OPEN] += one.monthly - one.covered
    cents = apportion(exact)
    labels = dict(CostItem.CoveredBy.choices)
    return [CostPart(category, str(labels[category]), cents[category]) for category in exact]


def apportion(exact: dict[str, Fraction]) -> dict[str, int]:
    """Whole cents for exact parts that add up to the rounded total: each part gets its floor, the cents left over go
    one each to the parts with the largest remainders (ties to the earlier part), as `arithmetic.split` does."""
    total = arithmetic.round_half_up(sum(exact.values(), Fraction(0)))
    floors = {key: int(value.__floor__()) for key, value in exact.items()}
    left_over = total - sum(floors.values())
    keys = list(exact)
    by_remainder = sorted(range(len(keys)), key=lambda i: (-(exact[keys[i]] - floors[keys[i]]), i))
    for index in by_remainder[:left_over]:
        floors[keys[index]] += 1
    return floors
