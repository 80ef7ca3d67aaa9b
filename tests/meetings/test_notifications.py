"""Mails about first meetings: to the other side, in the recipient's language, with Berlin times."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import formats, timezone, translation

from techpaten.core.rules import RuleViolation
from techpaten.meetings import services
from techpaten.meetings.models import FirstMeeting
from techpaten.organisations.models import Membership
from tests.texts import de

from .. import factories
from .conftest import BERLIN, in_days


def sent_to() -> list[str]:
    return sorted(m.to[0] for m in mail.outbox)


def propose(offer, user, **extra):
    values = {"starts_at": in_days(10, hour=14), "duration_minutes": 45, "place": "Sonnenallee 1", "note": ""}
    values.update(extra)
    return services.propose(offer, user, **values)


def test_a_volunteers_proposal_goes_to_the_organisations_admins(
    offer, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    second_admin = factories.make_user("bea.admin@kita.example")
    factories.add_member(offer.need.organisation, second_admin, role=Membership.Role.ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        propose(offer, volunteer)
    # The plain member is not told: the admins answer offers, and any member may confirm on the page.
    assert sent_to() == sorted([org_admin.email, second_admin.email])
    assert all(reverse("offers:detail", args=[offer.pk]) + "#meetings" in m.body for m in mail.outbox)
    assert all(volunteer.display_name in m.body for m in mail.outbox)


def test_an_organisations_proposal_goes_to_the_volunteer(
    offer, volunteer, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = propose(offer, org_member, place="", link="https://meet.jit.si/kita")
    assert sent_to() == [volunteer.email]
    body = mail.outbox[0].body
    assert "https://meet.jit.si/kita" in body
    assert mail.outbox[0].subject == de("Proposal for a first meeting: “%(title)s”", title=offer.need.title)
    assert meeting.pk


def test_each_recipient_reads_the_date_in_their_language_and_in_berlin_time(
    offer, volunteer, org_admin, django_capture_on_commit_callbacks
):
    volunteer.language = "en"
    volunteer.save()
    starts = in_days(10, hour=14)
    # Whatever time zone the request ran in, the mail shows the time in Germany.
    with timezone.override("America/New_York"), django_capture_on_commit_callbacks(execute=True):
        meeting = propose(offer, org_admin, starts_at=starts)
    english = mail.outbox[0]
    assert english.to == [volunteer.email]
    assert english.subject == f"Proposal for a first meeting: “{offer.need.title}”"
    with translation.override("en"):
        date_en = formats.date_format(starts.astimezone(BERLIN), "DATE_FORMAT")
    assert f"{starts:%A}, {date_en} at 14:00 (German time)" in english.body
    assert "45 minutes" in english.body

    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        services.decline(meeting, volunteer)
    german = mail.outbox[0]
    assert german.to == [org_admin.email]
    with translation.override("de"):
        date_de = formats.date_format(starts.astimezone(BERLIN), "DATE_FORMAT")
        weekday = formats.date_format(starts.astimezone(BERLIN), "l")
        expected = translation.gettext("%(weekday)s, %(date)s at %(time)s (German time)") % {
            "weekday": weekday,
            "date": date_de,
            "time": "14:00",
        }
    assert expected in german.body
    assert german.subject == de("First meeting declined: “%(title)s”", title=offer.need.title)


def test_the_confirmation_carries_the_link_to_the_calendar_file(
    by_member, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm(by_member, volunteer)
    # The admins and the member who proposed hear that the volunteer confirmed.
    assert sent_to() == sorted([org_admin.email, org_member.email])
    ics = settings.SITE_URL + reverse("meetings:ical", args=[by_member.pk])
    assert all(ics in m.body for m in mail.outbox)
    assert all(ics in m.alternatives[0][0] for m in mail.outbox)
    title = by_member.offer.need.title
    assert all(m.subject == de("First meeting confirmed: “%(title)s”", title=title) for m in mail.outbox)


def test_the_volunteer_hears_that_the_organisation_confirmed(
    by_volunteer, volunteer, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm(by_volunteer, org_member)
    assert sent_to() == [volunteer.email]
    assert org_member.display_name in mail.outbox[0].body


def test_a_cancellation_goes_to_the_other_side_of_the_one_who_cancels(
    by_volunteer, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    services.confirm(by_volunteer, org_admin)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(by_volunteer, org_member)
    assert sent_to() == [volunteer.email]
    assert mail.outbox[0].subject == de("First meeting cancelled: “%(title)s”", title=by_volunteer.offer.need.title)


def test_withdrawing_ones_own_proposal_tells_the_other_side(
    by_volunteer, volunteer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(by_volunteer, volunteer)
    assert sent_to() == [org_admin.email]
    assert FirstMeeting.objects.get().status == FirstMeeting.Status.CANCELLED


def test_a_refused_change_sends_nothing(by_volunteer, volunteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuleViolation):
        services.confirm(by_volunteer, volunteer)
    assert mail.outbox == []
