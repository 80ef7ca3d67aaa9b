"""Pagination whose cost does not grow with the table: the count stops at a cap.

Counting every match of a broad search costs as much as reading them all; a person never pages through more than a
few dozen pages anyway. So the count is `SELECT COUNT(*) FROM (… LIMIT cap + 1)`: past the cap the page says
"more than 1,000" and offers the pages up to the cap (narrowing the search is the way on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

DEFAULT_CAP = 1000


class CappedPaginator(Paginator[Any]):
    def __init__(self, object_list: Any, per_page: int, cap: int = DEFAULT_CAP, **kwargs: Any) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap

    @cached_property
    def _capped_count(self) -> int:
        if isinstance(self.object_list, KeysFirst):
            return self.object_list.capped_count(self.cap + 1)
        # No ordering and no columns: the database stops after cap + 1 matching rows and sorts nothing.
        return self.object_list.order_by().values("pk")[: self.cap + 1].count()  # type: ignore[attr-defined,no-any-return]

    @cached_property
    def count(self) -> int:
        """How many objects the pages hold: at most `cap`."""
        return min(self._capped_count, self.cap)

    @property
    def more_than_cap(self) -> bool:
        """True when there are more matches than the pages show."""
        return self._capped_count > self.cap


def page_of(object_list: Any, request_page: Any, per_page: int, cap: int = DEFAULT_CAP) -> Page[Any]:
    """The requested page (the last one for a page past the end, the first for nonsense), with a capped count."""
    return CappedPaginator(object_list, per_page, cap=cap).get_page(request_page)


class KeysFirst:
    """An ordered queryset read a page at a time in two steps: the page's keys, then only that page's rows.

    Ordering needs only the table's own columns (and indexes); the joins, the annotations and the prefetching a
    row needs then run for the rows of one page instead of for every candidate the database had to sort.
    `load` turns a queryset of the page's rows into one with everything a row shows. `count`: the number of rows
    when the caller already knows it (the candidates were read as keys first), which spares the COUNT query.
    """

    def __init__(
        self, ordered: QuerySet[Any], load: Callable[[QuerySet[Any]], QuerySet[Any]], count: int | None = None
    ) -> None:
        self.queryset = ordered  # not `ordered`: Paginator reads that attribute as a flag
        self.load = load
        self.known_count = count

    def capped_count(self, limit: int) -> int:
        if self.known_count is not None:
            return min(self.known_count, limit)
        return self.queryset.order_by().values("pk")[:limit].count()

    def __getitem__(self, window: slice) -> list[Any]:
        keys = list(self.queryset.values_list("pk", flat=True)[window])
        rows = {row.pk: row for row in self.load(self.queryset.model.objects.filter(pk__in=keys))}
        return [rows[key] for key in keys if key in rows]
