"""Atom feeds of open needs, for any search of the listing: the listing's query string on /needs/feed.atom.

Entries come from the one search function (needs.search.search_needs), newest first: the newest ENTRIES open needs
that match. An entry carries what the public need page shows anyway — title, the need's description, the
organisation's name, its kind and the use cases — and never a contact detail (e-mail, phone, address: those are
for the live team only, engagements.access.may_see_contact).

Public and cheap: served from the page cache to anonymous readers (core.page_cache); otherwise the same number of
queries for any search, and an unchanged feed answers 304 to `If-None-Match` / `If-Modified-Since`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.http import http_date
from django.utils.translation import gettext as _

from techpaten.core.page_cache import public_page
from techpaten.needs.forms import NeedSearchForm
from techpaten.needs.models import Need
from techpaten.needs.search import NEWEST, search_needs

from . import filters as search_filters

ENTRIES = 50


class NeedsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed

    def __init__(self, needs: list[Need], name: str, query: str) -> None:
        super().__init__()
        self.needs, self.name, self.query = needs, name, query

    def title(self) -> str:
        return _("Techpaten: open needs: %(search)s") % {"search": self.name}

    def subtitle(self) -> str:
        return _("The newest open IT needs of Kitas, schools, shared flats and associations that match this search.")

    def link(self) -> str:
        return f"{reverse('needs:list')}?{self.query}"

    def items(self) -> list[Need]:
        return self.needs

    def item_title(self, item: Need) -> str:
        return item.title

    def item_description(self, item: Need) -> str:
        # Atom's summary is HTML to the reader: the organisation's plain text, escaped, with its paragraphs.
        return str(linebreaks(item.description, autoescape=True))

    def item_link(self, item: Need) -> str:
        return reverse("needs:detail", kwargs={"pk": item.pk})

    def item_pubdate(self, item: Need) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: Need) -> datetime:
        return item.updated_at

    def item_author_name(self, item: Need) -> str:
        return item.organisation.name  # the name only: no e-mail, no link to anything but the need

    def item_categories(self, item: Need) -> list[str]:
        sector = item.organisation.sector
        return [*(str(use_case) for use_case in item.use_cases.all()), *([str(sector)] if sector else [])]


@public_page
def needs_feed(request: HttpRequest) -> HttpResponse:
    form = NeedSearchForm(request.GET)
    if not form.is_valid():
        errors = "; ".join(f"{field}: {' '.join(str(m) for m in messages)}" for field, messages in form.errors.items())
        message = _("This search has an error: %(errors)s") % {"errors": errors}
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    filters = search_filters.from_cleaned(form.cleaned_data)
    needs = list(
        search_needs({**filters, "open_only": True})
        .order_by(*NEWEST)
        .select_related("organisation__sector")
        .prefetch_related("use_cases")[:ENTRIES]
    )
    etag, last_modified = _version(needs)
    unchanged = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if unchanged is not None:
        return unchanged
    feed = NeedsFeed(needs, search_filters.describe(form.cleaned_data), search_filters.query_string(filters))
    response = feed(request)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    return response


def _version(needs: list[Need]) -> tuple[str, Any]:
    """The feed's ETag (its entries and their versions) and Last-Modified (the newest change among them)."""
    state = ",".join(f"{need.pk}:{need.updated_at.isoformat()}" for need in needs)
    etag = f'"{hashlib.sha256(state.encode()).hexdigest()[:32]}"'
    newest = max((need.updated_at for need in needs), default=None)
    return etag, int(newest.timestamp()) if newest is not None else None
