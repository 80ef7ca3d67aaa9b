from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.needs.models import Need
from tests import factories
from tests.conftest import login

URL = reverse("dashboard")


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_new_person_gets_the_two_big_choices(client, db):
    login(client, factories.make_user("neu@example.org"))
    response = client.get(URL)
    assert response.status_code == 200
    assert reverse("volunteers:edit_profile") in response.text
    assert reverse("organisations:create") in response.text
    assert "my-organisations" not in response.text


def test_an_admin_sees_organisations_needs_and_waiting_offers(admin_client_, organisation, need, volunteer):
    factories.make_need(organisation, title="Noch ein Entwurf", status=Need.Status.DRAFT)
    pending = factories.make_offer(need, volunteer)
    response = admin_client_.get(URL)
    text = response.text
    assert response.status_code == 200
    assert reverse("organisations:detail", args=[organisation.slug]) in text
    assert reverse("needs:create", args=[organisation.slug]) in text
    assert need.title in text
    assert "Noch ein Entwurf" in text
    assert "status-draft" in text
    assert reverse("offers:detail", args=[pending.pk]) in text
    assert "Vera" in text
    assert volunteer.email not in text


def test_answered_offers_are_not_listed_as_waiting(admin_client_, organisation, need, volunteer):
    accepted = factories.make_offer(need, volunteer, status="accepted")
    response = admin_client_.get(URL)
    assert reverse("offers:detail", args=[accepted.pk]) not in response.text


def test_a_volunteer_sees_their_offers_with_status(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer, status="accepted")
    response = volunteer_client.get(URL)
    assert reverse("offers:detail", args=[offer.pk]) in response.text
    assert "status-accepted" in response.text
    assert reverse("volunteers:detail", args=[volunteer.volunteer_profile.pk]) in response.text
    assert reverse("organisations:create") in response.text


def test_it_links_to_the_account_settings(volunteer_client):
    assert reverse("account_settings") in volunteer_client.get(URL).text


def _query_count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_dashboard_runs_the_same_number_of_queries_for_1_and_20_rows(admin_client_, organisation):
    def add_row(number: int) -> None:
        need = factories.make_need(organisation, title=f"Bedarf {number}")
        volunteer = factories.make_user()
        factories.make_volunteer_profile(volunteer)
        factories.make_offer(need, volunteer)

    add_row(0)
    one = _query_count(admin_client_)
    for number in range(1, 20):
        add_row(number)
    assert _query_count(admin_client_) == one
