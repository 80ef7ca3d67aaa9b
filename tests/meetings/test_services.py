"""The rules of a first meeting: who proposes, who answers, in which states, and what is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from techpaten.core.rules import RuleViolation
from techpaten.meetings import services
from techpaten.meetings.models import FirstMeeting
from techpaten.offers.models import Offer
from tests.texts import de

from .. import factories
from .conftest import in_days, make_meeting, status

Status = FirstMeeting.Status


def propose(offer, user, **extra):
    values = {"starts_at": in_days(7), "duration_minutes": 30, "place": "Sonnenallee 1", "link": "", "note": ""}
    values.update(extra)
    return services.propose(offer, user, **values)


# Proposing ----------------------------------------------------------------------------------------------------


def test_the_volunteer_proposes_a_meeting_that_waits_for_the_organisation(offer, volunteer):
    meeting = propose(offer, volunteer, note="Gern bei Ihnen vor Ort.")
    assert (meeting.status, meeting.proposed_by, meeting.note) == (
        Status.PROPOSED,
        volunteer,
        "Gern bei Ihnen vor Ort.",
    )
    assert services.proposer_side(meeting) == services.VOLUNTEER


def test_a_plain_member_of_the_organisation_may_propose_too(offer, org_member):
    meeting = propose(offer, org_member, place="", link="https://meet.jit.si/kita")
    assert services.proposer_side(meeting) == services.ORGANISATION
    assert meeting.link == "https://meet.jit.si/kita"


def test_an_outsider_cannot_propose(offer, other_member):
    with pytest.raises(RuleViolation):
        propose(offer, other_member)
    assert FirstMeeting.objects.count() == 0


def test_meetings_may_be_proposed_on_an_accepted_offer(need, volunteer, org_admin):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
    assert propose(offer, org_admin).status == Status.PROPOSED


@pytest.mark.parametrize(
    "offer_status",
    [Offer.Status.DECLINED, Offer.Status.WITHDRAWN, Offer.Status.EXPIRED, Offer.Status.NEED_CLOSED],
)
def test_an_ended_offer_takes_no_proposals(need, volunteer, offer_status):
    offer = factories.make_offer(need, volunteer, status=offer_status)
    with pytest.raises(RuleViolation) as error:
        propose(offer, volunteer)
    assert error.value.messages == [
        de("A first meeting can only be planned while the offer is waiting for an answer or accepted.")
    ]
    assert FirstMeeting.objects.count() == 0


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"starts_at": timezone.now() - timedelta(minutes=5)}, "Please choose a time in the future."),
        ({"starts_at": in_days(91)}, "Please choose a date within the next %(days)d days."),
        ({"duration_minutes": 10}, "A first meeting lasts between %(min)d and %(max)d minutes."),
        ({"duration_minutes": 181}, "A first meeting lasts between %(min)d and %(max)d minutes."),
        ({"place": " ", "link": ""}, "Please give a place to meet or a link for a video call."),
        ({"place": "", "link": "http://meet.example/raum"}, "The link for the video call must start with https://."),
    ],
)
def test_bad_proposals_are_refused_with_a_clear_message_and_nothing_is_written(offer, volunteer, values, message):
    with pytest.raises(RuleViolation) as error:
        propose(offer, volunteer, **values)
    expected = (
        de(message, days=90) if "days" in message else de(message, min=15, max=180) if "min" in message else de(message)
    )
    assert error.value.messages == [expected]
    assert FirstMeeting.objects.count() == 0
    assert mail.outbox == []


def test_every_problem_is_named_at_once(offer, volunteer):
    with pytest.raises(RuleViolation) as error:
        propose(offer, volunteer, starts_at=in_days(-1), duration_minutes=5, link="http://x.example")
    assert len(error.value.messages) == 3


def test_90_days_ahead_and_the_limits_of_the_duration_are_allowed(offer, volunteer):
    assert propose(offer, volunteer, starts_at=in_days(89), duration_minutes=15).pk
    assert propose(offer, volunteer, duration_minutes=180).pk


def test_a_fourth_open_proposal_is_refused_until_one_is_answered(offer, volunteer, org_admin):
    first, *_others = [propose(offer, volunteer, starts_at=in_days(day)) for day in (3, 4, 5)]
    with pytest.raises(RuleViolation) as error:
        propose(offer, volunteer, starts_at=in_days(6))
    assert error.value.messages == [
        de(
            "There are already %(count)d open proposals for this offer. Please wait for an answer or cancel one first.",
            count=3,
        )
    ]
    assert FirstMeeting.objects.count() == 3
    services.decline(first, org_admin)
    assert propose(offer, volunteer, starts_at=in_days(6)).status == Status.PROPOSED


# Confirming and declining -------------------------------------------------------------------------------------


def test_an_organisation_member_confirms_the_volunteers_proposal(by_volunteer, org_member):
    services.confirm(by_volunteer, org_member)
    by_volunteer.refresh_from_db()
    assert (by_volunteer.status, by_volunteer.answered_by) == (Status.CONFIRMED, org_member)
    assert by_volunteer.answered_at is not None


def test_the_volunteer_confirms_the_organisations_proposal(by_member, volunteer):
    services.confirm(by_member, volunteer)
    assert status(by_member) == Status.CONFIRMED


@pytest.mark.parametrize("who", ["volunteer", "other_member"])
def test_the_proposer_and_outsiders_cannot_confirm_a_volunteers_proposal(by_volunteer, request, who):
    user = request.getfixturevalue(who)
    for answer in (services.confirm, services.decline):
        with pytest.raises(RuleViolation):
            answer(by_volunteer, user)
    assert status(by_volunteer) == Status.PROPOSED


@pytest.mark.parametrize("who", ["org_member", "org_admin"])
def test_nobody_on_the_organisations_side_answers_its_own_proposal(by_member, request, who):
    user = request.getfixturevalue(who)
    for answer in (services.confirm, services.decline):
        with pytest.raises(RuleViolation):
            answer(by_member, user)
    assert status(by_member) == Status.PROPOSED


def test_the_other_side_declines(by_member, volunteer):
    services.decline(by_member, volunteer)
    assert status(by_member) == Status.DECLINED


def test_a_double_click_confirms_once_and_sends_one_mail(by_volunteer, org_admin, django_capture_on_commit_callbacks):
    stale = FirstMeeting.objects.select_related("offer__need").get(pk=by_volunteer.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm(by_volunteer, org_admin)
    # The second click still holds the page's view of the meeting (status proposed): the swap finds no row.
    with pytest.raises(RuleViolation) as error, django_capture_on_commit_callbacks(execute=True):
        services.confirm(stale, org_admin)
    assert error.value.messages == [de("This meeting has changed in the meantime. Please reload the page.")]
    assert len(mail.outbox) == 1


def test_a_decline_racing_a_confirmation_changes_nothing(by_volunteer, org_admin, org_member):
    stale = FirstMeeting.objects.get(pk=by_volunteer.pk)
    services.confirm(by_volunteer, org_admin)
    with pytest.raises(RuleViolation):
        services.decline(stale, org_member)
    assert status(by_volunteer) == Status.CONFIRMED


def test_a_proposal_whose_time_has_passed_cannot_be_confirmed(offer, volunteer, org_admin):
    meeting = make_meeting(offer, volunteer, starts_at=timezone.now() - timedelta(hours=1))
    with pytest.raises(RuleViolation) as error:
        services.confirm(meeting, org_admin)
    assert error.value.messages == [de("The proposed time has passed. Please propose a new one.")]
    assert status(meeting) == Status.PROPOSED


def test_after_the_offer_ended_a_proposal_cannot_be_confirmed(by_member, volunteer, offer):
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.WITHDRAWN)
    by_member.offer.refresh_from_db()
    with pytest.raises(RuleViolation):
        services.confirm(by_member, volunteer)
    assert status(by_member) == Status.PROPOSED


# Cancelling ---------------------------------------------------------------------------------------------------


def test_the_proposer_withdraws_an_open_proposal(by_volunteer, volunteer):
    services.cancel(by_volunteer, volunteer)
    by_volunteer.refresh_from_db()
    assert (by_volunteer.status, by_volunteer.answered_by) == (Status.CANCELLED, volunteer)


@pytest.mark.parametrize("who", ["org_admin", "org_member", "other_member"])
def test_only_the_proposer_cancels_an_open_proposal(by_volunteer, request, who):
    with pytest.raises(RuleViolation):
        services.cancel(by_volunteer, request.getfixturevalue(who))
    assert status(by_volunteer) == Status.PROPOSED


def test_a_colleague_of_the_proposer_cannot_cancel_the_open_proposal(by_member, org_admin):
    with pytest.raises(RuleViolation):
        services.cancel(by_member, org_admin)
    assert status(by_member) == Status.PROPOSED


@pytest.mark.parametrize("who", ["volunteer", "org_admin", "org_member"])
def test_after_confirmation_either_side_may_cancel(by_volunteer, org_admin, request, who):
    services.confirm(by_volunteer, org_admin)
    services.cancel(by_volunteer, request.getfixturevalue(who))
    assert status(by_volunteer) == Status.CANCELLED


def test_an_outsider_cannot_cancel_a_confirmed_meeting(by_volunteer, org_admin, other_member):
    services.confirm(by_volunteer, org_admin)
    with pytest.raises(RuleViolation):
        services.cancel(by_volunteer, other_member)
    assert status(by_volunteer) == Status.CONFIRMED


@pytest.mark.parametrize("final", [Status.DECLINED, Status.CANCELLED])
def test_declined_and_cancelled_meetings_stay_as_they_are(offer, volunteer, org_admin, final):
    meeting = make_meeting(offer, volunteer, status=final)
    for change, user in ((services.confirm, org_admin), (services.decline, org_admin), (services.cancel, volunteer)):
        with pytest.raises(RuleViolation):
            change(meeting, user)
    assert status(meeting) == final
