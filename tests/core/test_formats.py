"""Dates, times and amounts read unambiguously for a European audience in both languages (issue 12): English pages
write "13 Nov 2026", "14:30" and "€20", never 11/13/2026, 2:30 p.m. or "20 €"."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.formats import get_format

from techpaten.core.money import euros

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 13)
MOMENT = datetime(2026, 11, 13, 14, 30, tzinfo=BERLIN)

PAGE = Template(
    '{% load techpaten %}{{ day|date:"DATE_FORMAT" }}|{{ day|date:"SHORT_DATE_FORMAT" }}|'
    '{{ moment|time:"TIME_FORMAT" }}|{{ moment|date:"DATETIME_FORMAT" }}|{{ amount|euros }}|{{ cents|euros }}'
)


def rendered(language: str) -> list[str]:
    with translation.override(language):
        context = Context({"day": DAY, "moment": MOMENT, "amount": 2000, "cents": 123450})
        return PAGE.render(context).split("|")


def test_english_dates_times_and_amounts_are_european():
    assert rendered("en") == ["13 Nov 2026", "13 Nov 2026", "14:30", "13 Nov 2026, 14:30", "€20", "€1,234.50"]


def test_german_dates_times_and_amounts_stay_german():
    assert rendered("de") == [
        "13. November 2026",
        "13.11.2026",
        "14:30",
        "13. November 2026 14:30",
        "20\u00a0€",
        "1.234,50\u00a0€",
    ]


@pytest.mark.parametrize(("language", "expected"), [("en", "-€5"), ("de", "-5\u00a0€")])
def test_a_negative_amount_keeps_its_sign_in_front(language: str, expected: str):
    with translation.override(language):
        assert euros(-500) == expected


def test_monday_starts_the_english_week():
    with translation.override("en"):
        assert get_format("FIRST_DAY_OF_WEEK") == 1


def test_english_reads_what_a_date_field_sends():
    with translation.override("en"):
        assert "%Y-%m-%d" in get_format("DATE_INPUT_FORMATS")
