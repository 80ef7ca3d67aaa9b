"""The needs' full-text index: where it lives on each database and how a parsed query reaches it.

PostgreSQL: the column `needs_need.search_vector` (weights: title and organisation name A, description B), kept by
triggers that migration 0002 installs, with a GIN index.
SQLite: the FTS5 table `needs_need_fts` (columns title, organisation, description), kept by triggers. SQLite drops
a table's triggers whenever Django rebuilds that table for a schema change, so they are (re)created after every
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

FTS_TABLE = "needs_need_fts"
PRIMARY_COLUMNS = ("title", "organisation")  # weight A on PostgreSQL

# Constant SQL: no input reaches it (search words travel as parameters, see below).
SQLITE_TRIGGERS = {
    "needs_need_fts_insert": """
        CREATE TRIGGER needs_need_fts_insert AFTER INSERT ON needs_need BEGIN
            INSERT INTO needs_need_fts (rowid, title, organisation, description) VALUES (
                NEW.id, tp_lexemes(NEW.title),
                tp_lexemes((SELECT name FROM organisations_organisation WHERE id = NEW.organisation_id)),
                tp_lexemes(NEW.description));
        END""",
    "needs_need_fts_update": """
        CREATE TRIGGER needs_need_fts_update AFTER UPDATE OF title, description, organisation_id ON needs_need BEGIN
            DELETE FROM needs_need_fts WHERE rowid = OLD.id;
            INSERT INTO needs_need_fts (rowid, title, organisation, description) VALUES (
                NEW.id, tp_lexemes(NEW.title),
                tp_lexemes((SELECT name FROM organisations_organisation WHERE id = NEW.organisation_id)),
                tp_lexemes(NEW.description));
        END""",
    "needs_need_fts_delete": """
        CREATE TRIGGER needs_need_fts_delete AFTER DELETE ON needs_need BEGIN
            DELETE FROM needs_need_fts WHERE rowid = OLD.id;
        END""",
    "needs_organisation_fts_rename": """
        CREATE TRIGGER needs_organisation_fts_rename AFTER UPDATE OF name ON organisations_organisation
        WHEN OLD.name IS NOT NEW.name BEGIN
            UPDATE needs_need_fts SET organisation = tp_lexemes(NEW.name)
            WHERE rowid IN (SELECT id FROM needs_need WHERE organisation_id = NEW.id);
        END""",
}
SQLITE_REBUILD = """
    INSERT INTO needs_need_fts (rowid, title, organisation, description)
    SELECT needs_need.id, tp_lexemes(needs_need.title), tp_lexemes(organisations_organisation.name),
           tp_lexemes(needs_need.description)
    FROM needs_need JOIN organisations_organisation ON organisations_organisation.id = needs_need.organisation_id
"""


def drop_sqlite_triggers(using: BaseDatabaseWrapper) -> None:
    """Before migrations: a migration that rebuilds `needs_need` on SQLite (drop, then rename a copy) fails while the
    trigger on organisations names the dropped table. post_migrate puts the triggers back and rebuilds the index."""
    with using.cursor() as cursor:
        for name in SQLITE_TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def ensure_sqlite_index(using: BaseDatabaseWrapper) -> bool:
    """Create the FTS5 table and its triggers where missing; rebuild the index if anything was. True if rebuilt."""
    return ensure_fts5_index(
        using, "needs_need", FTS_TABLE, "title, organisation, description", SQLITE_TRIGGERS, SQLITE_REBUILD
    )


def matching(needs: QuerySet[Any], query: fulltext.Query) -> QuerySet[Any]:
    """`needs` narrowed to those matching `query`; an empty query matches nothing."""
    if not query:
        return needs.none()
    if connection.vendor == "postgresql":
        needs = needs.filter(VectorMatch(fulltext.tsquery(query.groups)))
        if query.excluded:
            needs = needs.exclude(VectorMatch(fulltext.tsquery([[t] for t in query.excluded], join=" | ")))
        return needs
    needs = needs.filter(pk__in=_fts_rowids(fulltext.fts5_query(query.groups)))
    if query.excluded:
        needs = needs.exclude(pk__in=_fts_rowids(fulltext.fts5_query([[t] for t in query.excluded], join=" OR ")))
    return needs


def relevance(query: fulltext.Query) -> Case:
    """1 where the words are in the title or the organisation's name (weight A), else 0 (only the description)."""
    if connection.vendor == "postgresql":
        primary: Any = VectorMatch(fulltext.tsquery(query.groups), weights="a")
    else:
        primary = Q(pk__in=_fts_rowids(fulltext.fts5_query(query.groups, columns=PRIMARY_COLUMNS)))
    return Case(When(primary, then=Value(1)), default=Value(0), output_field=IntegerField())


def stored_document() -> RawSQL:
    """The need's text as its index holds it, to load with the need (`document` reads it): PostgreSQL's tsvector as
    text, SQLite's FTS5 columns one a line. Constant SQL on the query's own table."""
    if connection.vendor == "postgresql":
        return RawSQL("needs_need.search_vector::text", [])
    return RawSQL(
        "SELECT coalesce(title, '') || char(10) || coalesce(organisation, '') || char(10) || coalesce(description, '')"
        " FROM needs_need_fts WHERE rowid = needs_need.id",
        [],
    )


def document(stored: str | None) -> fulltext.Document:
    """The document `stored_document` loaded, for fulltext.matches: the answer `matching` gives for this need."""
    if connection.vendor == "postgresql":
        return fulltext.tsvector_document(stored or "")
    return fulltext.fts5_document((stored or "").split("\n"))


def _fts_rowids(match: str) -> RawSQL:
    return RawSQL("SELECT rowid FROM needs_need_fts WHERE needs_need_fts MATCH %s", [match])
