"""Paid work: the team proposes (scope, hours, rate), the organisation's admins accept or decline; mails both ways."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail

from techpaten.engagements.models import Engagement, PaidWorkOffer
from tests.texts import de, shown

from .helpers import accept, url

P = PaidWorkOffer.Status
GOOD = {"scope": "Umzug der Nextcloud auf einen neuen Server, mit Schulung.", "hours": "12.5", "rate": "45.50"}


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    return accept(need, volunteer, org_admin)


@pytest.fixture
def offer(engagement, volunteer) -> PaidWorkOffer:
    return PaidWorkOffer.objects.create(
        engagement=engagement, proposed_by=volunteer, scope="Server umziehen", hours=Decimal("10"), rate_cents=4000
    )


def test_a_team_member_proposes_and_the_admins_are_told(
    volunteer_client, engagement, volunteer, org_admin, django_capture_on_commit_callbacks
):
    assert volunteer_client.get(url("propose_paid_work", engagement)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(url("propose_paid_work", engagement), GOOD, follow=True)
    assert shown(response, de("Your offer of paid work has been sent to the organisation."))
    offer = PaidWorkOffer.objects.get()
    assert (offer.hours, offer.rate_cents, offer.status, offer.proposed_by) == (
        Decimal("12.5"),
        4550,
        P.PROPOSED,
        volunteer,
    )
    assert offer.total_cents == 56875
    [message] = mail.outbox
    assert message.to == [org_admin.email]
    assert "568,75\u00a0€" in message.body and "45,50\u00a0€" in message.body


@pytest.mark.parametrize(
    "field, value",
    [("hours", "0"), ("hours", "-3"), ("hours", "2000.5"), ("rate", "0"), ("rate", "500.01"), ("scope", "")],
)
def test_bad_input_is_refused_and_nothing_is_written(volunteer_client, engagement, field, value):
    response = volunteer_client.post(url("propose_paid_work", engagement), {**GOOD, field: value})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not PaidWorkOffer.objects.exists()


def test_an_admin_accepts_with_a_note_the_proposer_is_told_and_the_page_records_it(
    admin_client_, offer, volunteer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(
            url("answer_paid_work", offer.engagement, offer_pk=offer.pk),
            {"action": "accept", "note": "Gern, ab März."},
            follow=True,
        )
    assert shown(response, de("You accepted the offer of paid work. It is recorded with the engagement."))
    offer.refresh_from_db()
    assert (offer.status, offer.decided_by, offer.decision_note) == (P.ACCEPTED, org_admin, "Gern, ab März.")
    assert shown(response, de("Accepted offers of paid work"))
    assert "400\u00a0€" in response.content.decode()  # 10 h at 40 €
    [message] = mail.outbox
    assert message.to == [volunteer.email] and "Gern, ab März." in message.body


def test_an_admin_declines_and_it_can_be_answered_only_once(
    admin_client_, offer, volunteer, django_capture_on_commit_callbacks
):
    target = url("answer_paid_work", offer.engagement, offer_pk=offer.pk)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client_.post(target, {"action": "decline"})
        again = admin_client_.post(target, {"action": "accept"}, follow=True)
    offer.refresh_from_db()
    assert offer.status == P.DECLINED
    assert shown(again, de("This offer can no longer be changed this way. Please reload the page."))
    assert [m.to for m in mail.outbox] == [[volunteer.email]]


def test_the_proposer_withdraws_and_the_admins_are_told(
    volunteer_client, offer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(url("withdraw_paid_work", offer.engagement, offer_pk=offer.pk))
    offer.refresh_from_db()
    assert offer.status == P.WITHDRAWN
    assert [m.to for m in mail.outbox] == [[org_admin.email]]


def test_who_may_do_what(client, offer, org_member, org_admin, volunteer, other_member, need):
    from .helpers import make_volunteer

    answer = url("answer_paid_work", offer.engagement, offer_pk=offer.pk)
    withdraw = url("withdraw_paid_work", offer.engagement, offer_pk=offer.pk)
    propose = url("propose_paid_work", offer.engagement)
    kai = make_volunteer("kai@example.org", "Kai")
    accept(need, kai, org_admin)
    cases = [
        (org_member, answer, 403),  # a plain member of the organisation does not decide
        (volunteer, answer, 403),  # the team does not answer its own offer
        (other_member, answer, 404),
        (org_admin, withdraw, 403),
        (kai, withdraw, 403),  # only the proposer withdraws
        (other_member, withdraw, 404),
        (org_admin, propose, 403),
        (other_member, propose, 404),
    ]
    for user, target, code in cases:
        client.force_login(user)
        assert client.post(target, {"action": "accept", **GOOD}).status_code == code, (user, target)
    offer.refresh_from_db()
    assert offer.status == P.PROPOSED
    assert PaidWorkOffer.objects.count() == 1
    assert client.get(answer).status_code == 405
