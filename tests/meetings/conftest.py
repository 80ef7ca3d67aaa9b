"""Fixtures for the Kennenlernen tests: a pending offer, and meetings proposed by either side."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from techpaten.meetings.models import FirstMeeting
from techpaten.offers.models import Offer

from .. import factories

BERLIN = ZoneInfo(settings.TIME_ZONE)


def in_days(days: int, hour: int = 14, minute: int = 0) -> datetime:
    """A time `days` from today at hour:minute in Berlin (the platform's time zone)."""
    day = timezone.localdate(timezone.now(), BERLIN) + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def make_meeting(offer: Offer, proposed_by: Any, **extra: Any) -> FirstMeeting:
    defaults: dict[str, Any] = {
        "starts_at": in_days(7),
        "duration_minutes": 30,
        "place": "Sonnenallee 1, 10115 Berlin",
        "note": "Kurz vorstellen und die Fotos besprechen.",
    }
    defaults.update(extra)
    return FirstMeeting.objects.create(offer=offer, proposed_by=proposed_by, **defaults)


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


@pytest.fixture
def by_volunteer(offer, volunteer) -> FirstMeeting:
    """A proposal by the volunteer: an organisation member answers it."""
    return make_meeting(offer, volunteer)


@pytest.fixture
def by_member(offer, org_member) -> FirstMeeting:
    """A proposal by a plain member of the organisation: the volunteer answers it."""
    return make_meeting(offer, org_member, place="", link="https://meet.jit.si/techpaten-kennenlernen")


def status(meeting: FirstMeeting) -> str:
    return FirstMeeting.objects.values_list("status", flat=True).get(pk=meeting.pk)
