"""core.fulltext: search words parsed once into German stems, compiled for PostgreSQL and SQLite alike."""

from __future__ import annotations

import pytest

from techpaten.core import fulltext


def test_documents_become_german_stems_without_stop_words():
    assert fulltext.document("Die Kinder teilen Fotos mit den Eltern") == "kind teil fotos elt"


def test_words_with_digits_are_kept_whole():
    assert fulltext.document("Nextcloud32 seit 2024") == "nextcloud32 seit 2024"


def test_every_word_is_required():
    query = fulltext.parse("Kinder Eltern")
    assert fulltext.tsquery(query.groups) == "('kind') & ('elt')"
    assert fulltext.fts5_query(query.groups) == '("kind") AND ("elt")'


def test_or_joins_two_words_into_one_choice():
    query = fulltext.parse("Kalender or Drucker")
    assert fulltext.tsquery(query.groups) == "('kalend' | 'druck')"
    assert fulltext.fts5_query(query.groups) == '("kalend" OR "druck")'


def test_a_phrase_keeps_the_distance_of_stop_words_in_between():
    query = fulltext.parse('"Fotos mit Eltern"')
    assert fulltext.tsquery(query.groups) == "('fotos' <2> 'elt')"
    assert fulltext.fts5_query(query.groups) == '("fotos elt")'


def test_a_minus_excludes_a_word():
    query = fulltext.parse("Eltern -Sommerfest")
    assert [term.lexemes for term in query.excluded] == [(("sommerf", 0),)]
    assert len(query.groups) == 1


def test_a_column_filter_limits_the_sqlite_query():
    query = fulltext.parse("Backup")
    assert fulltext.fts5_query(query.groups, columns=("title", "organisation")) == '{title organisation} : (("backup"))'


@pytest.mark.parametrize("words", ["", "   ", "die und der", "-Eltern", '""', "or", "„“ — …"])
def test_queries_without_a_searchable_word_are_empty(words):
    assert not fulltext.parse(words)


@pytest.mark.parametrize("words", ['"', 'a"b', "NEAR(a b)", "a AND b", "{title}: x", "x' OR '1'='1", "*", "^a"])
def test_nothing_typed_reaches_the_database_as_query_syntax(words):
    query = fulltext.parse(words)
    # Every lexeme is letters or digits only; FTS5 terms are quoted strings, tsquery terms quoted lexemes.
    for group in query.groups:
        for term in group:
            assert all(lexeme.isalnum() for lexeme, _distance in term.lexemes)


def test_a_very_long_query_is_cut_to_a_fixed_number_of_words():
    query = fulltext.parse(" ".join(f"wort{n}" for n in range(100)))
    assert len(query.groups) == fulltext.MAX_QUERY_TERMS
