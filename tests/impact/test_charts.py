"""The SVG charts: scalable, named for screen readers, escaped, proportional, no inline styles."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from techpaten.impact import charts
from techpaten.impact.charts import LABEL_MAX_CHARS, Row


def bars(rows: list[Row]) -> charts.Chart:
    return charts.horizontal_bars(
        "test-chart", "Titel", "Beschreibung", rows, label_heading="Sparte", value_heading="Anzahl"
    )


def widths(svg: str) -> list[float]:
    return [float(w) for w in re.findall(r'<rect class="chart-bar[^"]*" [^>]*width="([\d.]+)"', svg)]


def heights(svg: str) -> list[float]:
    return [float(h) for h in re.findall(r'<rect class="chart-bar[^"]*" [^>]*height="([\d.]+)"', svg)]


def test_a_bar_chart_is_a_named_scalable_image():
    svg = str(bars([Row("Kita", 2, "2")]).svg)
    assert svg.startswith("<svg") and 'viewBox="0 0 640 ' in svg
    assert 'role="img"' in svg and 'aria-labelledby="test-chart-title test-chart-desc"' in svg
    assert '<title id="test-chart-title">Titel</title>' in svg
    assert '<desc id="test-chart-desc">Beschreibung</desc>' in svg
    assert "style=" not in svg and "<script" not in svg


def test_bars_are_as_long_as_their_values():
    first, second, third = widths(str(bars([Row("A", 4, "4"), Row("B", 2, "2"), Row("C", 0, "0")]).svg))
    assert first == 2 * second and third == 0


def test_labels_and_values_are_escaped():
    svg = str(bars([Row('<script>alert("x")</script>', 1, "<b>1</b>")]).svg)
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg and "&lt;b&gt;1&lt;/b&gt;" in svg


def test_long_labels_wrap_onto_lines_and_are_shown_whole():
    label = "Bürgerinitiative / lokale Aktion mit sehr langem Namen"
    chart = bars([Row(label, 1, "1"), Row("Kita", 2, "2")])
    svg = str(chart.svg)
    assert f"<title>{label}: 1</title>" in svg
    lines = re.findall(r"<tspan [^>]*>([^<]*)</tspan>", svg)
    assert " ".join(lines[:-1]) == label  # every word of the long label, none cut off
    assert all(len(line) <= LABEL_MAX_CHARS for line in lines)
    assert "…" not in svg
    assert chart.rows[0].label == label


def test_a_wrapped_label_gets_a_taller_row():
    one_line = float(re.search(r'viewBox="0 0 640 ([0-9.]+)"', str(bars([Row("Kita", 1, "1")]).svg)).group(1))
    three_lines = bars([Row("Bürgerinitiative / lokale Aktion mit sehr langem Namen", 1, "1")]).svg
    assert float(re.search(r'viewBox="0 0 640 ([0-9.]+)"', str(three_lines)).group(1)) > one_line


def test_a_modifier_class_marks_a_bar():
    svg = str(bars([Row("offen", 1, "1 €", "chart-bar-open")]).svg)
    assert 'class="chart-bar chart-bar-open"' in svg


def test_month_columns_are_as_high_as_their_values_and_carry_the_month_names():
    rows = [Row(f"Monat {n}", Decimal(n), f"{n} h") for n in range(12)]
    chart = charts.monthly_columns(
        "hours",
        "Stunden",
        "Stunden je Monat",
        rows,
        axis_labels=[f"M{n}" for n in range(12)],
        label_heading="Monat",
        value_heading="Stunden",
    )
    svg = str(chart.svg)
    found = heights(svg)
    assert len(found) == 12 and found[0] == 0
    assert found[11] == charts.COLUMNS_HEIGHT - charts.TOP_ROOM - charts.BOTTOM_ROOM  # the largest fills the plot
    assert found[11] == pytest.approx(11 * found[1], abs=0.2)  # coordinates have one decimal
    assert ">M0<" in svg and ">M11<" in svg and ">11 h<" in svg
    assert 'viewBox="0 0 640 240.0"' in svg


def test_charts_with_nothing_to_show_do_not_break():
    empty = bars([])
    zeros = charts.monthly_columns(
        "z", "t", "d", [Row("Jan", 0, "0 h")], axis_labels=["Jan"], label_heading="M", value_heading="H"
    )
    assert "<svg" in str(empty.svg) and heights(str(zeros.svg)) == [0.0]
