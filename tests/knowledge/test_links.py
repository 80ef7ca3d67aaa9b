"""Articles and the catalogue, the requirements and the needs link to each other, both ways, in bounded queries."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.knowledge import queries, services
from techpaten.taxonomy.models import UseCase
from tests.texts import de

from .conftest import write_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def solution(db) -> Solution:
    return Solution.objects.order_by("pk").first() or Solution.objects.create(
        slug="nextcloud-test", name="Nextcloud", software="Nextcloud", summary_de="Dateien", summary_en="Files"
    )


@pytest.fixture
def requirement(db) -> Requirement:
    found = Requirement.objects.order_by("pk").first()
    assert found is not None  # seeded by the compliance migrations
    return found


def test_a_solution_page_lists_the_public_articles_about_it(client, volunteer, staff, solution):
    about = write_article(volunteer, title="Nextcloud härten", categories={"solutions": [solution]})
    write_article(volunteer, title="Nextcloud-Entwurf", publish=False, categories={"solutions": [solution]})
    hidden = write_article(volunteer, title="Versteckt", categories={"solutions": [solution]})
    services.hide_article(hidden, staff, "Spam")
    write_article(volunteer, title="Etwas anderes")
    page = client.get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert de("Articles about this solution") in page
    assert f'href="{reverse("knowledge:detail", args=[about.slug])}"' in page
    assert "Nextcloud-Entwurf" not in page and "Versteckt" not in page and "Etwas anderes" not in page
    # and back: the article links the solution
    article_page = client.get(reverse("knowledge:detail", args=[about.slug])).content.decode()
    assert f'href="{reverse("catalogue:detail", args=[solution.slug])}"' in article_page


def test_a_solution_without_articles_shows_no_section(client, solution):
    page = client.get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert de("Articles about this solution") not in page


def test_a_requirement_page_lists_the_articles_about_it_and_the_article_links_back(client, volunteer, requirement):
    article = write_article(volunteer, title="Was ist ein AVV?", categories={"requirements": [requirement]})
    page = client.get(reverse("compliance:requirement", args=[requirement.code])).content.decode()
    assert de("Articles about this requirement") in page and "Was ist ein AVV?" in page
    article_page = client.get(reverse("knowledge:detail", args=[article.slug])).content.decode()
    assert f'href="{reverse("compliance:requirement", args=[requirement.code])}"' in article_page


def test_a_need_page_suggests_articles_for_its_use_cases(client, volunteer, need):
    photos = UseCase.objects.get(slug="photos")
    other = UseCase.objects.exclude(slug="photos").first()
    write_article(volunteer, title="Fotos sicher teilen", categories={"use_cases": [photos]})
    write_article(volunteer, title="Anderes Thema", categories={"use_cases": [other]})
    page = client.get(reverse("needs:detail", args=[need.pk])).content.decode()
    assert de("Articles that may help") in page
    assert "Fotos sicher teilen" in page and "Anderes Thema" not in page


@pytest.mark.parametrize("count", [1, 12])
def test_the_suggestions_are_bounded_and_cost_one_query(volunteer, need, count, django_assert_num_queries):
    photos = UseCase.objects.get(slug="photos")
    for number in range(count):
        write_article(volunteer, title=f"Fotos {number}", categories={"use_cases": [photos]})
    with django_assert_num_queries(1):
        suggested = queries.for_use_cases(need.use_cases.values("pk"))
    assert len(suggested) == min(count, queries.SUGGESTIONS)


def test_the_most_helpful_articles_are_suggested_first(volunteer, org_admin, need, solution):
    photos = UseCase.objects.get(slug="photos")
    write_article(volunteer, title="Weniger", categories={"use_cases": [photos], "solutions": [solution]})
    more = write_article(volunteer, title="Mehr", categories={"use_cases": [photos], "solutions": [solution]})
    services.vote(more, org_admin, True)
    assert [a.title for a in queries.for_use_cases(need.use_cases.values("pk"))] == ["Mehr", "Weniger"]
    assert [a.title for a in queries.about("solutions", solution)] == ["Mehr", "Weniger"]


def test_an_article_names_its_solutions_in_the_page_s_language(client, volunteer):
    """Issue 12: English pages show the English name; without one, the German name marked lang="de"."""
    named = Solution.objects.get(slug="hugo-static-site")
    unnamed = Solution.objects.create(
        slug="t-elterncloud", name="Elterncloud", software="Nextcloud", summary_de="x", summary_en="x"
    )
    article = write_article(volunteer, title="Webseiten", categories={"solutions": [named, unnamed]})
    url = reverse("knowledge:detail", args=[article.slug])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(url).content.decode()
    assert "Static website (Hugo)</a></li>" in page
    assert '<span lang="de">Elterncloud</span></a></li>' in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    page = client.get(url).content.decode()
    assert "Statische Webseite (Hugo)</a></li>" in page and "Elterncloud</a></li>" in page
