"""Charts as inline SVG, built on the server: no JavaScript, no third-party requests, nothing for the CSP to allow.

Each chart scales with its `viewBox` (phones too), is one image for screen readers (`role="img"` named by its
`<title>` and `<desc>`), and comes with the same numbers as a plain table (see impact/_chart.html): the table is
what screen readers and browsers without CSS read. Colours come from CSS classes in site.css (`chart-*`); inline
`style` attributes would break the CSP (style-src 'self'). Every label is escaped by `format_html`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

Number = int | Decimal | float

WIDTH = 640
# Horizontal bars: labels on the left, the bar, its value after it.
LABEL_WIDTH = 200
VALUE_ROOM = 96
ROW_HEIGHT = 32
BAR_HEIGHT = 20
LABEL_MAX_CHARS = 22  # per line: longer labels wrap onto more lines
LINE_HEIGHT = 18
# Text stays readable when a phone shrinks the 640-unit-wide chart to about half.
BAR_FONT = 16
COLUMN_FONT = 15
# Columns: the value above each column, the month below.
COLUMNS_HEIGHT = 240
TOP_ROOM = 24
BOTTOM_ROOM = 28


@dataclass(frozen=True)
class Row:
    label: str  # as the table shows it (the chart wraps it onto lines)
    value: Number
    text: str  # the value as people read it, e.g. "12,5 h" or "40 €"
    css: str = ""  # a modifier class for the bar, e.g. "chart-bar-open"


@dataclass(frozen=True)
class Chart:
    key: str  # unique on the page: the ids of title and description derive from it
    title: str
    description: str
    label_heading: str
    value_heading: str
    rows: Sequence[Row]
    svg: SafeString


def _n(value: float) -> str:
    """A coordinate: locale-independent, one decimal."""
    return f"{value:.1f}"


def _lines(label: str) -> list[str]:
    """The label wrapped onto lines that fit left of the bars (whole words where they fit; a word longer than a line
    is split), so no label is cut off."""
    return textwrap.wrap(label, LABEL_MAX_CHARS, break_long_words=True, break_on_hyphens=True) or [""]


def _label(lines: list[str], baseline: float) -> SafeString:
    """The lines of a label as <tspan>s, centred on the row's baseline."""
    first = baseline - (len(lines) - 1) * LINE_HEIGHT / 2
    return format_html_join(
        "",
        '<tspan x="{}" y="{}">{}</tspan>',
        ((_n(LABEL_WIDTH - 8), _n(first + number * LINE_HEIGHT), line) for number, line in enumerate(lines)),
    )


def _bar_class(row: Row) -> str:
    return f"chart-bar {row.css}" if row.css else "chart-bar"


def _scale(rows: Sequence[Row]) -> float:
    largest = max((float(row.value) for row in rows), default=0.0)
    return largest if largest > 0 else 1.0


def _svg(key: str, title: str, description: str, height: float, kind: str, body: SafeString) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{}" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{}-title {}-desc" focusable="false">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        kind,
        WIDTH,
        _n(height),
        key,
        key,
        key,
        title,
        key,
        description,
        body,
    )


def horizontal_bars(
    key: str, title: str, description: str, rows: Sequence[Row], *, label_heading: str, value_heading: str
) -> Chart:
    """One bar per row, longest value full width; for counts per sector or amounts per category."""
    scale = _scale(rows)
    bar_room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    parts = []
    row_top = 0.0
    for row in rows:
        lines = _lines(row.label)
        row_height = max(ROW_HEIGHT, len(lines) * LINE_HEIGHT + ROW_HEIGHT - BAR_HEIGHT)
        top = row_top + (row_height - BAR_HEIGHT) / 2
        width = bar_room * float(row.value) / scale
        baseline = top + BAR_HEIGHT / 2 + 5
        parts.append(
            format_html(
                '<g class="chart-row"><title>{}: {}</title>'
                '<text class="chart-label" text-anchor="end" font-size="{}">{}</text>'
                '<rect class="{}" x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
                '<text class="chart-value" x="{}" y="{}" font-size="{}">{}</text></g>',
                row.label,
                row.text,
                BAR_FONT,
                _label(lines, baseline),
                _bar_class(row),
                _n(LABEL_WIDTH),
                _n(top),
                _n(width),
                _n(BAR_HEIGHT),
                _n(LABEL_WIDTH + width + 6),
                _n(baseline),
                BAR_FONT,
                row.text,
            )
        )
        row_top += row_height
    height = max(row_top, ROW_HEIGHT)
    body = format_html_join("", "{}", ((part,) for part in parts))
    svg = _svg(key, title, description, height, "bars", body)
    return Chart(key, title, description, label_heading, value_heading, rows, svg)


def monthly_columns(
    key: str,
    title: str,
    description: str,
    rows: Sequence[Row],
    *,
    axis_labels: Sequence[str],
    label_heading: str,
    value_heading: str,
) -> Chart:
    """One column per month, oldest left; `axis_labels` are the short month names under the columns."""
    scale = _scale(rows)
    plot_height = COLUMNS_HEIGHT - TOP_ROOM - BOTTOM_ROOM
    base = TOP_ROOM + plot_height
    slot = (WIDTH - 16) / max(len(rows), 1)
    column = slot * 0.6
    parts = [
        format_html(
            '<line class="chart-axis" x1="8" y1="{}" x2="{}" y2="{}" stroke-width="1"></line>',
            _n(base),
            WIDTH - 8,
            _n(base),
        )
    ]
    for index, (row, axis_label) in enumerate(zip(rows, axis_labels, strict=True)):
        centre = 8 + slot * index + slot / 2
        height = plot_height * float(row.value) / scale
        parts.append(
            format_html(
                '<g class="chart-row"><title>{}: {}</title>'
                '<rect class="{}" x="{}" y="{}" width="{}" height="{}" rx="2"></rect>'
                '<text class="chart-value" x="{}" y="{}" text-anchor="middle" font-size="{}">{}</text>'
                '<text class="chart-label" x="{}" y="{}" text-anchor="middle" font-size="{}">{}</text></g>',
                row.label,
                row.text,
                _bar_class(row),
                _n(centre - column / 2),
                _n(base - height),
                _n(column),
                _n(height),
                _n(centre),
                _n(base - height - 6),
                COLUMN_FONT,
                row.text,
                _n(centre),
                _n(base + 20),
                COLUMN_FONT,
                axis_label,
            )
        )
    body = format_html_join("", "{}", ((part,) for part in parts))
    svg = _svg(key, title, description, COLUMNS_HEIGHT, "columns", body)
    return Chart(key, title, description, label_heading, value_heading, rows, svg)
