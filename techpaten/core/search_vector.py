"""The stored full-text vector as a query expression, shared by every app with a `search_vector` column (needs,
knowledge articles): `<table>.search_vector @@ to_tsquery('simple', %s)`, whatever alias the query gives the table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
