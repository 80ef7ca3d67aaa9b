"""needs.search.search_needs: words, terms, radius and order, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from techpaten.needs.models import Need
from techpaten.needs.search import search_needs
from techpaten.taxonomy.models import Sector, Skill, UseCase
from tests import factories

pytestmark = pytest.mark.django_db


def titles(filters: dict) -> list[str]:
    return [need.title for need in search_needs(filters)]


@pytest.fixture
def school_need(db) -> Need:
    school = factories.make_organisation(
        name="Grundschule Am Park", plz="14469", town="Potsdam", sector=Sector.objects.get(slug="schule")
    )
    return factories.make_need(
        school,
        title="Neue Webseite für den Förderverein",
        description="Unsere Schule braucht eine Webseite mit Terminkalender für die Eltern.",
        use_cases=("website",),
        size=Need.Size.MEDIUM,
        remote_ok=True,
    )


# Radius ---------------------------------------------------------------------------------------------------------


def test_a_berlin_need_is_within_30_km_of_potsdam(need):
    found = list(search_needs({"plz": "14467", "radius": 30}))
    assert found == [need]
    # Centroid distance 10115 ↔ 14467 is 25.86 km.
    assert found[0].distance == pytest.approx(25.86, abs=0.05)


def test_a_berlin_need_is_not_within_25_km_of_potsdam(need):
    assert list(search_needs({"plz": "14467", "radius": 25})) == []


def test_the_bounding_box_does_not_cut_off_needs_just_inside_the_radius(need):
    # 26 km away: inside a 26 km radius, outside a 25.8 km one.
    assert list(search_needs({"plz": "14467", "radius": 26})) == [need]
    assert list(search_needs({"plz": "14467", "radius": 25.8})) == []


def test_far_needs_are_left_out_and_near_ones_kept(need, other_organisation):
    hamburg = factories.make_need(other_organisation, title="Hamburg")
    assert titles({"plz": "20095", "radius": 10}) == ["Hamburg"]
    assert hamburg not in search_needs({"plz": "14467", "radius": 100})


def test_sorting_by_distance_puts_the_nearest_first(need, other_organisation, school_need):
    now = timezone.now()
    Need.objects.filter(pk=need.pk).update(published_at=now - timedelta(days=2))
    factories.make_need(other_organisation, title="Hamburg", published_at=now)
    found = list(search_needs({"plz": "14467", "radius": 250, "sort": "distance"}))
    assert [n.title for n in found] == [school_need.title, need.title, "Hamburg"]
    assert [round(n.distance) for n in found] == [4, 26, 242]


def test_without_sort_the_newest_come_first_even_with_a_postcode(need, other_organisation):
    newest = factories.make_need(other_organisation, title="Hamburg", published_at=timezone.now() + timedelta(hours=1))
    assert list(search_needs({"plz": "14467", "radius": 250})) == [newest, need]


def test_a_postcode_without_radius_only_adds_the_distance(need, other_organisation):
    factories.make_need(other_organisation, title="Hamburg")
    found = list(search_needs({"plz": "14467"}))
    assert len(found) == 2
    assert all(n.distance > 0 for n in found)


def test_an_unknown_postcode_is_ignored_by_the_query_function(need):
    # The form reports unknown postcodes; the query itself must not fail on them.
    assert list(search_needs({"plz": "00000", "radius": 5})) == [need]


# Words ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Webseite", ["Neue Webseite für den Förderverein"]),  # title
        ("terminkalender", ["Neue Webseite für den Förderverein"]),  # description, lower case
        ("Sonnenschein", ["Fotos sicher mit Eltern teilen"]),  # organisation name
        ("FÖRDERVEREIN", ["Neue Webseite für den Förderverein"]),  # umlaut, upper case
        ("förderverein webseite", ["Neue Webseite für den Förderverein"]),  # every word
        ("förderverein sonnenschein", []),  # every word must match, not any
        ("Fahrradwerkstatt", []),
    ],
)
def test_it_finds_needs_by_words(need, school_need, query, expected):
    assert titles({"q": query}) == expected


def test_words_that_occur_in_several_needs_find_them_all(need, school_need):
    assert sorted(titles({"q": "Eltern"})) == sorted([need.title, school_need.title])


def test_search_follows_a_renamed_organisation(need):
    need.organisation.name = "Kita Regenbogen"
    need.organisation.save()
    need.save()
    assert titles({"q": "regenbogen"}) == [need.title]


@pytest.mark.postgresql  # ranking is PostgreSQL full-text search
def test_on_postgresql_a_match_in_the_title_ranks_above_one_in_the_description(organisation):
    in_title = factories.make_need(organisation, title="Backup für unsere Dateien", description="Bitte helfen.")
    factories.make_need(organisation, title="Neue Rechner", description="Danach brauchen wir auch ein Backup.")
    assert titles({"q": "backup"})[0] == in_title.title


@pytest.mark.postgresql  # stemming is PostgreSQL full-text search
def test_on_postgresql_german_word_forms_match(organisation):
    factories.make_need(organisation, title="Dateien für alle Schulen", description="Mit den Eltern teilen.")
    assert titles({"q": "Datei Schule"}) == ["Dateien für alle Schulen"]


# Terms, size, remote ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expect_school"),
    [
        ({"use_case": "website"}, True),
        ({"use_case": "photos"}, False),
        ({"skill": "webhosting"}, True),
        ({"skill": "gdpr"}, False),
        ({"sector": "schule"}, True),
        ({"sector": "kita"}, False),
        ({"size": Need.Size.MEDIUM}, True),
        ({"size": Need.Size.SMALL}, False),
        ({"remote": True}, True),
    ],
)
def test_every_filter_narrows_the_list(need, school_need, filters, expect_school):
    expected = school_need if expect_school else need
    assert list(search_needs(filters)) == [expected]


def test_term_filters_take_model_instances_too(need, school_need):
    assert list(search_needs({"use_case": UseCase.objects.get(slug="website")})) == [school_need]
    assert list(search_needs({"skill": Skill.objects.get(slug="gdpr")})) == [need]
    assert list(search_needs({"sector": Sector.objects.get(slug="kita")})) == [need]


def test_filters_combine(need, school_need):
    assert list(search_needs({"remote": True, "plz": "14467", "radius": 5, "q": "webseite"})) == [school_need]
    assert list(search_needs({"remote": True, "sector": "kita"})) == []


# Status -----------------------------------------------------------------------------------------------------------


def test_only_open_and_matched_needs_are_found(organisation):
    for status in Need.Status.values:
        factories.make_need(organisation, status=status, title=f"Need {status}")
    assert sorted(titles({})) == ["Need matched", "Need open"]
