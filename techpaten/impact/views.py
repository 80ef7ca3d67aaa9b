"""The public statistics page: what volunteers achieve on Techpaten, as figures, charts and tables."""

from __future__ import annotations

from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.dateformat import format as format_date
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from techpaten.core.money import euros

from . import charts
from .statistics import OPEN, Bar, Statistics, collect


def statistics(request: HttpRequest) -> HttpResponse:
    stats = collect()
    return render(
        request,
        "impact/statistics.html",
        {
            "stats": stats,
            "hours_last_months": hours(stats.hours_last_months),
            "charts": _charts(stats),
        },
    )


def hours(value: Decimal) -> str:
    places = 0 if value == value.to_integral_value() else 1
    return _("%(hours)s h") % {"hours": number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)}


def count(value: int) -> str:
    return number_format(value, use_l10n=True, force_grouping=True)


def _summary(rows: list[charts.Row]) -> str:
    """The chart's description for screen readers: every label with its value."""
    if not rows:
        return _("No figures yet.")
    return "; ".join(f"{row.label}: {row.text}" for row in rows)


def _sector_bars(key: str, title: str, bars: list[Bar], value_heading: str) -> charts.Chart:
    rows = [charts.Row(bar.label, bar.value, count(bar.value)) for bar in bars]
    return charts.horizontal_bars(
        key, title, _summary(rows), rows, label_heading=_("Sector"), value_heading=value_heading
    )


def _charts(stats: Statistics) -> dict[str, charts.Chart]:
    month_rows = [charts.Row(format_date(m.month, "F Y"), m.hours, hours(m.hours)) for m in stats.hours_per_month]
    cost_rows = [
        charts.Row(part.label, part.cents, euros(part.cents), "chart-bar-open" if part.category == OPEN else "")
        for part in stats.cost_parts
    ]
    return {
        "organisations": _sector_bars(
            "chart-organisations",
            _("Organisations helped per sector"),
            stats.organisations_per_sector,
            _("Organisations"),
        ),
        "engagements": _sector_bars(
            "chart-engagements",
            _("Active engagements per sector"),
            stats.active_per_sector,
            _("Active engagements"),
        ),
        "hours": charts.monthly_columns(
            "chart-hours",
            _("Volunteer hours reported per month"),
            _summary(month_rows),
            month_rows,
            axis_labels=[format_date(m.month, "M") for m in stats.hours_per_month],
            label_heading=_("Month"),
            value_heading=_("Hours"),
        ),
        "costs": charts.horizontal_bars(
            "chart-costs",
            _("Running costs per month, by who covers them"),
            _summary(cost_rows),
            cost_rows,
            label_heading=_("Covered by"),
            value_heading=_("Per month"),
        ),
    }
