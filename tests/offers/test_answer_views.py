"""offers:accept, offers:decline, offers:withdraw — POST only, the right person only, nothing written on refusal."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def url(action: str, offer: Offer) -> str:
    return reverse(f"offers:{action}", args=[offer.pk])


def status(offer: Offer) -> str:
    return Offer.objects.values_list("status", flat=True).get(pk=offer.pk)


# Accept and decline -------------------------------------------------------------------------------------------


def test_an_admin_accepts_with_a_message_and_the_volunteer_is_told(
    admin_client_, offer, volunteer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(url("accept", offer), {"accept-message": "Herzlich willkommen!"}, follow=True)
    assert response.redirect_chain == [(reverse("offers:detail", args=[offer.pk]) + "?accepted=1", 302)]
    assert shown(response, de("You accepted the offer. The volunteer now sees your contact details."))
    offer.refresh_from_db()
    assert (offer.status, offer.decided_by, offer.decision_message) == ("accepted", org_admin, "Herzlich willkommen!")
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert f"/offers/{offer.pk}/" in mail.outbox[0].body


def test_an_admin_declines_and_the_volunteer_gets_the_answer(
    admin_client_, offer, volunteer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        data = {"decline-message": "Wir sind schon versorgt."}
        response = admin_client_.post(url("decline", offer), data, follow=True)
    assert shown(response, de("You declined the offer. The volunteer has been told."))
    assert status(offer) == "declined"
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert "Wir sind schon versorgt." in mail.outbox[0].body


@pytest.mark.parametrize("action", ["accept", "decline"])
def test_the_decision_message_is_optional(admin_client_, offer, action):
    admin_client_.post(url(action, offer))
    assert status(offer) == {"accept": "accepted", "decline": "declined"}[action]


@pytest.mark.parametrize("action", ["accept", "decline"])
@pytest.mark.parametrize("persona", ["member_client", "volunteer_client"])
def test_participants_who_are_not_admins_are_forbidden(offer, action, persona, request):
    response = request.getfixturevalue(persona).post(url(action, offer))
    assert response.status_code == 403
    assert status(offer) == "pending"
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["accept", "decline", "withdraw"])
@pytest.mark.parametrize("persona", ["outsider_client", "staff_client"])
def test_outsiders_get_not_found(offer, action, persona, request):
    response = request.getfixturevalue(persona).post(url(action, offer), {"withdraw-confirm": "on"})
    assert response.status_code == 404
    assert status(offer) == "pending"


@pytest.mark.parametrize("action", ["accept", "decline", "withdraw"])
def test_anonymous_visitors_are_sent_to_the_login(client, offer, action):
    response = client.post(url(action, offer))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert status(offer) == "pending"


@pytest.mark.parametrize("action", ["accept", "decline", "withdraw"])
def test_a_get_request_changes_nothing(admin_client_, volunteer_client, offer, action):
    assert admin_client_.get(url(action, offer)).status_code == 405
    assert status(offer) == "pending"


@pytest.mark.parametrize("action", ["accept", "decline"])
def test_an_answered_offer_cannot_be_answered_again(admin_client_, need, volunteer, action):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
    response = admin_client_.post(url(action, offer), follow=True)
    assert response.redirect_chain == [(reverse("offers:detail", args=[offer.pk]), 302)]
    assert shown(response, de("This offer can no longer be changed this way. Please reload the page."))
    assert status(offer) == "accepted"
    assert mail.outbox == []


def test_a_too_long_decision_message_is_refused(admin_client_, offer):
    response = admin_client_.post(url("decline", offer), {"decline-message": "x" * 2001}, follow=True)
    assert response.status_code == 200
    assert any("2000" in str(m) for m in response.context["messages"])
    assert status(offer) == "pending"


# Withdraw -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["pending", "accepted"])
def test_the_volunteer_withdraws_after_confirming(
    volunteer_client, need, volunteer, org_admin, start, django_capture_on_commit_callbacks
):
    offer = factories.make_offer(need, volunteer, status=start)
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(url("withdraw", offer), {"withdraw-confirm": "on"}, follow=True)
    assert response.redirect_chain == [(reverse("offers:detail", args=[offer.pk]), 302)]
    assert shown(response, de("You withdrew your offer. The organisation has been told."))
    assert status(offer) == "withdrawn"
    assert [m.to for m in mail.outbox] == [[org_admin.email]]


def test_withdrawing_without_the_tick_changes_nothing(volunteer_client, offer):
    response = volunteer_client.post(url("withdraw", offer), {}, follow=True)
    assert shown(response, de("Please tick the box to confirm that you want to withdraw your offer."))
    assert status(offer) == "pending"
    assert mail.outbox == []


@pytest.mark.parametrize("persona", ["admin_client_", "member_client"])
def test_the_organisation_cannot_withdraw_the_volunteers_offer(offer, persona, request):
    response = request.getfixturevalue(persona).post(url("withdraw", offer), {"withdraw-confirm": "on"})
    assert response.status_code == 403
    assert status(offer) == "pending"


def test_a_finished_offer_cannot_be_withdrawn(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.DECLINED)
    response = volunteer_client.post(url("withdraw", offer), {"withdraw-confirm": "on"}, follow=True)
    assert shown(response, de("This offer can no longer be changed this way. Please reload the page."))
    assert status(offer) == "declined"
