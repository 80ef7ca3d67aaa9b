"""catalogue:list — the public catalogue: review badges, GET filters, localized costs and a constant query count."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.catalogue.models import Review
from techpaten.taxonomy.models import UseCase
from tests.texts import de

from . import makers
from .makers import approved_until, expired_on

URL = reverse("catalogue:list")


def shown(response) -> list[str]:
    """The test's own solutions on the page, in order (the seeded catalogue may be there too)."""
    return [s.name for s in response.context["solutions"] if s.slug.startswith("test-solution-")]


@pytest.fixture
def four_states(db):
    approved = makers.make_solution(name="Freigegeben")
    approval = makers.make_review(approved)
    expired = makers.make_solution(name="Abgelaufen")
    expiry = makers.make_expired_review(expired)
    rejected = makers.make_solution(name="Abgelehnt")
    makers.make_review(rejected, status=Review.Status.REJECTED, valid_until=None)
    unreviewed = makers.make_solution(name="Ungeprüft")
    makers.make_review(unreviewed, status=Review.Status.DRAFT)  # a draft is no verdict
    return {"approved": approval, "expired": expiry, "rejected": rejected, "unreviewed": unreviewed}


def test_anonymous_visitors_see_every_solution_with_its_review_badge(client, four_states):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert shown(response) == ["Freigegeben", "Abgelaufen", "Abgelehnt", "Ungeprüft"]
    assert approved_until(four_states["approved"].valid_until) in html
    assert expired_on(four_states["expired"].valid_until) in html
    assert 'class="tag status-rejected"' in html
    assert 'class="tag status-not-reviewed"' in html


def test_an_approval_past_its_date_never_shows_as_approved(client, db):
    solution = makers.make_solution(name="Zeitlich begrenzt")
    review = makers.make_expired_review(solution)
    response = client.get(URL)
    html = response.content.decode()
    assert [(s.is_approved, s.has_expired) for s in response.context["solutions"] if s.pk == solution.pk] == [
        (False, True)
    ]
    assert expired_on(review.valid_until) in html
    assert "status-approved" not in html.split("Zeitlich begrenzt", 1)[1]


def test_a_valid_approval_wins_over_an_older_expired_one(client, db):
    solution = makers.make_solution(name="Erneuert")
    makers.make_expired_review(solution)
    renewal = makers.make_review(solution)
    html = client.get(URL).content.decode()
    assert approved_until(renewal.valid_until) in html
    assert "status-expired" not in html.split("Erneuert", 1)[1]


def test_cards_show_software_use_cases_and_the_cost_in_euros(client, db):
    makers.make_solution(name="Fotoablage", software="Immich", use_cases=("photos", "files"), cost_max_cents=120000)
    html = client.get(URL).content.decode()
    assert "Immich" in html
    assert all(
        f'<li class="tag">{use_case.name_de}</li>' in html
        for use_case in UseCase.objects.filter(slug__in=["photos", "files"])
    )
    assert "5\u00a0€" in html and "1.200\u00a0€" in html


def test_costs_are_written_the_english_way_in_english(client, db):
    makers.make_solution(name="Fotoablage", cost_min_cents=1250, cost_max_cents=120000)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(URL)
    html = response.content.decode()
    assert "€12.50" in html and "€1,200" in html


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("approved", ["Freigegeben"]),
        ("expired", ["Abgelaufen"]),
        ("rejected", ["Abgelehnt"]),
        ("not_reviewed", ["Ungeprüft"]),
        ("", ["Freigegeben", "Abgelaufen", "Abgelehnt", "Ungeprüft"]),
    ],
)
def test_it_filters_by_review_status(client, four_states, state, expected):
    response = client.get(URL, {"state": state})
    assert shown(response) == expected


def test_it_filters_by_use_case(client, db):
    makers.make_solution(name="Fotos", use_cases=("photos",))
    makers.make_solution(name="Video", use_cases=("video",))
    makers.make_solution(name="Beides", use_cases=("photos", "video"))
    assert shown(client.get(URL, {"use_case": "video"})) == ["Video", "Beides"]


def test_the_sector_filter_keeps_solutions_that_suit_every_sector(client, db):
    makers.make_solution(name="Nur Schule", sectors=("schule",))
    makers.make_solution(name="Für alle")
    makers.make_solution(name="Kita und Schule", sectors=("kita", "schule"))
    assert shown(client.get(URL, {"sector": "kita"})) == ["Für alle", "Kita und Schule"]
    assert shown(client.get(URL, {"sector": "schule"})) == ["Nur Schule", "Für alle", "Kita und Schule"]


def test_filters_combine_and_an_empty_result_offers_to_remove_them(client, four_states):
    response = client.get(URL, {"use_case": "video", "state": "approved"})
    html = response.content.decode()
    assert shown(response) == []
    assert 'class="empty"' in html
    assert f'href="{URL}"' in html


def test_an_unknown_filter_value_shows_an_error_instead_of_results(client, four_states):
    response = client.get(URL, {"state": "gold", "use_case": "nope"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"state", "use_case"}
    assert shown(response) == []
    assert de("Please check your search: a field in the form needs a correction.") in response.content.decode()


def test_the_filter_form_works_without_javascript(client, db):
    html = client.get(URL).content.decode()
    assert 'method="get"' in html and 'class="filters"' in html
    assert "<script" not in html.split('class="filters"', 1)[1].split("</form>", 1)[0]


def test_the_listing_says_reviews_are_no_legal_advice(client, db):
    disclaimer = de(
        "Reviews are generic vetting of a solution and its configuration, not individual legal advice. "
        "Your organisation remains responsible for its data."
    )
    assert disclaimer in client.get(URL).content.decode()


def make_rows(rows: int) -> None:
    for n in range(rows):
        solution = makers.make_solution(name=f"Lösung {n}", use_cases=("photos", "files"), sectors=("kita",))
        makers.make_review(solution) if n % 2 else makers.make_expired_review(solution)
        makers.make_review(solution, status=Review.Status.REJECTED, reviewed_on=makers.today() - timedelta(days=1))


@pytest.mark.parametrize("rows", [1, 20])
def test_the_listing_runs_a_constant_number_of_queries(client, db, django_assert_num_queries, rows):
    make_rows(rows)
    # solutions with their review state, their use cases, and the two term lists of the filter form.
    with django_assert_num_queries(4):
        response = client.get(URL)
    assert len(shown(response)) == rows


@pytest.mark.parametrize("rows", [1, 20])
def test_a_filtered_listing_runs_a_constant_number_of_queries(client, db, django_assert_num_queries, rows):
    make_rows(rows)
    # As above, plus looking up the chosen use case and sector.
    with django_assert_num_queries(6):
        response = client.get(URL, {"use_case": "photos", "sector": "kita", "state": "expired"})
    assert len(shown(response)) == (rows + 1) // 2
