"""The knowledge base in the public API: the list with the list page's search and filters, and published articles."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.knowledge import services
from techpaten.taxonomy.models import Sector, Skill, UseCase
from tests import factories
from tests.knowledge.conftest import write_article

from .conftest import bearer

pytestmark = pytest.mark.django_db

UNSAFE_BODY = """## Einrichten

<script>alert(1)</script>

![Logo](https://tracker.example/pixel.png)

[Handbuch](javascript:alert(1)) und [restic](https://restic.net/)
"""


def get(client, path, **headers):
    return client.get(f"/api/v1{path}", **headers)


@pytest.fixture
def reader(db):
    user = factories.make_user("rita.reader@example.org", name="Rita Reader")
    factories.make_volunteer_profile(user, plz="10115", display_name="Rita")
    return user


def titles(data) -> list[str]:
    return [row["title"] for row in data["results"]]


def test_the_list_holds_published_articles_most_helpful_first_without_drafts_or_hidden_ones(
    client, volunteer, reader, staff
):
    less = write_article(volunteer, title="Weniger hilfreich")
    more = write_article(volunteer, title="Sehr hilfreich")
    write_article(volunteer, title="Noch ein Entwurf", publish=False)
    services.hide_article(write_article(volunteer, title="Versteckter Artikel"), staff, "Werbung")
    services.vote(more, reader, True)
    data = get(client, "/knowledge").json()
    assert titles(data) == [more.title, less.title]
    assert data["count"] == 2 and data["next"] is None
    row = data["results"][0]
    assert row["helpful_count"] == 1 and row["author"] == volunteer.display_name
    assert row["url"] == f"/knowledge/{more.slug}/"
    assert "body_markdown" not in row


def test_the_list_searches_with_the_knowledge_bases_full_text_search_title_matches_first(client, volunteer):
    in_text = write_article(volunteer, title="Sicherungen prüfen", body="Mit restic geht das monatlich.")
    in_title = write_article(volunteer, title="restic einrichten", body="Erst installieren.")
    write_article(volunteer, title="Nextcloud härten", body="Zwei Faktoren einschalten.")
    assert titles(get(client, "/knowledge?q=restic").json()) == [in_title.title, in_text.title]


def test_the_list_filters_by_use_case_sector_and_tag_as_the_list_page(client, volunteer):
    photos = UseCase.objects.get(slug="photos")
    kita = Sector.objects.get(slug="kita")
    write_article(volunteer, title="Fotos teilen", categories={"use_cases": [photos]}, tags=["eltern"])
    write_article(volunteer, title="Kita-WLAN", categories={"sectors": [kita]})
    write_article(volunteer, title="Backups")
    assert titles(get(client, "/knowledge?use_case=photos").json()) == ["Fotos teilen"]
    assert titles(get(client, "/knowledge?sector=kita").json()) == ["Kita-WLAN"]
    assert titles(get(client, "/knowledge?tag=eltern").json()) == ["Fotos teilen"]


def test_an_unknown_filter_answers_422_with_the_forms_field(client):
    response = get(client, "/knowledge?use_case=gibt-es-nicht")
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == ["use_case"]


def test_the_list_pages_with_next_links(client, volunteer):
    for number in range(21):
        write_article(volunteer, title=f"Artikel {number}")
    first = get(client, "/knowledge?tag=backup").json()
    assert first["count"] == 21 and len(first["results"]) == 20
    assert "tag=backup" in first["next"] and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None and second["previous"]


def test_the_detail_gives_sanitised_html_the_markdown_source_and_the_categories(client, volunteer, reader):
    photos = UseCase.objects.get(slug="photos")
    solution = Solution.objects.order_by("position", "name").first()
    requirement = Requirement.objects.order_by("position", "code").first()
    skill = Skill.objects.order_by("position").first()
    categories = {
        "use_cases": [photos],
        "solutions": [solution],
        "requirements": [requirement],
        "sectors": [Sector.objects.get(slug="kita")],
        "skills": [skill],
    }
    article = write_article(volunteer, body=UNSAFE_BODY, categories=categories, tags=["backup", "restic"])
    services.vote(article, reader, True)
    data = get(client, f"/knowledge/{article.slug}", HTTP_ACCEPT_LANGUAGE="de").json()
    assert data["body_markdown"] == UNSAFE_BODY
    html = data["body_html"]
    assert '<h2 id="h-einrichten">Einrichten</h2>' in html
    assert "<script" not in html and "&lt;script&gt;" in html  # shown as text, never run
    assert 'href="javascript' not in html and "<img" not in html  # no script link, no image loaded
    assert 'href="https://restic.net/"' in html
    assert data["use_cases"] == [{"slug": "photos", "name": photos.name_de}]
    assert data["solutions"] == [{"slug": solution.slug, "name": solution.name}]
    assert data["requirements"] == [{"code": requirement.code, "title": requirement.title}]
    assert data["sectors"][0]["slug"] == "kita" and data["skills"][0]["slug"] == skill.slug
    assert data["tags"] == ["backup", "restic"]
    assert data["helpful_count"] == 1 and "unhelpful_count" not in data
    article.refresh_from_db()
    assert data["updated_at"].startswith(article.updated_at.isoformat()[:19])


def test_the_detail_answers_with_the_same_html_as_the_article_page(client, volunteer):
    article = write_article(volunteer, body=UNSAFE_BODY)
    html = get(client, f"/knowledge/{article.slug}", HTTP_ACCEPT_LANGUAGE="de").json()["body_html"]
    page = client.get(f"/knowledge/{article.slug}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert html in page


def test_drafts_and_hidden_articles_answer_404_as_the_page_does_to_a_visitor_even_to_their_author(
    client, volunteer, staff
):
    draft = write_article(volunteer, title="Entwurf", publish=False)
    hidden = write_article(volunteer, title="Versteckt")
    services.hide_article(hidden, staff, "Werbung")
    for article in (draft, hidden):
        assert client.get(f"/knowledge/{article.slug}/").status_code == 404  # the page, to a visitor
        for headers in ({}, bearer(volunteer), bearer(staff)):
            response = get(client, f"/knowledge/{article.slug}", **headers)
            assert response.status_code == 404, (article.title, headers)
            assert response["Content-Type"].startswith("application/problem+json")
    assert get(client, "/knowledge/gibt-es-nicht").status_code == 404


def test_articles_carry_an_etag_and_open_cors_like_the_other_public_reads(client, volunteer):
    article = write_article(volunteer)
    for path in ("/knowledge", f"/knowledge/{article.slug}"):
        first = get(client, path)
        assert first["ETag"] and first["Access-Control-Allow-Origin"] == "*", path
        again = get(client, path, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304 and again.content == b"", path


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = get(client, path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


def test_the_list_costs_the_same_queries_for_1_and_20_articles(client, volunteer):
    cases = list(UseCase.objects.filter(slug__in=("photos", "files")))
    author = factories.make_user("autor@example.org")
    factories.make_volunteer_profile(author, plz="10115")
    write_article(volunteer, title="Artikel 0 über restic", categories={"use_cases": cases})
    paths = ["/knowledge", "/knowledge?q=restic", "/knowledge?use_case=photos&tag=backup"]
    for path in paths:
        get(client, path)
    at_one = [queries(client, path) for path in paths]
    for number in range(1, 20):  # two authors, each row with two use cases
        writer = author if number % 2 else volunteer
        write_article(writer, title=f"Artikel {number} über restic", categories={"use_cases": cases})
    assert [len(get(client, path).json()["results"]) for path in paths] == [20, 20, 20]
    at_twenty = [queries(client, path) for path in paths]
    assert at_one == at_twenty, list(zip(paths, at_one, at_twenty, strict=True))
