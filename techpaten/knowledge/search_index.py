"""The articles' full-text index, built like the needs' one (techpaten/needs/search_index.py, core/fulltext.py).

PostgreSQL: the column `knowledge_article.search_vector` (weights: title A, summary B, body C), kept by a trigger
that migration 0001 installs, with a GIN index.
SQLite: the FTS5 table `knowledge_article_fts` (columns title, summary, body), kept by triggers. SQLite drops a
table's triggers whenever Django rebuilds that table for a schema change, so they are (re)created after every
`migrate` by `ensure_sqlite_index`, which rebuilds the index when a trigger was missing.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from techpaten.core import fulltext
from techpaten.core.search_vector import VectorMatch, ensure_fts5_index

FTS_TABLE = "knowledge_article_fts"
PRIMARY_COLUMNS = ("title",)  # weight A on PostgreSQL

# Constant SQL: no input reaches it (search words travel as parameters).
SQLITE_TRIGGERS = {
    "knowledge_article_fts_insert": """
        CREATE TRIGGER knowledge_article_fts_insert AFTER INSERT ON knowledge_article BEGIN
            INSERT INTO knowledge_article_fts (rowid, title, summary, body) VALUES (
                NEW.id, tp_lexemes(NEW.title), tp_lexemes(NEW.summary), tp_lexemes(NEW.body));
        END""",
    "knowledge_article_fts_update": """
        CREATE TRIGGER knowledge_article_fts_update AFTER UPDATE OF title, summary, body ON knowledge_article BEGIN
            DELETE FROM knowledge_article_fts WHERE rowid = OLD.id;
            INSERT INTO knowledge_article_fts (rowid, title, summary, body) VALUES (
                NEW.id, tp_lexemes(NEW.title), tp_lexemes(NEW.summary), tp_lexemes(NEW.body));
        END""",
    "knowledge_article_fts_delete": """
        CREATE TRIGGER knowledge_article_fts_delete AFTER DELETE ON knowledge_article BEGIN
            DELETE FROM knowledge_article_fts WHERE rowid = OLD.id;
        END""",
}
SQLITE_REBUILD = """
    INSERT INTO knowledge_article_fts (rowid, title, summary, body)
    SELECT id, tp_lexemes(title), tp_lexemes(summary), tp_lexemes(body) FROM knowledge_article
"""


def ensure_sqlite_index(using: BaseDatabaseWrapper) -> bool:
    """Create the FTS5 table and its triggers where missing; rebuild the index if anything was. True if rebuilt."""
    return ensure_fts5_index(
        using, "knowledge_article", FTS_TABLE, "title, summary, body", SQLITE_TRIGGERS, SQLITE_REBUILD
    )


def matching(articles: QuerySet[Any], query: fulltext.Query) -> QuerySet[Any]:
    """`articles` narrowed to those matching `query`; an empty query matches nothing."""
    if not query:
        return articles.none()
    if connection.vendor == "postgresql":
        articles = articles.filter(VectorMatch(fulltext.tsquery(query.groups)))
        if query.excluded:
            excluded = fulltext.tsquery([[t] for t in query.excluded], join=" | ")
            articles = articles.exclude(VectorMatch(excluded))
        return articles
    articles = articles.filter(pk__in=_fts_rowids(fulltext.fts5_query(query.groups)))
    if query.excluded:
        excluded = fulltext.fts5_query([[t] for t in query.excluded], join=" OR ")
        articles = articles.exclude(pk__in=_fts_rowids(excluded))
    return articles


def relevance(query: fulltext.Query) -> Case:
    """1 where the words are in the title (weight A), else 0 (only in the summary or the text)."""
    if connection.vendor == "postgresql":
        primary: Any = VectorMatch(fulltext.tsquery(query.groups), weights="a")
    else:
        primary = Q(pk__in=_fts_rowids(fulltext.fts5_query(query.groups, columns=PRIMARY_COLUMNS)))
    return Case(When(primary, then=Value(1)), default=Value(0), output_field=IntegerField())


def _fts_rowids(match: str) -> RawSQL:
    return RawSQL("SELECT rowid FROM knowledge_article_fts WHERE knowledge_article_fts MATCH %s", [match])
