"""The stored full-text vector as a query expression, shared by every app with a `search_vector` column (needs,
knowledge articles): `<table>.search_vector @@ to_tsquery('simple', %s)`, whatever alias the query gives the table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import BooleanField, Expression


class VectorMatch(Expression):
    """`<table>.search_vector @@ to_tsquery('simple', %s)`, whatever alias the query gives it.

    The column is kept by the database and not declared on the model (it would travel with every need loaded
    anywhere), so it is named here; the alias is taken from the query and follows when the query becomes a subquery.
    The lexemes are stemmed already (core.fulltext), so the `simple` configuration only lower-cases them.
    """

    output_field = BooleanField()

    def __init__(self, tsquery: str, weights: str = "", alias: str | None = None) -> None:
        super().__init__()
        self.tsquery, self.weights, self.alias = tsquery, weights, alias

    def resolve_expression(self, query: Any = None, *args: Any, **kwargs: Any) -> VectorMatch:
        return VectorMatch(self.tsquery, self.weights, self.alias or query.get_initial_alias())

    def relabeled_clone(self, relabels: Mapping[str, str]) -> VectorMatch:
        return VectorMatch(self.tsquery, self.weights, relabels.get(self.alias or "", self.alias))

    def get_group_by_cols(self) -> list[Any]:
        return [self]

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        vector = f"{compiler.quote_name_unless_alias(self.alias)}.search_vector"
        if self.weights:  # the weights are this module's constants, never input
            vector = f"ts_filter({vector}, '{{{self.weights}}}')"
        return f"{vector} @@ to_tsquery('simple', %s)", [self.tsquery]


def ensure_fts5_index(
    using: BaseDatabaseWrapper, table: str, fts_table: str, columns: str, triggers: Mapping[str, str], rebuild: str
) -> bool:
    """SQLite: create the FTS5 table `fts_table` (`columns`) and its `triggers` where missing; rebuild the index with
    `rebuild` if anything was. True if rebuilt. Names and SQL are the calling module's constants, never input."""
    with using.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {row[0] for row in cursor.fetchall()}
        if table not in present:
            return False
        missing = [name for name in triggers if name not in present]
        if fts_table in present and not missing:
            return False
        # Without diacritics folding: the stems already fold umlauts the way PostgreSQL's German stemmer does.
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts_table} USING fts5("
            f"{columns}, tokenize = 'unicode61 remove_diacritics 0')"
        )
        for name in missing:
            cursor.execute(triggers[name])
        cursor.execute(f"DELETE FROM {fts_table}")  # noqa: S608 - a module constant, never input
        cursor.execute(rebuild)
    return True
