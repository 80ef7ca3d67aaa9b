"""Revisions, restoring and the line diff between two revisions; hiding for moderation."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from techpaten.knowledge import diff, services
from techpaten.knowledge.models import Article
from tests.texts import de

from .conftest import write_article

pytestmark = pytest.mark.django_db


def _content(article: Article, body: str, note: str = "Änderung") -> services.Content:
    return services.Content(article.title, article.summary, body, note)


def test_every_edit_is_a_numbered_revision_and_restore_is_one_more(article, volunteer, other_volunteer):
    services.edit_article(article, other_volunteer, _content(article, "Zweite Fassung", "neu"))
    services.edit_article(article, volunteer, _content(article, "Dritte Fassung", "noch neuer"))
    restored = services.restore_revision(article, other_volunteer, 2)
    article.refresh_from_db()
    assert article.body == "Zweite Fassung"
    assert [(r.number, r.author, r.restored_from) for r in article.revisions.order_by("number")] == [
        (1, volunteer, None),
        (2, other_volunteer, None),
        (3, volunteer, None),
        (4, other_volunteer, 2),
    ]
    assert restored.note == de("Restored revision %(number)d") % {"number": 2}


def test_an_edit_that_changes_only_categories_makes_no_revision(article, volunteer):
    content = _content(article, article.body, "")
    content.tags = ["restic", "backup"]
    assert services.edit_article(article, volunteer, content) is None
    assert article.revisions.count() == 1
    assert sorted(article.tags.values_list("name", flat=True)) == ["backup", "restic"]


def test_outsiders_cannot_edit_or_restore_through_the_services(draft, other_volunteer, org_admin):
    with pytest.raises(ValidationError):
        services.edit_article(draft, other_volunteer, _content(draft, "übernommen"))
    with pytest.raises(ValidationError):
        services.restore_revision(draft, org_admin, 1)
    draft.refresh_from_db()
    assert draft.revisions.count() == 1 and draft.body != "übernommen"


def test_hiding_takes_the_article_out_of_the_public_set_and_unhiding_brings_it_back(article, staff):
    services.hide_article(article, staff, "Spam")
    article.refresh_from_db()
    assert (article.hidden_by, article.hidden_reason) == (staff, "Spam") and article.is_hidden
    assert not Article.objects.public().exists()
    services.unhide_article(article, staff)
    assert list(Article.objects.public()) == [article]


def test_a_hidden_article_is_edited_by_staff_only(article, volunteer, staff):
    services.hide_article(article, staff, "Prüfen")
    with pytest.raises(ValidationError):
        services.edit_article(article, volunteer, _content(article, "trotzdem"))
    services.edit_article(article, staff, _content(article, "entschärft"))


def test_the_diff_marks_removed_and_added_lines_with_context():
    old = "eins\nzwei\ndrei\nvier\nfünf\nsechs\nsieben\nacht\nneun\nzehn"
    new = "eins\nzwei\ndrei\nvier\nFÜNF\nsechs\nsieben\nacht\nneun\nzehn\nelf"
    hunks = diff.hunks(old, new)
    assert [[(line.kind, line.text) for line in hunk.lines] for hunk in hunks] == [
        [
            ("same", "zwei"),
            ("same", "drei"),
            ("same", "vier"),
            ("removed", "fünf"),
            ("added", "FÜNF"),
            ("same", "sechs"),
            ("same", "sieben"),
            ("same", "acht"),
            ("same", "neun"),
            ("same", "zehn"),
            ("added", "elf"),
        ]
    ]
    assert hunks[0].lines[3].old_number == 5 and hunks[0].lines[4].new_number == 5


def test_the_diff_leaves_out_long_unchanged_stretches():
    old = "\n".join(str(n) for n in range(1, 41))
    new = old.replace("\n5\n", "\nfünf\n").replace("\n35\n", "\nfünfunddreißig\n")
    hunks = diff.hunks(old, new)
    assert len(hunks) == 2
    assert all(len(hunk.lines) == 8 for hunk in hunks)  # 3 lines of context on each side


def test_compare_reports_unchanged_fields():
    changes = diff.compare({"title": "A", "body": "x"}, {"title": "A", "body": "y"})
    assert [(c.name, c.changed) for c in changes] == [("title", False), ("body", True)]


def test_the_compare_page_shows_text_markers_not_only_colour(client, article, volunteer):
    from django.urls import reverse

    services.edit_article(article, volunteer, _content(article, "Ganz neuer Text"))
    page = client.get(reverse("knowledge:compare", args=[article.slug])).content.decode()  # the newest two
    minus = "\N{MINUS SIGN}"
    removed = f'<del><span class="diff-sign" aria-hidden="true">{minus}</span><span class="visually-hidden">entfernt: '
    assert removed in page
    assert "Ganz neuer Text</ins>" in page
    assert "unverändert" in page  # the title did not change


def test_a_published_article_can_be_written_by_staff_without_a_volunteer_profile(staff):
    article = write_article(staff, title="Vom Team")
    assert article.is_published and article.author == staff
