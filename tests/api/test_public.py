"""The public, read-only part of the API: the listing's search, need, organisations, catalogue, sets, statistics."""

from __future__ import annotations

import json

import pytest

from techpaten.catalogue.models import DeploymentProfile
from techpaten.needs.models import Need
from tests import factories
from tests.catalogue import makers

pytestmark = pytest.mark.django_db


def get(client, path, **headers):
    return client.get(f"/api/v1{path}", **headers)


def test_the_needs_search_answers_like_the_listing_with_the_same_filters(client, organisation, need):
    factories.make_need(organisation, title="Schul-Cloud für Elternbriefe", use_cases=("files",))
    factories.make_need(organisation, title="Entwurf", status=Need.Status.DRAFT)
    response = get(client, "/needs?use_case=photos")
    assert response.status_code == 200
    data = response.json()
    assert [row["title"] for row in data["results"]] == [need.title]
    assert data["count"] == 1 and data["next"] is None
    assert data["results"][0]["organisation"]["slug"] == organisation.slug


def test_a_radius_search_gives_distances_and_leaves_out_what_is_farther(client, org_admin):
    berlin = factories.make_organisation(admin=org_admin, plz="10115")
    munich = factories.make_organisation(admin=org_admin, plz="80331", town="München")
    near = factories.make_need(berlin, title="Nah")
    factories.make_need(munich, title="Fern")
    data = get(client, "/needs?plz=10117&radius=25&sort=distance").json()
    assert [row["id"] for row in data["results"]] == [near.pk]
    assert data["results"][0]["distance_km"] < 5


def test_invalid_filters_answer_422_as_problem_details_in_the_asked_language(client):
    response = get(client, "/needs?plz=99999&radius=10", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 422 and body["title"] == "Ungültige Eingabe"
    assert any(error["field"] == "plz" for error in body["errors"])


def test_pages_link_to_the_next_one(client, organisation):
    for number in range(25):
        factories.make_need(organisation, title=f"Bedarf {number}")
    first = get(client, "/needs").json()
    assert first["count"] == 25 and len(first["results"]) == 20
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5 and second["next"] is None and second["previous"]


def test_a_draft_need_answers_404(client, organisation):
    draft = factories.make_need(organisation, status=Need.Status.DRAFT)
    response = get(client, f"/needs/{draft.pk}")
    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_need_detail_and_organisation_show_no_contact_details(client, organisation, need):
    for path in (f"/needs/{need.pk}", f"/organisations/{organisation.slug}", "/organisations", "/needs"):
        content = get(client, path).content.decode()
        assert organisation.contact_email not in content
        assert organisation.contact_phone not in content
        assert organisation.contact_address not in content
    assert get(client, f"/needs/{need.pk}").json()["title"] == need.title


def test_catalogue_sets_and_statistics_answer(client):
    solutions = get(client, "/solutions").json()
    assert solutions["count"] > 0
    slug = solutions["results"][0]["slug"]
    assert "reviews" in get(client, f"/solutions/{slug}").json()
    sets = get(client, "/requirement-sets").json()
    detail = get(client, f"/requirement-sets/{sets['results'][0]['id']}").json()
    assert detail["versions"][0]["id"] == sets["results"][0]["id"]
    assert "organisations_helped" in get(client, "/statistics").json()


def test_public_reads_carry_an_etag_and_answer_304_when_it_matches(client, need):
    first = get(client, "/needs")
    etag = first["ETag"]
    assert etag and first["Access-Control-Allow-Origin"] == "*"
    again = get(client, "/needs", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""


def test_an_unknown_path_answers_problem_details(client):
    response = get(client, "/nothing-here")
    assert response.status_code == 404
    assert json.loads(response.content)["status"] == 404


def test_the_schema_and_the_docs_use_our_own_files_only(client):
    schema = get(client, "/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    assert "/api/v1/needs" in schema["paths"]
    docs = get(client, "/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs
    assert "http://" not in docs and "https://" not in docs
    assert "<script>" not in docs  # no inline script (CSP)


def test_every_operation_says_what_it_does_in_its_summary(client):
    """The docs list operations by summary: one written for a reader, not the function's name ("Need List")."""
    schema = get(client, "/openapi.json").json()
    operations = [
        (path, method, operation) for path, methods in schema["paths"].items() for method, operation in methods.items()
    ]
    generated = [
        (method.upper(), path)
        for path, method, operation in operations
        # django-ninja's own summary is the function's name in title case, the end of the operation id
        if not operation.get("summary")
        or operation["operationId"].endswith(operation["summary"].lower().replace(" ", "_"))
    ]
    assert len(operations) >= 26
    assert generated == []


def test_solutions_and_reviewed_profiles_are_named_in_the_asked_language(client):
    profile = DeploymentProfile.objects.get(solution__slug="nextcloud", slug="kita-photos")
    makers.make_review(profile.solution, profile=profile)
    english = get(client, "/solutions/nextcloud", HTTP_ACCEPT_LANGUAGE="en").json()
    german = get(client, "/solutions/nextcloud", HTTP_ACCEPT_LANGUAGE="de").json()
    assert english["reviews"][0]["profile"] == "Nextcloud 32, Kita photos with a parents' gallery"
    assert german["reviews"][0]["profile"] == "Nextcloud 32, Kita-Fotos mit Elterngalerie"
    names = {
        language: {
            s["slug"]: s["name"] for s in get(client, "/solutions", HTTP_ACCEPT_LANGUAGE=language).json()["results"]
        }
        for language in ("en", "de")
    }
    assert names["en"]["hugo-static-site"] == "Static website (Hugo)"
    assert names["de"]["hugo-static-site"] == "Statische Webseite (Hugo)"
