"""What the alerts app adds to the needs listing (techpaten/core/sections.py): the Atom feed of the search shown
(a `<link rel="alternate">` in the head and a visible link) and, for a logged-in person, the button that saves it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.forms import Form
from django.http import HttpRequest
from django.urls import reverse

from techpaten.core.sections import Section, register

from . import filters as search_filters
from .forms import SaveSearchForm


def _filters(form: Form) -> search_filters.Filters | None:
    return search_filters.from_cleaned(form.cleaned_data) if form.is_bound and form.is_valid() else None


def feed_url(filters: Mapping[str, Any]) -> str:
    return f"{reverse('alerts:feed')}?{search_filters.query_string(filters)}"


@register("needs.list.head", order=10)
def feed_link_in_head(request: HttpRequest, form: Form, state: Mapping[str, Any]) -> Section | None:
    filters = _filters(form)
    if filters is None:
        return None
    return Section("alerts/_feed_head.html", {"feed_url": feed_url(filters)})


@register("needs.list.tools", order=10)
def feed_and_save(request: HttpRequest, form: Form, state: Mapping[str, Any]) -> Section | None:
    filters = _filters(form)
    if filters is None:
        return None
    context: dict[str, Any] = {"feed_url": feed_url(filters), "search_query": search_filters.query_string(filters)}
    if request.user.is_authenticated:
        context["save_form"] = SaveSearchForm()
        context["hidden_filters"] = [(key, filters[key]) for key in search_filters.KEYS if key in filters]
    else:
        listing = f"{reverse('needs:list')}?{search_filters.query_string(filters)}"
        context["login_url"] = f"{reverse('account_login')}?{urlencode({'next': listing})}"
    return Section("alerts/_listing_tools.html", context)
