"""Right after accepting an offer the organisation is asked whether its team is complete: "take the need off the
list?" (needs.services, "mark_matched"), or keep looking for more helpers."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import rules
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories
from .helpers import make_volunteer

QUESTION = "Take the need off the list?"
KEEP = "Keep looking for more helpers"


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def _accept(client, offer):
    return client.post(reverse("offers:accept", args=[offer.pk]), follow=True)


def test_right_after_accepting_the_admin_is_asked_whether_the_team_is_complete(admin_client_, offer):
    response = _accept(admin_client_, offer)
    assert shown(response, de(QUESTION))
    page = response.content.decode()
    assert f'action="{reverse("needs:change_status", args=[offer.need_id])}"' in page
    assert 'name="action" value="mark_matched"' in page
    assert shown(response, de(KEEP))


def test_taking_the_need_off_the_list_stops_further_offers(admin_client_, offer, need):
    _accept(admin_client_, offer)
    response = admin_client_.post(
        reverse("needs:change_status", args=[need.pk]), {"action": "mark_matched"}, follow=True
    )
    assert shown(response, de("The need is marked as team found."))
    need.refresh_from_db()
    assert need.status == Need.Status.MATCHED
    other = make_volunteer("zweite@example.org")
    assert rules.refusal(other, need).code == rules.NOT_OPEN
    assert not Need.objects.filter(status=Need.Status.OPEN, pk=need.pk).exists()


def test_keeping_on_looking_leaves_the_need_open_and_the_question_goes_away(admin_client_, offer, need):
    response = _accept(admin_client_, offer)
    keep = reverse("offers:detail", args=[offer.pk])
    assert f'href="{keep}"' in response.content.decode()
    response = admin_client_.get(keep)
    assert response.status_code == 200
    assert not shown(response, de(QUESTION))
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN
    assert rules.refusal(make_volunteer("zweite@example.org"), need) is None


def test_the_question_is_not_asked_of_the_volunteer_nor_for_a_need_no_longer_open(
    admin_client_, volunteer_client, offer, need, org_admin
):
    _accept(admin_client_, offer)
    asked = reverse("offers:detail", args=[offer.pk]) + "?accepted=1"
    assert not shown(volunteer_client.get(asked), de(QUESTION))
    need_services.change_status(need, org_admin, "mark_matched")
    assert not shown(admin_client_.get(asked), de(QUESTION))


def test_a_pending_offer_is_not_asked_about(admin_client_, offer):
    response = admin_client_.get(reverse("offers:detail", args=[offer.pk]) + "?accepted=1")
    assert not shown(response, de(QUESTION))
