"""Pages of a list with `next` and `previous` links, from the project's capped paginator (core.pagination)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.paginator import EmptyPage
from django.http import Http404, HttpRequest

from techpaten.core.pagination import CappedPaginator

PER_PAGE = 20


def paged(
    request: HttpRequest,
    rows: Any,
    number: int,
    show: Callable[[Any], Any],
    *,
    per_page: int = PER_PAGE,
    cap: int = 1000,
) -> dict[str, Any]:
    """The page `number` of `rows` (a queryset or core.pagination.KeysFirst), each row turned into data by `show`."""
    paginator = CappedPaginator(rows, per_page, cap=cap)
    try:
        current = paginator.page(number)
    except EmptyPage as error:
        raise Http404 from error
    return {
        "count": paginator.count,
        "more_than_count": paginator.more_than_cap,
        "next": _link(request, current.next_page_number()) if current.has_next() else None,
        "previous": _link(request, current.previous_page_number()) if current.has_previous() else None,
        "results": [show(row) for row in current.object_list],
    }


def _link(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
