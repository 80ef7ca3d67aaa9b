"""Transitions that span apps live in techpaten/flows/: a lower app announces, the flow calls the other apps.

The behaviour itself is tested where people see it (tests/needs, tests/offers, tests/engagements, tests/feedback);
here: each flow is connected once, and without it the lower app does nothing beyond its own data.
"""

from __future__ import annotations

from contextlib import contextmanager

from techpaten.engagements.models import Engagement
from techpaten.engagements.signals import member_left
from techpaten.flows import need_closed, offer_accepted, team_left
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.needs.signals import need_closed as need_closed_signal
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.offers.signals import offer_accepted as offer_accepted_signal
from tests import factories

FLOWS = [
    (need_closed_signal, need_closed.on_need_closed, "flows.need_closed"),
    (offer_accepted_signal, offer_accepted.on_offer_accepted, "flows.offer_accepted"),
    (member_left, team_left.on_member_left, "flows.team_left"),
]


@contextmanager
def without(signal, receiver, uid):
    signal.disconnect(receiver, dispatch_uid=uid)
    try:
        yield
    finally:
        signal.connect(receiver, dispatch_uid=uid)


def test_every_flow_is_connected_once():
    for signal, _receiver, _uid in FLOWS:
        assert len(signal.receivers) == 1


def test_accepting_an_offer_only_announces_it_the_flow_starts_the_engagement(need, volunteer, org_admin):
    with without(*FLOWS[1]):
        offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    assert not Engagement.objects.exists()
    offer_services.accept(factories.make_offer(factories.make_need(need.organisation), volunteer), org_admin)
    assert Engagement.objects.get().team.members.get().user == volunteer


def test_closing_a_need_only_announces_it_the_flow_answers_the_pending_offers(need, volunteer, org_admin):
    offer = factories.make_offer(need, volunteer)
    with without(*FLOWS[0]):
        need_services.change_status(need, org_admin, "close")
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PENDING
    need_services.change_status(need, org_admin, "reopen")
    need_services.change_status(need, org_admin, "close")
    offer.refresh_from_db()
    assert (need.status, offer.status) == (Need.Status.CLOSED, Offer.Status.NEED_CLOSED)
