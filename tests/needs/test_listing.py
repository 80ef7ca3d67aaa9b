"""The public listing needs:list: GET filters, result count, pagination, empty states and a constant query count."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.needs.models import Need
from techpaten.taxonomy.models import Sector
from tests import factories

URL = reverse("needs:list")


def shown(response) -> list[str]:
    return [need.title for need in response.context["page_obj"]]


def test_it_lists_open_and_matched_needs_for_anonymous_visitors(client, organisation):
    for status in Need.Status.values:
        factories.make_need(organisation, status=status, title=f"Need {status}")
    response = client.get(URL)
    assert response.status_code == 200
    assert sorted(shown(response)) == ["Need matched", "Need open"]
    content = response.content.decode()
    assert "Need draft" not in content
    assert "Need closed" not in content
    assert 'class="tag status-matched"' in content  # matched is shown as "team found"


def test_it_shows_the_number_of_results(client, need):
    response = client.get(URL)
    assert response.context["page_obj"].paginator.count == 1
    with translation.override("de"):
        expected = translation.ngettext("%(counter)s need found", "%(counter)s needs found", 1) % {"counter": 1}
    assert expected in response.content.decode()


def test_the_form_works_without_javascript_and_keeps_its_values(client, need):
    response = client.get(URL, {"q": "Fotos", "plz": "14467", "radius": "50", "remote": ""})
    content = response.content.decode()
    assert 'method="get"' in content
    assert 'name="q" value="Fotos"' in content
    assert 'name="radius" value="50"' in content
    assert shown(response) == [need.title]


def test_a_fresh_visit_preselects_25_km_and_newest_first(client, db):
    content = client.get(URL).content.decode()
    assert 'name="radius" value="25"' in content
    assert '<option value="newest" selected>' in content


def test_the_radius_search_shows_the_distance_on_each_row(client, need):
    response = client.get(URL, {"plz": "14467", "radius": "50"})
    assert shown(response) == [need.title]
    assert "26 km" in response.content.decode()
    # The detail link carries the postcode, so the detail page shows the distance too.
    assert f"{reverse('needs:detail', args=[need.pk])}?plz=14467" in response.content.decode()


def test_a_need_outside_the_radius_is_not_listed(client, need):
    assert shown(client.get(URL, {"plz": "14467", "radius": "25"})) == []


def test_sorting_by_distance(client, need, other_organisation):
    factories.make_need(other_organisation, title="Hamburg")  # newer, but farther
    response = client.get(URL, {"plz": "14467", "radius": "250", "sort": "distance"})
    assert shown(response) == [need.title, "Hamburg"]
    assert shown(client.get(URL, {"plz": "14467", "radius": "250"})) == ["Hamburg", need.title]


def test_sorting_by_distance_without_a_postcode_asks_for_one(client, need):
    response = client.get(URL, {"sort": "distance"})
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("Please enter a postcode to sort by distance.")
    assert response.context["form"].errors["plz"] == [expected]
    assert escape(expected) in response.content.decode()


def test_an_unknown_postcode_gives_a_clear_error_and_no_crash(client, need):
    response = client.get(URL, {"plz": "00000", "radius": "10"})
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("We do not know the postcode %(plz)s. Please check it.") % {"plz": "00000"}
    assert response.context["form"].errors["plz"] == [expected]
    assert escape(expected) in response.content.decode()
    assert shown(response) == []


def test_a_malformed_postcode_gives_a_clear_error(client, need):
    response = client.get(URL, {"plz": "abc"})
    with translation.override("de"):
        expected = gettext("Please enter a German postcode with five digits, e.g. 10115.")
    assert response.context["form"].errors["plz"] == [expected]


def test_an_unknown_term_is_a_form_error_not_a_crash(client, need):
    response = client.get(URL, {"use_case": "does-not-exist", "radius": "501"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"use_case", "radius"}


@pytest.mark.parametrize(
    ("params", "expect_school"),
    [
        ({"q": "förderverein"}, True),
        ({"q": "Sonnenschein"}, False),
        ({"use_case": "website"}, True),
        ({"skill": "gdpr"}, False),
        ({"sector": "schule"}, True),
        ({"size": "medium"}, True),
        ({"remote": "on"}, True),
        ({"plz": "14469", "radius": "5"}, True),
    ],
)
def test_every_filter_works_through_the_form(client, need, params, expect_school):
    school = factories.make_organisation(
        name="Grundschule Am Park", plz="14469", town="Potsdam", sector=Sector.objects.get(slug="schule")
    )
    factories.make_need(
        school, title="Webseite für den Förderverein", use_cases=("website",), size="medium", remote_ok=True
    )
    expected = "Webseite für den Förderverein" if expect_school else need.title
    assert shown(client.get(URL, params)) == [expected]


def test_pagination_shows_20_per_page_and_keeps_the_filters(client, organisation):
    for n in range(21):
        factories.make_need(organisation, title=f"Need {n:02}")
    response = client.get(URL, {"q": "need", "plz": "10115", "radius": "10"})
    assert len(response.context["page_obj"]) == 20
    content = response.content.decode()
    assert "?q=need&amp;plz=10115&amp;radius=10&amp;page=2" in content
    page_two = client.get(URL, {"q": "need", "plz": "10115", "radius": "10", "page": "2"})
    assert shown(page_two) == ["Need 00"]
    assert "page=1" in page_two.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page(client, need):
    assert shown(client.get(URL, {"page": "99"})) == [need.title]
    assert shown(client.get(URL, {"page": "x"})) == [need.title]


def test_no_results_suggests_a_wider_radius_and_removing_filters(client, need):
    response = client.get(URL, {"plz": "14467", "radius": "25"})
    assert response.context["wider_radius"] == 50
    content = response.content.decode()
    assert "?plz=14467&amp;radius=50" in content  # link to the next radius
    assert f'href="{URL}"' in content  # remove all filters
    assert 'class="empty"' in content


def test_no_results_at_the_widest_radius_offers_no_wider_one(client, need):
    response = client.get(URL, {"plz": "80331", "radius": "250"})
    assert shown(response) == []
    assert response.context["wider_radius"] is None


def test_an_empty_platform_says_so(client, db):
    response = client.get(URL)
    assert response.context["filtered"] is False
    assert 'class="empty"' in response.content.decode()


@pytest.mark.parametrize("rows", [1, 20])
def test_the_listing_runs_a_constant_number_of_queries(client, organisation, django_assert_num_queries, rows):
    for n in range(rows):
        factories.make_need(organisation, title=f"Need {n}", use_cases=("photos", "files"))
    # count (capped), the page's keys, its rows, their use cases, and the three term lists of the filter form.
    with django_assert_num_queries(7):
        response = client.get(URL)
    assert len(response.context["page_obj"]) == rows


@pytest.mark.parametrize("rows", [1, 20])
def test_a_filtered_listing_runs_a_constant_number_of_queries(client, organisation, django_assert_num_queries, rows):
    for n in range(rows):
        factories.make_need(organisation, title=f"Need {n}", use_cases=("photos", "files"))
    # As above, plus looking up the chosen use case.
    with django_assert_num_queries(8):
        response = client.get(URL, {"q": "need", "use_case": "photos", "plz": "10115", "radius": "10"})
    assert len(response.context["page_obj"]) == rows


@pytest.mark.parametrize("query", ["und", '"Eltern & -( !', "   ", "ß"])
def test_odd_search_words_do_not_break_the_page(client, need, query):
    assert client.get(URL, {"q": query}).status_code == 200
