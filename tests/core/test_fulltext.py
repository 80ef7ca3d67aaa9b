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


# Matching in memory: the answer of each database's index, from the document as that index holds it.


def test_postgresqls_text_form_of_a_vector_is_read_with_positions_weights_and_escapes():
    document = fulltext.tsvector_document("'a''b' 'c\\\\d':3,5B 'kita':2A 'schul':1A 'stripped'")
    assert document.positions == {
        "a'b": frozenset(),
        "c\\d": frozenset({3, 5}),
        "kita": frozenset({2}),
        "schul": frozenset({1}),
        "stripped": frozenset(),
    }
    assert fulltext.matches(fulltext.parse("Kita"), document)
    assert not fulltext.matches(fulltext.parse("Schule -Kita"), document)


def test_on_postgresql_a_phrase_keeps_the_distance_stop_words_make():
    # to_tsvector('german', 'Schule für Kita') and … 'Hort Schule Kita': stop words take a position.
    with_stop_word = fulltext.tsvector_document("'kita':3 'schul':1")
    without = fulltext.tsvector_document("'hort':1 'kita':3 'schul':2")
    phrase = fulltext.parse('"Schule und Kita"')  # schul <2> kita
    assert fulltext.matches(phrase, with_stop_word)
    assert not fulltext.matches(phrase, without)
    assert fulltext.matches(fulltext.parse('"Schule Kita"'), without)


def test_in_fts5_a_phrases_lexemes_stand_next_to_each_other_within_one_column():
    # FTS5 stores lexemes without stop words: "Schule für Kita" is "schul kita", as is "Schule Kita".
    document = fulltext.fts5_document(["schul kita", "hort", "teil elt"])
    assert fulltext.matches(fulltext.parse('"Schule und Kita"'), document)
    assert fulltext.matches(fulltext.parse('"Schule Kita"'), document)
    assert not fulltext.matches(fulltext.parse('"Kita Schule"'), document)
    assert not fulltext.matches(fulltext.parse('"Kita Hort"'), document)  # not across two columns
    assert fulltext.matches(fulltext.parse("Kita Hort or Zaun"), document)  # words: in any column


def test_in_memory_an_empty_query_or_one_of_exclusions_only_matches_nothing():
    document = fulltext.fts5_document(["schul kita"])
    assert not fulltext.matches(fulltext.parse("und die"), document)
    assert not fulltext.matches(fulltext.parse("-Hort"), document)
