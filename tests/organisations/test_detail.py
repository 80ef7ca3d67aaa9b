from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.needs.models import Need
from tests import factories
from tests.conftest import login


def url(organisation) -> str:
    return reverse("organisations:detail", args=[organisation.slug])


def shows_contact(response, organisation) -> bool:
    text = response.text
    return any(
        value in text
        for value in (organisation.contact_email, organisation.contact_phone, organisation.contact_address)
    )


def test_the_public_page_shows_what_everyone_may_know(client, organisation):
    factories.make_need(organisation, title="Fotos teilen")
    factories.make_need(organisation, title="Team gefunden", status=Need.Status.MATCHED)
    factories.make_need(organisation, title="Noch ein Entwurf", status=Need.Status.DRAFT)
    factories.make_need(organisation, title="Längst erledigt", status=Need.Status.CLOSED)
    response = client.get(url(organisation))
    assert response.status_code == 200
    text = response.text
    assert "Kita Sonnenschein" in text
    assert organisation.sector.name_de in text
    assert "10115 Berlin" in text
    assert organisation.description in text
    assert "Fotos teilen" in text
    assert "Team gefunden" in text
    assert "Noch ein Entwurf" not in text
    assert "Längst erledigt" not in text


def test_an_unknown_organisation_is_404(client, db):
    assert client.get(reverse("organisations:detail", args=["gibt-es-nicht"])).status_code == 404


@pytest.mark.parametrize("persona", ["anonymous", "volunteer", "other_member"])
def test_contact_details_are_hidden_from_people_without_a_match(client, organisation, need, persona, request):
    if persona != "anonymous":
        user = request.getfixturevalue(persona)
        if persona == "volunteer":
            factories.make_offer(need, user)  # a pending offer is not a match yet
        login(client, user)
    response = client.get(url(organisation))
    assert response.status_code == 200
    assert not shows_contact(response, organisation)
    assert organisation.contact_email not in response.text


@pytest.mark.parametrize("persona", ["org_admin", "org_member", "staff"])
def test_members_and_staff_see_the_contact_details(client, organisation, persona, request):
    login(client, request.getfixturevalue(persona))
    response = client.get(url(organisation))
    assert organisation.contact_email in response.text
    assert organisation.contact_phone in response.text


def test_a_volunteer_with_an_accepted_offer_sees_the_contact_details(client, organisation, need, volunteer):
    factories.make_offer(need, volunteer, status="accepted")
    login(client, volunteer)
    response = client.get(url(organisation))
    assert organisation.contact_email in response.text
    assert "Sonnenallee 1" in response.text


def test_a_declined_offer_does_not_reveal_the_contact_details(client, organisation, need, volunteer):
    factories.make_offer(need, volunteer, status="declined")
    login(client, volunteer)
    assert organisation.contact_email not in client.get(url(organisation)).text


def test_admins_get_links_to_edit_and_members(admin_client_, organisation):
    text = admin_client_.get(url(organisation)).text
    assert reverse("organisations:edit", args=[organisation.slug]) in text
    assert reverse("organisations:members", args=[organisation.slug]) in text
    assert reverse("needs:create", args=[organisation.slug]) in text


def test_members_get_the_members_link_but_not_edit(member_client, organisation):
    text = member_client.get(url(organisation)).text
    assert reverse("organisations:members", args=[organisation.slug]) in text
    assert reverse("organisations:edit", args=[organisation.slug]) not in text


def test_outsiders_get_no_management_links(outsider_client, organisation):
    text = outsider_client.get(url(organisation)).text
    assert reverse("organisations:members", args=[organisation.slug]) not in text
    assert reverse("organisations:edit", args=[organisation.slug]) not in text


def _query_count(client, organisation) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url(organisation)).status_code == 200
    return len(queries)


def test_the_page_runs_the_same_number_of_queries_for_1_and_20_needs(client, organisation):
    factories.make_need(organisation)
    one = _query_count(client, organisation)
    for number in range(19):
        factories.make_need(organisation, title=f"Bedarf {number}", use_cases=("photos", "files"))
    assert _query_count(client, organisation) == one


def test_an_organisation_with_many_needs_shows_them_a_page_at_a_time(client, organisation):
    from techpaten.needs.sections import ORGANISATION_NEEDS_PER_PAGE as NEEDS_PER_PAGE

    for number in range(NEEDS_PER_PAGE + 3):
        factories.make_need(organisation, title=f"Bedarf {number:03}")
    first = client.get(url(organisation))
    assert len(first.context["page_obj"]) == NEEDS_PER_PAGE
    assert "?page=2" in first.content.decode()
    second = client.get(url(organisation), {"page": 2})
    assert [need.title for need in second.context["page_obj"]] == ["Bedarf 002", "Bedarf 001", "Bedarf 000"]
