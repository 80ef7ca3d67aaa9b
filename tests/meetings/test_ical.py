"""meetings:ical — a confirmed meeting as an iCalendar file, read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from techpaten.meetings.models import FirstMeeting

from ..conftest import login
from .conftest import in_days, make_meeting


@pytest.fixture
def confirmed(offer, volunteer, org_admin) -> FirstMeeting:
    return make_meeting(
        offer,
        volunteer,
        starts_at=in_days(12, hour=9, minute=30),
        duration_minutes=45,
        link="https://meet.jit.si/kita-sonnenschein",
        status=FirstMeeting.Status.CONFIRMED,
        answered_by=org_admin,
    )


def url(meeting: FirstMeeting) -> str:
    return reverse("meetings:ical", args=[meeting.pk])


def event_of(content: bytes) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_the_calendar_file_has_every_field_with_utc_times(settings, volunteer_client, confirmed, offer):
    settings.SITE_URL = "https://techpaten.example"
    response = volunteer_client.get(url(confirmed))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="kennenlernen-{confirmed.pk}.ics"'
    calendar, event = event_of(response.content)
    assert str(calendar["PRODID"]) == "-//Techpaten//Kennenlernen//DE"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(event["UID"]) == f"meeting-{confirmed.pk}@techpaten.example"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.utcoffset() == timedelta(0) and start == confirmed.starts_at
    assert end - start == timedelta(minutes=45)
    # Written as UTC ("…Z"), so every calendar shows it in its own time zone.
    assert f"DTSTART:{confirmed.starts_at.astimezone(UTC):%Y%m%dT%H%M%S}Z" in response.content.decode()
    assert event.decoded("DTSTAMP").utcoffset() == timedelta(0)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert offer.need.title in str(event["SUMMARY"])
    assert offer.need.organisation.name in str(event["SUMMARY"])
    assert str(event["LOCATION"]) == "Sonnenallee 1, 10115 Berlin"
    assert str(event["URL"]) == "https://meet.jit.si/kita-sonnenschein"
    description = str(event["DESCRIPTION"])
    assert confirmed.note in description
    assert f"https://techpaten.example/offers/{offer.pk}/#meetings" in description


def test_lines_end_with_crlf(volunteer_client, confirmed):
    content = volunteer_client.get(url(confirmed)).content
    assert content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert content.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in content.replace(b"\r\n", b"")


def test_an_online_meeting_is_located_at_its_link(member_client, offer, volunteer):
    meeting = make_meeting(
        offer, volunteer, place="", link="https://meet.jit.si/raum", status=FirstMeeting.Status.CONFIRMED
    )
    _calendar, event = event_of(member_client.get(url(meeting)).content)
    assert str(event["LOCATION"]) == "https://meet.jit.si/raum"


def test_a_meeting_in_person_has_no_url(admin_client_, offer, volunteer):
    meeting = make_meeting(offer, volunteer, link="", note="", status=FirstMeeting.Status.CONFIRMED)
    _calendar, event = event_of(admin_client_.get(url(meeting)).content)
    assert "URL" not in event
    assert str(event["DESCRIPTION"]).startswith("http")


def test_the_summary_is_in_the_language_of_the_person_downloading(volunteer_client, volunteer, confirmed, offer):
    volunteer.language = "en"
    volunteer.save()
    _calendar, event = event_of(volunteer_client.get(url(confirmed)).content)
    need, organisation = offer.need.title, offer.need.organisation.name
    assert str(event["SUMMARY"]) == f"First meeting on Techpaten: {need} ({organisation})"
    volunteer.language = "de"
    volunteer.save()
    _calendar, event = event_of(volunteer_client.get(url(confirmed)).content)
    with translation.override("de"):
        german = translation.gettext("First meeting on Techpaten: %(need)s (%(organisation)s)")
    assert str(event["SUMMARY"]) == german % {"need": need, "organisation": organisation}


@pytest.mark.parametrize("state", ["proposed", "declined", "cancelled"])
def test_only_a_confirmed_meeting_goes_into_a_calendar(volunteer_client, offer, volunteer, state):
    meeting = make_meeting(offer, volunteer, status=state)
    assert volunteer_client.get(url(meeting)).status_code == 404


def test_outsiders_get_404_and_anonymous_visitors_the_login(client, confirmed, other_member, staff):
    anonymous = client.get(url(confirmed))
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))
    for person in (other_member, staff):
        assert login(client, person).get(url(confirmed)).status_code == 404
