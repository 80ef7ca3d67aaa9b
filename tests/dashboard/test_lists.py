"""The lists of "My area" never stop silently: past `lists.ON_START_PAGE` rows the start page says so and links to a
page that shows them all, a page at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.dashboard import lists
from techpaten.offers.models import Offer
from tests import factories
from tests.conftest import login
from tests.texts import de, shown

DASHBOARD = reverse("dashboard")


@pytest.fixture
def two_shown(monkeypatch):
    monkeypatch.setattr(lists, "ON_START_PAGE", 2)
    monkeypatch.setattr(lists, "PER_PAGE", 2)


def add_incoming(organisation, number: int) -> Offer:
    need = factories.make_need(organisation, title=f"Bedarf {number}")
    helper = factories.make_user()
    factories.make_volunteer_profile(helper)
    return factories.make_offer(need, helper)


def add_my_offer(volunteer, number: int) -> Offer:
    organisation = factories.make_organisation(admin=factories.make_user())
    return factories.make_offer(factories.make_need(organisation, title=f"Angebot {number}"), volunteer)


def add_engagement(volunteer, number: int) -> Offer:
    organisation = factories.make_organisation(admin=factories.make_user(), name=f"Verein {number}")
    need = factories.make_need(organisation, title=f"Einsatz {number}")
    return factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)


def test_the_start_page_says_a_list_is_cut_and_links_to_all_of_it(two_shown, admin_client_, organisation):
    for number in range(3):
        add_incoming(organisation, number)
    response = admin_client_.get(DASHBOARD)
    assert shown(response, de("Only the first %(shown)s are shown here.") % {"shown": 2})
    assert reverse("dashboard_incoming") in response.text
    assert reverse("dashboard_needs") in response.text
    assert shown(response, de("Show all offers waiting for an answer"))
    assert response.text.count('class="more-rows"') == 2


def test_the_start_page_shows_ten_rows_per_list_and_the_list_page_fifty(admin_client_, organisation):
    """An overview, not the whole list: 12 waiting offers show 10 on the start page, all 12 on their own page."""
    for number in range(12):
        add_incoming(organisation, number)

    start = admin_client_.get(DASHBOARD)
    page = admin_client_.get(reverse("dashboard_incoming"))

    assert len(start.context["incoming_offers"]) == 10
    assert shown(start, de("Only the first %(shown)s are shown here.") % {"shown": 10})
    assert len(page.context["rows"]) == 12


def test_a_list_that_fits_has_no_show_all_link(two_shown, admin_client_, organisation):
    add_incoming(organisation, 1)
    response = admin_client_.get(DASHBOARD)
    assert 'class="more-rows"' not in response.text
    assert reverse("dashboard_incoming") not in response.text


def test_the_volunteer_gets_links_to_all_offers_and_engagements(two_shown, volunteer_client, volunteer):
    for number in range(3):
        add_my_offer(volunteer, number)
        add_engagement(volunteer, number)
    response = volunteer_client.get(DASHBOARD)
    assert reverse("dashboard_offers") in response.text
    assert reverse("dashboard_engagements") in response.text


def test_a_list_page_shows_every_row_a_page_at_a_time(two_shown, admin_client_, organisation):
    offers = [add_incoming(organisation, number) for number in range(3)]  # the oldest first
    first = admin_client_.get(reverse("dashboard_incoming"))
    second = admin_client_.get(reverse("dashboard_incoming"), {"page": 2})
    assert [o.pk for o in first.context["rows"]] == [offers[0].pk, offers[1].pk]
    assert [o.pk for o in second.context["rows"]] == [offers[2].pk]
    assert 'rel="next"' in first.text
    assert shown(first, de("Offers waiting for an answer"))


def test_list_pages_show_only_ones_own_rows(admin_client_, other_member, need, volunteer):
    factories.make_offer(need, volunteer)
    outsider = login(Client(), other_member)
    for name in ("dashboard_incoming", "dashboard_needs"):
        assert need.title in admin_client_.get(reverse(name)).text
        page = outsider.get(reverse(name))
        assert page.status_code == 200
        assert need.title not in page.text
        assert shown(page, de("Nothing here yet."))


def test_the_engagements_page_marks_those_without_backup(volunteer_client, volunteer):
    add_engagement(volunteer, 1)
    response = volunteer_client.get(reverse("dashboard_engagements"))
    assert shown(response, de("Engagement with %(name)s") % {"name": "Verein 1"})
    assert shown(response, de("no backup admin yet"))


@pytest.mark.parametrize("name", ["dashboard_offers", "dashboard_incoming", "dashboard_needs", "dashboard_engagements"])
def test_anonymous_visitors_are_sent_to_login(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


ROWS: dict[str, Callable[..., object]] = {
    "dashboard_incoming": lambda ctx, n: add_incoming(ctx["organisation"], n),
    "dashboard_needs": lambda ctx, n: factories.make_need(ctx["organisation"], title=f"Bedarf {n}"),
    "dashboard_offers": lambda ctx, n: add_my_offer(ctx["org_admin"], n),
    "dashboard_engagements": lambda ctx, n: add_engagement(ctx["org_admin"], n),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_list_page_runs_the_same_number_of_queries_for_1_and_20_rows(admin_client_, organisation, org_admin, name):
    factories.make_volunteer_profile(org_admin)  # an admin who also helps elsewhere: every list has rows
    context = {"organisation": organisation, "org_admin": org_admin}
    add = ROWS[name]
    add(context, 0)
    one = query_count(admin_client_, reverse(name))
    for number in range(1, 20):
        add(context, number)
    response = admin_client_.get(reverse(name))
    assert len(response.context["rows"]) >= 20
    assert query_count(admin_client_, reverse(name)) == one
