"""One set of needs, one table of searches, the same answers on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

CI runs this module on both databases; each expectation is written once, so both must give exactly these results in
exactly this order: title or organisation matches first (relevance), each group newest first.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from techpaten.core import fulltext
from techpaten.needs.models import Need
from techpaten.needs.search import search_needs
from tests import factories

pytestmark = pytest.mark.django_db

# (title, description, organisation name); listed oldest first, so the last one is the newest.
CORPUS = [
    ("Fotos sicher mit Eltern teilen", "Wir möchten Fotos vom Sommerfest mit den Eltern teilen.", "Kita Sonnenschein"),
    (
        "Neue Webseite für den Förderverein",
        "Unsere Schule braucht eine Webseite mit Terminkalender.",
        "Grundschule Am Park",
    ),
    ("Backup für unsere Dateien", "Die Rechner im Büro haben keine Sicherung.", "Turnverein Eiche"),
    ("Neue Rechner einrichten", "Danach brauchen wir auch ein Backup der Dateien.", "Bürgerinitiative Radweg"),
    ("Videokonferenzen für den Elternabend", "Die Eltern wollen sich auch von zu Hause zuschalten.", "Kita Regenbogen"),
    (
        "Nextcloud-Instanz härten",
        "Die Nextcloud 32 unserer WG braucht Updates und Zwei-Faktor-Anmeldung.",
        "WG Lindenstraße",
    ),
    ("E-Mail-Postfächer umziehen", "Unsere Postfächer sollen zu einem Anbieter in der EU.", "Sportverein Nord"),
    (
        "Kalender für die Gruppen",
        "Jede Gruppe der Kindertagesstätte braucht einen gemeinsamen Kalender.",
        "Kita Sonnenschein",
    ),
    (
        "Schülerzeitung online stellen",
        "Die Schülerinnen und Schüler möchten ihre Zeitung veröffentlichen.",
        "Gymnasium Nord",
    ),
    ("Drucker im Lehrerzimmer", "Der Drucker druckt nicht mehr aus dem WLAN.", "Grundschule Am Park"),
]

SEARCHES = [
    ("Fotos", ["Fotos sicher mit Eltern teilen"]),
    ("foto", []),  # the German stemmer keeps "fotos" whole (no -s after a vowel)
    # In the title first, then in the description only; "Elternabend" in a title is another word (no compound split).
    ("Eltern", ["Fotos sicher mit Eltern teilen", "Videokonferenzen für den Elternabend"]),
    ("Elternabend", ["Videokonferenzen für den Elternabend"]),
    ("Backup", ["Backup für unsere Dateien", "Neue Rechner einrichten"]),  # the title match first
    ("Datei", ["Backup für unsere Dateien", "Neue Rechner einrichten"]),  # Dateien → datei
    # Schule, Schüler and Schülerinnen share the stem "schul"; "Grundschule" is another word.
    ("Schule", ["Schülerzeitung online stellen", "Neue Webseite für den Förderverein"]),
    ("SCHÜLER", ["Schülerzeitung online stellen", "Neue Webseite für den Förderverein"]),  # capitals, umlaut
    ("schuler", ["Schülerzeitung online stellen", "Neue Webseite für den Förderverein"]),  # umlauts fold
    ("Sonnenschein", ["Kalender für die Gruppen", "Fotos sicher mit Eltern teilen"]),
    ("kalender gruppe", ["Kalender für die Gruppen"]),
    ("Kalender Sonnenschein", ["Kalender für die Gruppen"]),  # every word, across columns
    ("kalender or drucker", ["Drucker im Lehrerzimmer", "Kalender für die Gruppen"]),  # not "Terminkalender"
    ("Eltern -Sommerfest", ["Videokonferenzen für den Elternabend"]),
    ('"Eltern teilen"', ["Fotos sicher mit Eltern teilen"]),
    ('"teilen Eltern"', []),
    ("Nextcloud", ["Nextcloud-Instanz härten"]),
    ("Nextcloud-Instanz", ["Nextcloud-Instanz härten"]),
    ("32", ["Nextcloud-Instanz härten"]),
    ("E-Mail", ["E-Mail-Postfächer umziehen"]),
    ("Postfach", ["E-Mail-Postfächer umziehen"]),
    ("Lindenstraße", ["Nextcloud-Instanz härten"]),
    ("Nord", ["Schülerzeitung online stellen", "E-Mail-Postfächer umziehen"]),
    ("die und der", []),  # stop words only: nothing to look for
    ("-Eltern", []),  # exclusions only: nothing to look for
    ("Fahrradwerkstatt", []),
]


@pytest.fixture
def corpus(db) -> None:
    start = timezone.now() - timedelta(days=len(CORPUS))
    organisations: dict[str, object] = {}
    for day, (title, description, organisation_name) in enumerate(CORPUS):
        if organisation_name not in organisations:
            organisations[organisation_name] = factories.make_organisation(name=organisation_name)
        factories.make_need(
            organisations[organisation_name],
            title=title,
            description=description,
            published_at=start + timedelta(days=day),
        )


@pytest.mark.parametrize(("words", "expected"), SEARCHES)
def test_a_search_finds_the_same_needs_in_the_same_order_on_every_database(corpus, words, expected):
    assert [need.title for need in search_needs({"q": words})] == expected


def test_the_index_follows_edits_deletions_and_renames(corpus):
    need = Need.objects.get(title="Drucker im Lehrerzimmer")
    need.title = "Beamer im Lehrerzimmer"
    need.save()
    assert [n.title for n in search_needs({"q": "Beamer"})] == ["Beamer im Lehrerzimmer"]
    assert list(search_needs({"q": "Drucker"})) == [need]  # still in the description
    need.organisation.name = "Grundschule Am See"
    need.organisation.save()
    assert [n.title for n in search_needs({"q": "See"})] == [
        "Beamer im Lehrerzimmer",
        "Neue Webseite für den Förderverein",
    ]
    need.delete()
    assert [n.title for n in search_needs({"q": "Lehrerzimmer"})] == []


@pytest.mark.postgresql  # compares the Python lexemes with PostgreSQL's own
def test_python_produces_the_lexemes_postgresql_indexes(corpus):
    with connection.cursor() as cursor:
        for title, description, organisation_name in CORPUS:
            for text in (title, description, organisation_name):
                cursor.execute("SELECT tsvector_to_array(to_tsvector('german', %s))", [text])
                (postgres,) = cursor.fetchone()
                # PostgreSQL also indexes a hyphenated word whole ("nextcloud-instanz") besides its parts.
                assert set(fulltext.document(text).split()) == {lexeme for lexeme in postgres if "-" not in lexeme}


@pytest.mark.sqlite  # SQLite drops a table's triggers when Django rebuilds the table; post_migrate restores them
def test_lost_sqlite_triggers_are_restored_and_the_index_rebuilt(corpus):
    from techpaten.needs.search_index import ensure_sqlite_index

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER needs_need_fts_insert")
        cursor.execute("DELETE FROM needs_need_fts")
    assert list(search_needs({"q": "Drucker"})) == []
    assert ensure_sqlite_index(connection) is True
    assert [n.title for n in search_needs({"q": "Drucker"})] == ["Drucker im Lehrerzimmer"]
    factories.make_need(Need.objects.first().organisation, title="Neuer Drucker")
    assert len(search_needs({"q": "Drucker"})) == 2
    assert ensure_sqlite_index(connection) is False  # nothing missing, nothing rebuilt


def test_the_candidate_cap_counts_matches_not_the_newest_needs(organisation, monkeypatch):
    from techpaten.needs import search

    monkeypatch.setattr(search, "CANDIDATE_CAP", 2)
    start = timezone.now() - timedelta(days=10)
    for day, title in enumerate(["Alter Drucker", "Drucker Nummer zwei", "Neu A", "Neu B", "Neu C"]):
        factories.make_need(organisation, title=title, published_at=start + timedelta(days=day))
    # The two matches are older than three other needs: the cap must apply to matches only.
    assert [n.title for n in search_needs({"q": "Drucker"})] == ["Drucker Nummer zwei", "Alter Drucker"]
