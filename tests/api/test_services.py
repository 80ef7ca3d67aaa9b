"""An engagement's services as a public JSON document (ChatonsInfos-like): opt-in by the organisation's admins, public
parts of the inventory only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.api.models import ServicePublication
from techpaten.engagements.services import join_from_accepted_offer
from techpaten.inventory.models import Service
from techpaten.offers.models import Offer
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def engagement(need, volunteer):
    return join_from_accepted_offer(factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED, join=False))


@pytest.fixture
def service(engagement):
    return Service.objects.create(
        organisation=engagement.organisation,
        engagement=engagement,
        name="Nextcloud für die Eltern",
        hoster="Hetzner",
        country="Deutschland",
        domain="cloud.kita.example",
        admin_rights="Vera und die Leitung",
        credentials_location="Passwortmanager der Kita, Eintrag Nextcloud",
        notes="Update am Freitag",
    )


def test_without_the_admins_consent_there_is_no_document(client, engagement, service):
    assert client.get(f"/api/v1/engagements/{engagement.pk}/services.json").status_code == 404


def test_the_admin_publishes_and_the_document_shows_the_public_parts_only(client, org_admin, engagement, service):
    client.force_login(org_admin)
    page = client.get(reverse("engagements:detail", args=[engagement.pk])).content.decode()
    assert reverse("api_pages:publish_services", args=[engagement.pk]) in page
    client.post(reverse("api_pages:publish_services", args=[engagement.pk]), {"publish": "1"})
    client.logout()
    response = client.get(f"/api/v1/engagements/{engagement.pk}/services.json")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    entry = document["services"][0]
    assert entry["service"] == {
        "name": "Nextcloud für die Eltern",
        "website": "https://cloud.kita.example/",
        "status": {"level": "OK"},
    }
    assert entry["host"] == {"name": "Hetzner", "country": "Deutschland"}
    content = response.content.decode()
    for private in (
        "Vera und die Leitung",
        "Passwortmanager",
        "Update am Freitag",
        engagement.organisation.contact_email,
    ):
        assert private not in content


def test_a_member_may_not_publish_and_the_admin_may_stop(client, org_admin, org_member, engagement):
    client.force_login(org_member)
    assert client.post(reverse("api_pages:publish_services", args=[engagement.pk]), {"publish": "1"}).status_code == 403
    assert not ServicePublication.objects.exists()
    ServicePublication.objects.create(engagement=engagement)
    client.force_login(org_admin)
    client.post(reverse("api_pages:publish_services", args=[engagement.pk]), {"publish": "0"})
    assert not ServicePublication.objects.exists()


def test_the_software_version_is_published_only_when_it_was_entered(client, engagement, service):
    ServicePublication.objects.create(engagement=engagement)
    Service.objects.create(organisation=engagement.organisation, engagement=engagement, name="Webseite")
    service.software_version = "29.0.4"
    service.save()
    entries = client.get(f"/api/v1/engagements/{engagement.pk}/services.json").json()["services"]
    versions = {entry["service"]["name"]: entry["software"]["version"] for entry in entries}
    assert versions == {"Nextcloud für die Eltern": "29.0.4", "Webseite": None}


def test_the_schema_says_the_version_may_be_null(client):
    schema = client.get("/api/v1/openapi.json").json()
    version = schema["components"]["schemas"]["SoftwareInfo"]["properties"]["version"]
    assert {"type": "null"} in version["anyOf"] and version["description"]
