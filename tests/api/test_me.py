"""With a token: offers, conversations and the organisation's needs, through the same rules as the pages."""

from __future__ import annotations

import json

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from tests import factories

from .conftest import bearer

pytestmark = pytest.mark.django_db


def post(client, path, data, headers):
    return client.post(f"/api/v1{path}", json.dumps(data), content_type="application/json", **headers)


OFFER_TEXT = "Ich kann Nextcloud einrichten und betreuen, etwa vier Stunden im Monat."


def test_a_volunteer_offers_help_and_the_admin_accepts_it(
    client, volunteer, org_admin, need, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "/me/offers", {"need_id": need.pk, "message": OFFER_TEXT}, bearer(volunteer))
    assert response.status_code == 201
    offer = Offer.objects.get(pk=response.json()["id"])
    assert offer.status == Offer.Status.PENDING and response.json()["may_withdraw"] is True
    assert len(mail.outbox) == 1  # the organisation is told, as after the page's form
    accepted = post(client, f"/me/offers/{offer.pk}/accept", {"message": "Gern!"}, bearer(org_admin))
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"


def test_a_short_offer_is_refused_with_the_forms_message(client, volunteer, need):
    response = post(client, "/me/offers", {"need_id": need.pk, "message": "Hilfe"}, bearer(volunteer))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "message"
    assert not Offer.objects.exists()


def test_the_offer_cap_holds_through_the_api(client, volunteer, organisation, settings):
    settings.OFFER_MAX_PENDING = 1
    first, second = factories.make_need(organisation), factories.make_need(organisation)
    headers = bearer(volunteer)
    assert post(client, "/me/offers", {"need_id": first.pk, "message": OFFER_TEXT}, headers).status_code == 201
    refused = post(client, "/me/offers", {"need_id": second.pk, "message": OFFER_TEXT}, headers)
    assert refused.status_code == 409 and refused.json()["detail"]
    assert Offer.objects.count() == 1


def test_messages_are_sent_and_read_by_both_sides(
    client, volunteer, org_admin, need, django_capture_on_commit_callbacks
):
    offer = factories.make_offer(need, volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        sent = post(client, f"/me/offers/{offer.pk}/messages", {"body": "Wann passt es euch?"}, bearer(volunteer))
    assert sent.status_code == 201 and sent.json()["mine"] is True
    read = client.get(f"/api/v1/me/offers/{offer.pk}/messages", **bearer(org_admin)).json()
    assert [row["body"] for row in read["results"]] == ["Wann passt es euch?"]
    assert read["results"][0]["mine"] is False
    assert len(mail.outbox) == 1


def test_an_empty_message_is_refused_and_nothing_is_written(client, volunteer, need):
    offer = factories.make_offer(need, volunteer)
    response = post(client, f"/me/offers/{offer.pk}/messages", {"body": "   "}, bearer(volunteer))
    assert response.status_code == 409
    assert not offer.messages.exists()


def test_a_member_creates_edits_publishes_and_closes_a_need(client, org_member, organisation):
    headers = bearer(org_member)
    fields = {"title": "Elternbriefe digital", "description": "Per Mail statt Papier.", "use_cases": ["photos"]}
    created = post(client, "/me/needs", {**fields, "organisation": organisation.slug}, headers)
    assert created.status_code == 201 and created.json()["status"] == "draft"
    pk = created.json()["id"]
    edited = client.put(
        f"/api/v1/me/needs/{pk}",
        json.dumps({**fields, "title": "Elternbriefe per Mail"}),
        content_type="application/json",
        **headers,
    )
    assert edited.status_code == 200 and edited.json()["title"] == "Elternbriefe per Mail"
    assert post(client, f"/me/needs/{pk}/status", {"action": "publish"}, headers).json()["status"] == "open"
    assert post(client, f"/me/needs/{pk}/status", {"action": "close"}, headers).json()["status"] == "closed"
    assert Need.objects.get(pk=pk).closed_at is not None


def test_an_unknown_use_case_is_refused_by_the_need_form(client, org_member, organisation):
    data = {"title": "X-Titel", "description": "Etwas.", "use_cases": ["gibt-es-nicht"]}
    data["organisation"] = organisation.slug
    response = post(client, "/me/needs", data, bearer(org_member))
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "use_cases"
    assert not Need.objects.filter(title="X-Titel").exists()


def test_contact_details_are_in_no_api_answer_before_a_match(client, volunteer, organisation, need):
    offer = factories.make_offer(need, volunteer)
    headers = bearer(volunteer)
    paths = [
        "/me/offers",
        f"/me/offers/{offer.pk}",
        f"/me/offers/{offer.pk}/messages",
        "/me/needs",
        "/needs",
        f"/needs/{need.pk}",
        "/organisations",
        f"/organisations/{organisation.slug}",
    ]
    for path in paths:
        response = client.get(f"/api/v1{path}", **headers)
        assert response.status_code == 200, path
        content = response.content.decode()
        for private in (organisation.contact_email, organisation.contact_phone, organisation.contact_address):
            assert private not in content, path


def test_personal_answers_are_not_cached_and_not_open_to_other_sites(client, volunteer):
    response = client.get("/api/v1/me/offers", **bearer(volunteer))
    assert "no-store" in response["Cache-Control"]
    assert "Access-Control-Allow-Origin" not in response
    assert "ETag" not in response


def queries(client, path, headers) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(f"/api/v1{path}", **headers)
    assert response.status_code == 200, path
    return len(context.captured_queries)


def test_every_api_list_costs_the_same_queries_for_1_and_20_rows(client, volunteer, org_admin, organisation):
    """Each list at 1 row and at 20 rows (needs, offers, messages, organisations): equal query counts, no N+1."""
    volunteer_headers, admin_headers, nobody = bearer(volunteer), bearer(org_admin), {}
    first = factories.make_need(organisation, title="Bedarf 0")
    offer = factories.make_offer(first, volunteer)
    offer.messages.create(author=volunteer, body="Nachricht 0")
    lists = [
        ("/needs", nobody),
        ("/needs?plz=10115&radius=50&sort=distance&q=Bedarf", nobody),
        ("/organisations", nobody),
        ("/me/offers", volunteer_headers),
        ("/me/offers", admin_headers),
        (f"/me/offers/{offer.pk}/messages", volunteer_headers),
        ("/me/needs", admin_headers),
        (f"/me/needs/{first.pk}/offers", admin_headers),
    ]
    for path, headers in lists:  # the tokens' last use is written on the first call, outside the count
        client.get(f"/api/v1{path}", **headers)
    at_one = [queries(client, path, headers) for path, headers in lists]
    for number in range(1, 20):
        factories.make_organisation(admin=factories.make_user(), name=f"Verein {number}")
        need = factories.make_need(organisation, title=f"Bedarf {number}")
        factories.make_offer(need, volunteer)
        factories.make_offer(first, factories.make_user(), join=False, status=Offer.Status.DECLINED)
        offer.messages.create(author=volunteer, body=f"Nachricht {number}")
    at_twenty = [queries(client, path, headers) for path, headers in lists]
    assert at_one == at_twenty, list(zip([path for path, _h in lists], at_one, at_twenty, strict=True))
