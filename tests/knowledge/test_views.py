"""The knowledge base's pages: who may read, write, edit, publish, vote and restore; bad input writes nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.knowledge.models import Article, ArticleRevision, HelpfulVote
from tests.conftest import login
from tests.texts import de

from .conftest import BODY, write_article

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Nextcloud für die Kita härten",
    "summary": "Zwei Faktoren, Updates, Freigaben: was eine Kita-Nextcloud braucht.",
    "body": "## Updates\n\n```\nsudo -u www-data php occ update:check\n```\n\n[Handbuch](https://docs.nextcloud.com/)",
    "tags": "Nextcloud, Kita, nextcloud",
}


def test_the_list_shows_published_articles_most_helpful_first_and_no_drafts_or_hidden_ones(
    client, volunteer, other_volunteer, staff
):
    from techpaten.knowledge import services

    less = write_article(volunteer, title="Weniger hilfreich")
    more = write_article(volunteer, title="Sehr hilfreich")
    write_article(volunteer, title="Noch ein Entwurf", publish=False)
    hidden = write_article(volunteer, title="Versteckter Artikel")
    services.hide_article(hidden, staff, "Werbung")
    services.vote(more, other_volunteer, True)
    page = client.get(reverse("knowledge:list")).content.decode()
    assert page.index("Sehr hilfreich") < page.index("Weniger hilfreich")
    assert "Noch ein Entwurf" not in page
    assert "Versteckter Artikel" not in page
    assert less.title in page


def test_staff_see_hidden_articles_in_the_list_marked_with_the_reason(client, volunteer, staff):
    from techpaten.knowledge import services

    services.hide_article(write_article(volunteer, title="Versteckter Artikel"), staff, "Werbung")
    page = login(client, staff).get(reverse("knowledge:list")).content.decode()
    assert "Versteckter Artikel" in page and de("hidden by the platform team") in page and "Werbung" in page


def test_the_list_filters_by_use_case_and_tag(client, volunteer):
    from techpaten.taxonomy.models import UseCase

    photos = UseCase.objects.get(slug="photos")
    write_article(volunteer, title="Fotos teilen", categories={"use_cases": [photos]}, tags=["eltern"])
    write_article(volunteer, title="Backups")
    page = client.get(reverse("knowledge:list"), {"use_case": "photos"}).content.decode()
    assert "Fotos teilen" in page and ">Backups<" not in page
    page = client.get(reverse("knowledge:list"), {"tag": "eltern"}).content.decode()
    assert "Fotos teilen" in page and ">Backups<" not in page


def test_an_unknown_filter_is_a_clear_error(client):
    response = client.get(reverse("knowledge:list"), {"use_case": "gibt-es-nicht"})
    assert response.status_code == 200
    assert de("Please check your search: a field in the form needs a correction.") in response.content.decode()


@pytest.mark.parametrize("rows", [1, 20])
def test_the_list_costs_the_same_queries_for_1_and_20_articles(client, volunteer, rows, django_assert_num_queries):
    from techpaten.taxonomy.models import UseCase

    cases = list(UseCase.objects.all()[:2])
    for number in range(rows):
        write_article(volunteer, title=f"Artikel {number}", categories={"use_cases": cases})
    client.get(reverse("knowledge:list"))  # warm the session and the caches
    # count, the page's keys, its rows with their authors, their use cases; the use case and sector choices
    with django_assert_num_queries(6):
        response = client.get(reverse("knowledge:list"))
    assert response.content.decode().count('class="card"') == rows


def test_the_article_page_renders_markdown_with_a_code_block_a_safe_link_and_a_table_of_contents(client, volunteer):
    body = "# Eins\n\ntext\n\n## Zwei\n\n## Drei\n\n```\nrm -rf /tmp/x\n```\n\n[Link](https://example.org/)"
    article = write_article(volunteer, body=body)
    page = client.get(reverse("knowledge:detail", args=[article.slug])).content.decode()
    assert '<h2 id="h-eins">Eins</h2>' in page
    assert '<a href="#h-drei">Drei</a>' in page  # the table of contents
    assert "<pre><code>rm -rf /tmp/x" in page
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow">Link</a>' in page


def test_a_short_article_has_no_table_of_contents(client, article):
    page = client.get(reverse("knowledge:detail", args=[article.slug])).content.decode()
    assert 'class="toc"' not in page


def test_drafts_are_404_for_everyone_but_their_author_and_staff(
    client, draft, volunteer, other_volunteer, org_admin, staff
):
    url = reverse("knowledge:detail", args=[draft.slug])
    assert client.get(url).status_code == 404
    for outsider in (other_volunteer, org_admin):
        assert login(client, outsider).get(url).status_code == 404
        assert client.get(reverse("knowledge:history", args=[draft.slug])).status_code == 404
        assert client.get(reverse("knowledge:revision", args=[draft.slug, 1])).status_code == 404
    assert login(client, volunteer).get(url).status_code == 200
    assert login(client, staff).get(url).status_code == 200


def test_a_hidden_article_is_404_for_readers_and_shown_to_staff_and_its_author_with_the_reason(
    client, article, volunteer, other_volunteer, staff
):
    from techpaten.knowledge import services

    services.hide_article(article, staff, "Enthält ein Passwort")
    url = reverse("knowledge:detail", args=[article.slug])
    assert client.get(url).status_code == 404
    assert login(client, other_volunteer).get(url).status_code == 404
    assert "Enthält ein Passwort" in login(client, volunteer).get(url).content.decode()
    assert login(client, staff).get(url).status_code == 200
    services.unhide_article(article, staff)
    assert login(client, other_volunteer).get(url).status_code == 200


def test_writing_needs_a_login_and_a_volunteer_profile_or_staff(client, org_admin):
    url = reverse("knowledge:create")
    response = client.get(url)
    assert response.status_code == 302 and "/login/" in response.url
    assert client.post(url, FORM).status_code == 302
    assert login(client, org_admin).get(url).status_code == 404
    assert client.post(url, FORM).status_code == 404
    assert not Article.objects.exists()


def test_a_volunteer_writes_a_draft_then_publishes_it(volunteer_client, volunteer):
    response = volunteer_client.post(reverse("knowledge:create"), FORM)
    article = Article.objects.get()
    assert response.url == reverse("knowledge:detail", args=[article.slug])
    assert article.slug == "nextcloud-fur-die-kita-harten"
    assert article.status == Article.Status.DRAFT and article.author == volunteer
    assert sorted(article.tags.values_list("name", flat=True)) == ["kita", "nextcloud"]
    assert list(article.revisions.values_list("number", "note")) == [(1, de("First version"))]
    volunteer_client.post(reverse("knowledge:publish", args=[article.slug]))
    article.refresh_from_db()
    assert article.is_published and article.published_at is not None


def test_bad_input_shows_clear_errors_and_writes_nothing(volunteer_client):
    bad = {**FORM, "title": "", "tags": ",".join("abcdefghijkl")}
    response = volunteer_client.post(reverse("knowledge:create"), bad)
    assert response.status_code == 200
    page = response.content.decode()
    assert de("This field is required.") in page
    assert de("Please use at most %(count)d tags.") % {"count": 10} in page
    assert not Article.objects.exists()


def test_editing_makes_a_revision_with_author_and_note(client, article, other_volunteer):
    url = reverse("knowledge:edit", args=[article.slug])
    client = login(client, other_volunteer)  # a published article is a wiki for volunteers
    assert client.get(url).status_code == 200
    response = client.post(url, {**FORM, "note": "Kita-Teil ergänzt"})
    assert response.status_code == 302
    revision = article.revisions.get(number=2)
    assert (revision.author, revision.note, revision.title) == (other_volunteer, "Kita-Teil ergänzt", FORM["title"])
    article.refresh_from_db()
    assert article.title == FORM["title"] and article.author != other_volunteer  # the author stays


def test_an_edit_of_the_text_without_a_note_is_refused_and_writes_nothing(volunteer_client, article):
    response = volunteer_client.post(reverse("knowledge:edit", args=[article.slug]), {**FORM, "note": ""})
    assert response.status_code == 200
    assert de("Please say in a few words what you changed.") in response.content.decode()
    article.refresh_from_db()
    assert article.revisions.count() == 1 and article.title != FORM["title"]


def test_only_the_author_and_staff_edit_a_draft_and_nobody_but_volunteers_and_staff_edit_at_all(
    client, draft, article, other_volunteer, org_admin, staff
):
    for slug, user, status in (
        (draft.slug, other_volunteer, 404),
        (article.slug, org_admin, 404),
        (draft.slug, staff, 200),
    ):
        assert login(client, user).get(reverse("knowledge:edit", args=[slug])).status_code == status
    assert login(client, other_volunteer).post(reverse("knowledge:publish", args=[draft.slug])).status_code == 404
    draft.refresh_from_db()
    assert not draft.is_published


def test_history_compare_and_restore(client, article, volunteer):
    from techpaten.knowledge import services

    changed = services.Content(article.title, article.summary, BODY + "\nNeue Zeile\n", "Zeile")
    services.edit_article(article, volunteer, changed)
    history = client.get(reverse("knowledge:history", args=[article.slug])).content.decode()
    assert "Zeile" in history and de("First version") in history
    compare = client.get(reverse("knowledge:compare", args=[article.slug]), {"old": 1, "new": 2}).content.decode()
    assert '<ins><span class="diff-sign" aria-hidden="true">+</span><span class="visually-hidden">' in compare
    assert "Neue Zeile</ins>" in compare
    assert de("added:") in compare
    client = login(client, volunteer)
    response = client.post(reverse("knowledge:restore", args=[article.slug, 1]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert "Neue Zeile" not in article.body
    newest = article.revisions.get(number=3)
    assert newest.restored_from == 1 and newest.author == volunteer
    # The same again changes nothing: a clear message, no fourth revision.
    client.post(reverse("knowledge:restore", args=[article.slug, 1]))
    assert article.revisions.count() == 3


def test_comparing_without_two_revisions_is_a_clear_error(client, article):
    response = client.get(reverse("knowledge:compare", args=[article.slug]), {"old": "x"})
    assert response.status_code == 400
    assert de("Please choose two revisions to compare in the history.") in response.content.decode()
    assert client.get(reverse("knowledge:compare", args=[article.slug]), {"old": 1, "new": 9}).status_code == 404


def test_restoring_needs_an_editor(client, article, org_admin):
    url = reverse("knowledge:restore", args=[article.slug, 1])
    assert "/login/" in client.post(url).url
    assert login(client, org_admin).post(url).status_code == 404
    assert client.get(url).status_code == 405
    assert ArticleRevision.objects.count() == 1


def test_helpful_votes_are_one_per_person_and_changeable(client, article, org_admin, org_member):
    url = reverse("knowledge:vote", args=[article.slug])
    assert "/login/" in client.post(url, {"helpful": "yes"}).url
    client = login(client, org_admin)
    client.post(url, {"helpful": "yes"})
    client.post(url, {"helpful": "yes"})
    article.refresh_from_db()
    assert (article.helpful_count, article.unhelpful_count) == (1, 0)
    client.post(url, {"helpful": "no"})
    login(client, org_member).post(url, {"helpful": "no"})
    article.refresh_from_db()
    assert (article.helpful_count, article.unhelpful_count) == (0, 2)
    assert HelpfulVote.objects.count() == 2


def test_a_vote_without_an_answer_is_refused(client, article, org_admin):
    response = login(client, org_admin).post(reverse("knowledge:vote", args=[article.slug]), {"helpful": "vielleicht"})
    assert response.status_code == 302
    assert not HelpfulVote.objects.exists()
    page = client.get(response.url).content.decode()
    assert de("Please answer yes or no.") in page


def test_nobody_votes_on_a_draft(client, draft, org_admin, staff):
    url = reverse("knowledge:vote", args=[draft.slug])
    assert login(client, org_admin).post(url, {"helpful": "yes"}).status_code == 404
    login(client, staff).post(reverse("knowledge:vote", args=[draft.slug]), {"helpful": "yes"})
    assert not HelpfulVote.objects.exists()


def test_mine_lists_ones_own_articles_and_drafts(client, draft, article, other_volunteer, volunteer, org_admin):
    assert login(client, org_admin).get(reverse("knowledge:mine")).status_code == 404
    page = login(client, volunteer).get(reverse("knowledge:mine")).content.decode()
    assert draft.title in page and article.title in page
    assert draft.title not in login(client, other_volunteer).get(reverse("knowledge:mine")).content.decode()


def test_the_main_navigation_links_the_knowledge_base(client):
    assert f'href="{reverse("knowledge:list")}"' in client.get(reverse("home")).content.decode()
