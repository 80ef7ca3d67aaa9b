"""Leaving the team, or the organisation ending the engagement, ends what the accepted offer opened — at once.

Issue 10: a volunteer who had left still saw the organisation's e-mail, phone and address on the offer page, could
still write and propose meetings, and the dashboard still said "accepted". End to end here: the pages, the
conversation and its mails, the first meetings and their calendar file, the export of one's data, the dashboard.
"""

from __future__ import annotations

import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from techpaten.conversations.models import Message
from techpaten.engagements.models import Engagement
from techpaten.engagements.standing import ENDED, LEFT, standing
from techpaten.meetings.models import FirstMeeting
from techpaten.offers.models import Offer
from tests.meetings.conftest import in_days, make_meeting
from tests.texts import de, shown

from .helpers import ALL_DONE, accept, url


@pytest.fixture
def offer(team, volunteer) -> Offer:
    return Offer.objects.get(volunteer=volunteer, status=Offer.Status.ACCEPTED)


@pytest.fixture
def meeting(offer, org_admin) -> FirstMeeting:
    return make_meeting(
        offer, org_admin, status=FirstMeeting.Status.CONFIRMED, place="Sonnenallee 1", starts_at=in_days(5)
    )


def as_(user) -> Client:
    """A client of its own per person (the fixtures' clients share one and would log each other out)."""
    client = Client()
    client.force_login(user)
    return client


def today(fmt: str = "DATE_FORMAT") -> str:
    with translation.override("de"):
        return date_format(timezone.localdate(), fmt)


def contact_of(organisation) -> tuple[str, ...]:
    return (organisation.contact_email, organisation.contact_phone, "Sonnenallee 1")


def leave(client, team) -> None:
    response = client.post(url("leave", team), {**ALL_DONE, "reason": "Ich ziehe um."})
    assert response.status_code == 302


def end(client, team) -> None:
    response = client.post(url("change_status", team), {"action": "end", "confirm": "on"})
    assert response.status_code == 302
    assert Engagement.objects.get(pk=team.pk).status == Engagement.Status.ENDED


def page(client, name: str, *args) -> str:
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    return response.content.decode()


def test_before_leaving_the_volunteer_sees_the_contact_details_writes_and_plans(
    volunteer_client, offer, meeting, organisation
):
    html = page(volunteer_client, "offers:detail", offer.pk)
    assert all(value in html for value in contact_of(organisation))
    assert 'action="{}"'.format(reverse("conversations:post", args=[offer.pk])) in html
    assert reverse("meetings:ical", args=[meeting.pk]) in html
    assert standing(offer).live


def test_after_leaving_every_page_hides_the_contact_details_and_the_offer_page_says_why(
    volunteer_client, offer, organisation, need, team
):
    leave(volunteer_client, team)
    for name, arg in [
        ("offers:detail", offer.pk),
        ("needs:detail", need.pk),
        ("organisations:detail", organisation.slug),
    ]:
        html = page(volunteer_client, name, arg)
        assert not [value for value in contact_of(organisation) if value in html], name
    html = page(volunteer_client, "offers:detail", offer.pk)
    assert shown(
        volunteer_client.get(reverse("offers:detail", args=[offer.pk])),
        de(
            "You left this engagement on %(date)s. The organisation's contact details, the conversation and first "
            "meetings are closed for you.",
            date=today(),
        ),
    )
    # The engagement page is the team's: the way there is gone with the place on the team.
    assert reverse("engagements:detail", args=[team.pk]) not in html
    assert volunteer_client.get(url("detail", team)).status_code == 404


def test_after_leaving_neither_side_writes_and_nobody_gets_a_mail_about_it(
    volunteer_client, offer, team, org_admin, volunteer, django_capture_on_commit_callbacks
):
    leave(volunteer_client, team)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(reverse("conversations:post", args=[offer.pk]), {"body": "Noch eine Frage"})
        assert shown(
            response, de("This conversation is closed because the volunteer is no longer on the organisation's team.")
        )
        as_(org_admin).post(reverse("conversations:post", args=[offer.pk]), {"body": "Danke für alles!"})
    assert Message.objects.filter(offer=offer).count() == 0
    assert mail.outbox == []
    html = page(volunteer_client, "offers:detail", offer.pk)
    assert 'name="body"' not in html


def test_after_leaving_no_meeting_is_planned_and_the_calendar_file_is_gone(
    volunteer_client, offer, team, meeting, org_admin, django_capture_on_commit_callbacks
):
    leave(volunteer_client, team)
    client = as_(org_admin)
    mail.outbox = []
    assert volunteer_client.get(reverse("meetings:ical", args=[meeting.pk])).status_code == 404
    proposal = {"meeting-date": in_days(9).date().isoformat(), "meeting-time": "10:00", "meeting-duration_minutes": 30}
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(reverse("meetings:propose", args=[offer.pk]), {**proposal, "meeting-place": "Café"})
        response = client.post(reverse("meetings:propose", args=[offer.pk]), {**proposal, "meeting-place": "Kita"})
    assert shown(response, de("The volunteer is no longer on the organisation's team: no more first meetings here."))
    assert FirstMeeting.objects.filter(offer=offer).count() == 1
    assert mail.outbox == []
    html = page(volunteer_client, "offers:detail", offer.pk)
    assert reverse("meetings:ical", args=[meeting.pk]) not in html and 'name="meeting-date"' not in html
    # The organisation may still call off what was planned, and the volunteer is told.
    assert client.get(reverse("meetings:ical", args=[meeting.pk])).status_code == 200


def test_after_leaving_the_dashboard_no_longer_lists_the_offer_as_accepted(volunteer_client, offer, team):
    leave(volunteer_client, team)
    html = page(volunteer_client, "dashboard")
    assert shown(
        volunteer_client.get(reverse("dashboard")),
        de("left the team on %(date)s", date=today("SHORT_DATE_FORMAT")),
    )
    assert 'class="tag status-accepted"' not in html


def test_the_export_of_ones_data_holds_the_leaving_and_no_contact_details(volunteer_client, offer, team, organisation):
    leave(volunteer_client, team)
    exported = volunteer_client.get(reverse("privacy:download")).content.decode("utf-8")
    data = json.loads(exported)
    assert not [value for value in contact_of(organisation) if value in exported]
    assert any(m["left_at"] for m in data["team_memberships"])


def test_the_mails_about_the_leaving_carry_no_contact_details(
    volunteer_client, team, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        leave(volunteer_client, team)
    assert mail.outbox
    for message in mail.outbox:
        body = message.body + "".join(str(content) for content, _type in getattr(message, "alternatives", []))
        assert not [value for value in contact_of(organisation) if value in body]


def test_when_the_organisation_ends_the_engagement_the_team_loses_the_same_at_once(
    offer, team, meeting, organisation, need, kai, org_admin
):
    end(as_(org_admin), team)
    found = standing(offer)
    assert (found.live, found.why) == (False, ENDED)
    for user in (offer.volunteer, kai):
        client = as_(user)
        for name, arg in [("needs:detail", need.pk), ("organisations:detail", organisation.slug)]:
            assert not [value for value in contact_of(organisation) if value in page(client, name, arg)]
    client = as_(offer.volunteer)
    html = page(client, "offers:detail", offer.pk)
    assert not [value for value in contact_of(organisation) if value in html]
    assert shown(
        client.get(reverse("offers:detail", args=[offer.pk])),
        de(
            "The organisation ended this engagement on %(date)s. Its contact details, the conversation and first "
            "meetings are closed for you.",
            date=today(),
        ),
    )
    assert client.post(reverse("conversations:post", args=[offer.pk]), {"body": "Hallo?"}).status_code == 200
    assert Message.objects.filter(offer=offer).count() == 0
    assert client.get(reverse("meetings:ical", args=[meeting.pk])).status_code == 404


def test_the_organisation_sees_who_left_and_when_on_the_offer(volunteer_client, offer, team, org_admin):
    leave(volunteer_client, team)
    assert standing(offer).why == LEFT
    assert shown(
        as_(org_admin).get(reverse("offers:detail", args=[offer.pk])),
        de(
            "%(name)s left the team on %(date)s: the conversation and first meetings on this offer are closed.",
            name="Vera Volunteer",
            date=today(),
        ),
    )


def test_coming_back_on_a_team_of_the_organisation_opens_it_again(
    volunteer_client, offer, team, need, org_admin, organisation
):
    from tests import factories

    leave(volunteer_client, team)
    website = factories.make_need(organisation, title="Neue Webseite", use_cases=("website",))
    accept(website, offer.volunteer, org_admin)
    assert standing(offer).live
    assert organisation.contact_email in page(volunteer_client, "offers:detail", offer.pk)
