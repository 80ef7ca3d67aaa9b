"""A confirmed first meeting as an iCalendar file (RFC 5545), for any calendar app."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import FirstMeeting
from .notifications import offer_url

PRODID = "-//Techpaten//Kennenlernen//DE"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(meeting: FirstMeeting) -> str:
    """Stable per meeting: a calendar that imports the file again updates the event instead of adding a second."""
    return f"meeting-{meeting.pk}@{urlsplit(settings.SITE_URL).hostname or 'techpaten'}"


def filename(meeting: FirstMeeting) -> str:
    return f"kennenlernen-{meeting.pk}.ics"


def summary(meeting: FirstMeeting) -> str:
    need = meeting.offer.need
    return _("First meeting on Techpaten: %(need)s (%(organisation)s)") % {
        "need": need.title,
        "organisation": need.organisation.name,
    }


def calendar(meeting: FirstMeeting) -> bytes:
    """The .ics file in the active language; times in UTC so every calendar shows them in its own zone."""
    starts = meeting.starts_at.astimezone(UTC)
    page = settings.SITE_URL + offer_url(meeting)
    event = icalendar.Event()
    event.add("uid", uid(meeting))
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=meeting.duration_minutes))
    event.add("summary", summary(meeting))
    event.add("location", meeting.place or meeting.link)
    if meeting.link:
        event.add("url", meeting.link)
    event.add("description", "\n\n".join(part for part in (meeting.note, page) if part))
    event.add("status", "CONFIRMED")

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add_component(event)
    return bytes(cal.to_ical())  # folds long lines and ends each with CRLF
