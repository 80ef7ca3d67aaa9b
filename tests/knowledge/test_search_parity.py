"""One set of articles, one table of searches, the same answers on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

CI runs this module on both databases; each expectation is written once, so both must give exactly these results in
exactly this order: title matches first (weight A), then matches in the summary (B) or the text (C); within each
group the most helpful first, then the newest.
"""

from __future__ import annotations

import pytest
from django.db import connection

from techpaten.core import fulltext
from techpaten.knowledge import services
from techpaten.knowledge.models import Article
from techpaten.knowledge.queries import search_articles

from .conftest import write_article

pytestmark = pytest.mark.django_db

# (title, summary, body, helpful votes). Not "3-2-1": PostgreSQL reads "-2" as a signed number, Python as "2".
CORPUS = [
    ("Backups mit restic", "Sicherungen nach der Drei-Zwei-Eins-Regel.", "restic init, restic backup.", 0),
    ("Rücksicherung testen", "Ein Backup ist erst gut, wenn es zurückgespielt wurde.", "Einmal im Monat.", 2),
    ("Nextcloud härten", "Zwei Faktoren und Updates für die Kita.", "occ app:enable twofactor_totp", 1),
    ("Fotos mit Eltern teilen", "Alben mit Freigabelink und Ablaufdatum.", "Keine Fotos per Messenger.", 0),
    ("Mail auf eigener Domain", "SPF, DKIM und DMARC für den Verein.", "Ein Postfach pro Funktion.", 0),
    ("Updates automatisch", "unattended-upgrades auf Debian.", "Auch die Nextcloud braucht Updates.", 3),
    ("Jitsi für die Schule", "Videokonferenzen für Elternabende.", "Ohne Konto für die Eltern.", 0),
]

SEARCHES = [
    ("restic", ["Backups mit restic"]),
    # The stemmer keeps "Backups" whole (no -s after p): both match outside the title only, most helpful first.
    ("Backup", ["Rücksicherung testen", "Backups mit restic"]),
    ("Backups", ["Backups mit restic"]),
    ("Nextcloud", ["Nextcloud härten", "Updates automatisch"]),
    ("Updates", ["Updates automatisch", "Nextcloud härten"]),  # in a title; then summary, by votes
    ("Eltern", ["Fotos mit Eltern teilen", "Jitsi für die Schule"]),
    ("Elternabend", ["Jitsi für die Schule"]),
    ("Kita", ["Nextcloud härten"]),
    ("Schule", ["Jitsi für die Schule"]),
    ("DKIM or DMARC", ["Mail auf eigener Domain"]),
    ('"eigener Domain"', ["Mail auf eigener Domain"]),
    ('"Domain eigener"', []),
    ("Eltern -Messenger", ["Jitsi für die Schule"]),
    ("unattended-upgrades", ["Updates automatisch"]),
    ("Sicherung", ["Backups mit restic"]),  # Sicherungen → sicher
    ("die und der", []),
    ("Drucker", []),
]


@pytest.fixture
def corpus(volunteer, org_admin, org_member, other_member) -> None:
    voters = [org_admin, org_member, other_member]
    for title, summary, body, votes in CORPUS:
        article = write_article(volunteer, title=title, summary=summary, body=body)
        for voter in voters[:votes]:
            services.vote(article, voter, True)


@pytest.mark.parametrize(("words", "expected"), SEARCHES)
def test_a_search_finds_the_same_articles_in_the_same_order_on_every_database(corpus, words, expected):
    assert [article.title for article in search_articles({"q": words})] == expected


def test_drafts_and_hidden_articles_are_never_found(corpus, volunteer, staff):
    write_article(volunteer, title="restic Entwurf", publish=False)
    services.hide_article(Article.objects.get(title="Backups mit restic"), staff, "Test")
    assert list(search_articles({"q": "restic"})) == []


def test_the_index_follows_edits_and_deletions(corpus, volunteer):
    article = Article.objects.get(title="Jitsi für die Schule")
    content = services.Content("BigBlueButton für die Schule", article.summary, article.body, "Umgestellt")
    services.edit_article(article, volunteer, content)
    assert [a.title for a in search_articles({"q": "BigBlueButton"})] == ["BigBlueButton für die Schule"]
    assert list(search_articles({"q": "Jitsi"})) == []
    article.delete()
    assert list(search_articles({"q": "Schule"})) == []


@pytest.mark.postgresql  # compares the Python lexemes with PostgreSQL's own
def test_python_produces_the_lexemes_postgresql_indexes(corpus):
    with connection.cursor() as cursor:
        for row in CORPUS:
            for text in row[:3]:
                cursor.execute("SELECT tsvector_to_array(to_tsvector('german', %s))", [text])
                (postgres,) = cursor.fetchone()
                assert set(fulltext.document(text).split()) == {lexeme for lexeme in postgres if "-" not in lexeme}


@pytest.mark.sqlite  # SQLite drops a table's triggers when Django rebuilds the table; post_migrate restores them
def test_lost_sqlite_triggers_are_restored_and_the_index_rebuilt(corpus, volunteer):
    from techpaten.knowledge.search_index import ensure_sqlite_index

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER knowledge_article_fts_insert")
        cursor.execute("DELETE FROM knowledge_article_fts")
    assert list(search_articles({"q": "restic"})) == []
    assert ensure_sqlite_index(connection) is True
    assert [a.title for a in search_articles({"q": "restic"})] == ["Backups mit restic"]
    write_article(volunteer, title="restic im Verein")
    assert len(search_articles({"q": "restic"})) == 2
    assert ensure_sqlite_index(connection) is False
