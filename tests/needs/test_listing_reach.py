"""The listing's radius, reach and start (issue 12), and its capped count and pages (issue 9)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from techpaten.needs import views
from techpaten.needs.models import Need
from techpaten.taxonomy.models import Sector
from tests import factories

URL = reverse("needs:list")


def shown(response) -> list[str]:
    return [need.title for need in response.context["page_obj"]]


@pytest.fixture
def school_need(db) -> Need:
    school = factories.make_organisation(
        name="Grundschule Am Park", plz="14469", town="Potsdam", sector=Sector.objects.get(slug="schule")
    )
    return factories.make_need(school, title="Webseite", use_cases=("website",))  # 4 km from 14467, on site only


def test_any_whole_radius_up_to_500_km_is_accepted(client, need):
    # The Berlin Kita is 26 km from Potsdam: a 30 km profile radius must find it, not just the 25 km suggestion.
    response = client.get(URL, {"plz": "14467", "radius": "30"})
    assert response.context["form"].errors == {}
    assert shown(response) == [need.title]
    assert 'list="radius-suggestions"' in response.content.decode()


@pytest.mark.parametrize(
    ("radius", "message"),
    [
        ("0", "Bitte geben Sie eine Entfernung von mindestens 1 km an."),
        ("501", "Bitte geben Sie eine Entfernung von höchstens 500 km an."),
        ("zehn", "Bitte geben Sie die Entfernung als ganze Zahl in Kilometern an, z. B. 30."),
    ],
)
def test_a_radius_out_of_range_is_a_clear_error(client, need, radius, message):
    response = client.get(URL, {"plz": "14467", "radius": radius})
    assert response.status_code == 200
    assert response.context["form"].errors["radius"] == [message]
    assert shown(response) == []


@pytest.mark.parametrize(
    ("reach", "expected"),
    [
        ("nearby", ["Webseite"]),
        ("either", ["Webseite", "Fotos sicher mit Eltern teilen"]),  # nearby OR remote, not AND
        ("remote", ["Fotos sicher mit Eltern teilen"]),
    ],
)
def test_nearby_or_remote_is_a_choice_of_its_own(client, need, school_need, reach, expected):
    Need.objects.filter(pk=need.pk).update(remote_ok=True)  # Berlin, 26 km away
    response = client.get(URL, {"plz": "14467", "radius": "10", "reach": reach, "sort": "distance"})
    assert shown(response) == expected


def test_an_old_remote_bookmark_still_means_remote_only(client, need, school_need):
    Need.objects.filter(pk=need.pk).update(remote_ok=True)
    assert shown(client.get(URL, {"plz": "14467", "radius": "10", "remote": "on"})) == [need.title]


def test_a_volunteers_first_search_starts_from_their_postcode_radius_and_reach(volunteer_client, volunteer, need):
    profile = volunteer.volunteer_profile
    profile.plz, profile.radius_km, profile.remote_ok = "14467", 30, True
    profile.save()
    response = volunteer_client.get(URL)
    content = response.content.decode()
    assert 'name="plz" value="14467"' in content
    assert 'name="radius" value="30"' in content
    assert '<option value="either" selected>' in content
    assert response.context["page_obj"][0].distance == pytest.approx(25.86, abs=0.05)


def test_a_volunteer_can_search_without_their_postcode(volunteer_client, volunteer, need, other_organisation):
    factories.make_need(other_organisation, title="Hamburg")
    response = volunteer_client.get(URL, {"plz": "", "q": ""})
    assert sorted(shown(response)) == sorted([need.title, "Hamburg"])
    assert response.context["form"]["plz"].value() == ""


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(views, "PER_PAGE", 2)
    monkeypatch.setattr(views, "RESULTS_CAP", 4)


def test_past_the_cap_the_count_says_more_than(client, organisation, small_cap):
    for n in range(6):
        factories.make_need(organisation, title=f"Need {n}")
    response = client.get(URL)
    with translation.override("de"):
        assert "Mehr als 4 Gesuche gefunden" in response.content.decode()
    assert response.context["page_obj"].paginator.num_pages == 2


def test_a_page_past_the_cap_shows_the_last_page_and_how_to_narrow(client, organisation, small_cap):
    for n in range(6):
        factories.make_need(organisation, title=f"Need {n}")
    response = client.get(URL, {"page": "200"})
    assert response.context["page_obj"].number == 2
    assert "Nur die ersten 4 Gesuche werden aufgelistet." in response.content.decode()


def test_under_the_cap_the_count_is_exact(client, organisation, small_cap):
    for n in range(3):
        factories.make_need(organisation, title=f"Need {n}")
    assert "3 Gesuche gefunden" in client.get(URL).content.decode()


@pytest.mark.parametrize("page", ["1", "2"])
def test_a_deep_page_runs_as_many_queries_as_the_first(
    client, organisation, small_cap, django_assert_num_queries, page
):
    for n in range(6):
        factories.make_need(organisation, title=f"Need {n}", use_cases=("photos", "files"))
    # count (capped), the page's keys, its rows, their use cases, and the three term lists of the filter form.
    with django_assert_num_queries(7):
        response = client.get(URL, {"page": page, "q": "need"})
    assert len(response.context["page_obj"]) == 2
