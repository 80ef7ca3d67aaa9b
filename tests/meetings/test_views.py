"""The Kennenlernen section on the offer page and its writes: propose, confirm, decline, cancel."""

from __future__ import annotations

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.meetings.models import FirstMeeting
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .conftest import in_days, make_meeting, status

Status = FirstMeeting.Status


def offer_page(offer: Offer) -> str:
    return reverse("offers:detail", args=[offer.pk])


def propose_url(offer: Offer) -> str:
    return reverse("meetings:propose", args=[offer.pk])


def action_url(action: str, meeting: FirstMeeting) -> str:
    return reverse(f"meetings:{action}", args=[meeting.pk])


def form_data(**extra: str) -> dict[str, str]:
    starts = in_days(5, hour=16, minute=30)
    data = {
        "meeting-date": starts.date().isoformat(),
        "meeting-time": "16:30",
        "meeting-duration_minutes": "30",
        "meeting-place": "Sonnenallee 1, 10115 Berlin",
        "meeting-link": "",
        "meeting-note": "Ich bringe Kaffee mit.",
    }
    data.update({f"meeting-{key}": value for key, value in extra.items()})
    return data


# The section on the offer page ----------------------------------------------------------------------------------


def test_the_offer_page_shows_the_form_to_propose_a_first_meeting(volunteer_client, offer):
    response = volunteer_client.get(offer_page(offer))
    html = response.content.decode()
    assert shown(response, de("Propose a first meeting"))
    assert f'action="{propose_url(offer)}"' in html
    assert 'type="date"' in html and 'type="time"' in html
    assert shown(response, de("No first meeting has been proposed yet."))


def test_the_organisation_sees_the_volunteers_proposal_with_buttons_to_answer(member_client, by_volunteer, volunteer):
    response = member_client.get(offer_page(by_volunteer.offer))
    html = response.content.decode()
    assert shown(response, by_volunteer.place)
    assert shown(response, de("proposed"))
    assert volunteer.display_name in html
    assert action_url("confirm", by_volunteer) in html
    assert action_url("decline", by_volunteer) in html
    # Only the proposer withdraws an open proposal; the organisation declines it instead.
    assert action_url("cancel", by_volunteer) not in html
    assert action_url("ical", by_volunteer) not in html


def test_the_proposer_may_withdraw_but_not_answer_their_own_proposal(volunteer_client, by_volunteer):
    html = volunteer_client.get(offer_page(by_volunteer.offer)).content.decode()
    assert action_url("confirm", by_volunteer) not in html
    assert action_url("cancel", by_volunteer) in html


def test_a_confirmed_meeting_offers_its_calendar_file_and_cancelling_to_both_sides(
    volunteer_client, client, org_member, by_member
):
    FirstMeeting.objects.filter(pk=by_member.pk).update(status=Status.CONFIRMED)
    for page_client in (volunteer_client,):
        html = page_client.get(offer_page(by_member.offer)).content.decode()
        assert action_url("ical", by_member) in html
        assert action_url("cancel", by_member) in html
        assert by_member.link in html
    html = login(client, org_member).get(offer_page(by_member.offer)).content.decode()
    assert action_url("ical", by_member) in html and action_url("cancel", by_member) in html


def test_an_ended_offer_shows_its_meetings_but_no_form(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.WITHDRAWN)
    make_meeting(offer, volunteer, status=Status.CANCELLED)
    response = volunteer_client.get(offer_page(offer))
    assert propose_url(offer) not in response.content.decode()
    assert shown(response, de("First meetings can be planned while the offer is waiting for an answer or accepted."))
    assert shown(response, de("cancelled"))


def test_the_offer_page_runs_the_same_queries_for_1_and_10_meetings(
    member_client, offer, volunteer, django_assert_num_queries
):
    make_meeting(offer, volunteer)
    member_client.get(offer_page(offer))  # warm the session
    with CaptureQueriesContext(connection) as one:
        member_client.get(offer_page(offer))
    for day in range(9):
        make_meeting(offer, volunteer, starts_at=in_days(day + 1), status=Status.CONFIRMED)
    with django_assert_num_queries(len(one.captured_queries)):
        response = member_client.get(offer_page(offer))
    assert response.content.decode().count(">" + de("Confirm") + "<") == 1


# Proposing ----------------------------------------------------------------------------------------------------


def test_proposing_sends_the_proposal_and_returns_to_the_offer_page(
    volunteer_client, offer, volunteer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(propose_url(offer), form_data(), follow=True)
    assert response.redirect_chain == [(offer_page(offer) + "#meetings", 302)]
    assert shown(response, de("Your proposal for a first meeting has been sent. The other side confirms it."))
    meeting = FirstMeeting.objects.get()
    assert (meeting.proposed_by, meeting.status, meeting.duration_minutes) == (volunteer, Status.PROPOSED, 30)
    # The time was entered in the platform's time zone.
    assert meeting.starts_at == in_days(5, hour=16, minute=30)
    assert [m.to for m in mail.outbox] == [[org_admin.email]]


def assert_refused(response, message: str) -> None:
    assert response.status_code == 200
    assert shown(response, message)
    assert FirstMeeting.objects.count() == 0
    assert mail.outbox == []


def test_a_date_in_the_past_is_refused_with_the_form_kept(volunteer_client, offer):
    yesterday = in_days(-1).date().isoformat()
    response = volunteer_client.post(propose_url(offer), form_data(date=yesterday))
    assert_refused(response, de("Please choose a time in the future."))
    assert f'value="{yesterday}"' in response.content.decode()
    assert shown(response, "Ich bringe Kaffee mit.")


def test_neither_place_nor_link_is_refused(member_client, offer):
    response = member_client.post(propose_url(offer), form_data(place="", link=""))
    assert_refused(response, de("Please give a place to meet or a link for a video call."))


def test_an_unencrypted_link_is_refused(member_client, offer):
    response = member_client.post(propose_url(offer), form_data(place="", link="http://meet.example/raum"))
    assert_refused(response, de("The link for the video call must start with https://."))


def test_a_missing_time_and_an_unknown_duration_are_field_errors(volunteer_client, offer):
    response = volunteer_client.post(propose_url(offer), form_data(time="", duration_minutes="5"))
    assert_refused(response, de("Please correct the marked fields."))


def test_an_ended_offer_takes_no_proposal(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.DECLINED)
    response = volunteer_client.post(propose_url(offer), form_data())
    assert_refused(
        response, de("A first meeting can only be planned while the offer is waiting for an answer or accepted.")
    )


# Answering and cancelling -------------------------------------------------------------------------------------


def test_a_member_confirms_the_volunteers_proposal(
    member_client, by_volunteer, volunteer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(action_url("confirm", by_volunteer), follow=True)
    assert response.redirect_chain == [(offer_page(by_volunteer.offer) + "#meetings", 302)]
    assert shown(response, de("You confirmed the first meeting. The other side has been told."))
    assert status(by_volunteer) == Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [[volunteer.email]]


def test_the_volunteer_declines_the_organisations_proposal(volunteer_client, by_member):
    response = volunteer_client.post(action_url("decline", by_member), follow=True)
    assert shown(response, de("You declined the proposal. The other side has been told."))
    assert status(by_member) == Status.DECLINED


def test_the_proposer_cannot_confirm_and_is_told_why(volunteer_client, by_volunteer):
    response = volunteer_client.post(action_url("confirm", by_volunteer), follow=True)
    assert shown(response, de("Only the other side can confirm this proposal, while it is open."))
    assert status(by_volunteer) == Status.PROPOSED
    assert mail.outbox == []


def test_a_second_click_on_confirm_changes_nothing(member_client, by_volunteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(action_url("confirm", by_volunteer))
        response = member_client.post(action_url("confirm", by_volunteer), follow=True)
    assert status(by_volunteer) == Status.CONFIRMED
    assert len(mail.outbox) == 1
    assert shown(response, de("Only the other side can confirm this proposal, while it is open."))


def test_the_proposer_withdraws_the_proposal(volunteer_client, by_volunteer):
    response = volunteer_client.post(action_url("cancel", by_volunteer), follow=True)
    assert shown(response, de("You cancelled the first meeting. The other side has been told."))
    assert status(by_volunteer) == Status.CANCELLED


# Who may come in ----------------------------------------------------------------------------------------------


def every_url(meeting: FirstMeeting) -> list[str]:
    return [propose_url(meeting.offer)] + [action_url(a, meeting) for a in ("confirm", "decline", "cancel", "ical")]


def test_outsiders_get_404_on_every_url_and_nothing_changes(client, by_volunteer, other_member, staff):
    FirstMeeting.objects.filter(pk=by_volunteer.pk).update(status=Status.CONFIRMED)
    for person in (other_member, staff):
        login(client, person)
        for address in every_url(by_volunteer)[:4]:
            assert client.post(address, form_data()).status_code == 404, address
        assert client.get(action_url("ical", by_volunteer)).status_code == 404
    assert status(by_volunteer) == Status.CONFIRMED
    assert FirstMeeting.objects.count() == 1


def test_anonymous_visitors_are_sent_to_the_login(client, by_volunteer):
    for address in every_url(by_volunteer):
        for response in (client.get(address), client.post(address, form_data())):
            assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert status(by_volunteer) == Status.PROPOSED


def test_writes_are_post_only(member_client, by_volunteer):
    for address in every_url(by_volunteer)[:4]:
        assert member_client.get(address).status_code == 405
    assert status(by_volunteer) == Status.PROPOSED
    assert FirstMeeting.objects.count() == 1


def test_a_meeting_that_does_not_exist_is_404(member_client):
    assert member_client.post(reverse("meetings:confirm", args=[999999])).status_code == 404
