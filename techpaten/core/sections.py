"""Sections that an app adds to a page of an app below it: how a page shows what only a higher app knows.

Apps import only downward (README, "How the code is laid out"). The offer page (offers) shows the conversation
(conversations), the first meetings (meetings) and the contact details once the volunteer is on the team
(engagements); the need page shows the reviews (feedback) and the data-protection checklist (compliance). The lower
app names a slot on its page and lets its view collect the sections; each app above registers a provider for the
slot in its AppConfig.ready() and renders its own template with its own rules. Nothing below names anything above,
and a template never loads another app's template tags (pretix: plugins fill the slots that `base` offers).

A provider gets the request, the page's object and the page's `state` (e.g. the conversation's form with its
errors when the message view renders the offer page again), and returns a Section or None (nothing to show).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Section:
    template: str
    context: dict[str, Any] = field(default_factory=dict)

    def render(self, request: HttpRequest | None) -> SafeString:
        return mark_safe(render_to_string(self.template, self.context, request=request))


Provider = Callable[[HttpRequest, Any, Mapping[str, Any]], Section | None]

_providers: dict[str, list[tuple[int, str, Provider]]] = defaultdict(list)


def register(slot: str, *, order: int) -> Callable[[Provider], Provider]:
    """Add the decorated provider to `slot`; sections appear by `order` (lowest first). Called from ready()."""

    def add(provider: Provider) -> Provider:
        key = f"{provider.__module__}.{provider.__qualname__}"
        entries = [entry for entry in _providers[slot] if entry[1] != key]  # ready() may run twice in tests
        entries.append((order, key, provider))
        _providers[slot] = sorted(entries, key=lambda entry: (entry[0], entry[1]))
        return provider

    return add


def collect(slot: str, request: HttpRequest, obj: Any, **state: Any) -> list[Section]:
    """The sections the apps above add to `slot` for this request and object, in order."""
    found = (provider(request, obj, state) for _order, _key, provider in _providers.get(slot, ()))
    return [section for section in found if section is not None]


def slots() -> dict[str, list[str]]:
    """Every slot and its providers (for the tests and for reading)."""
    return {slot: [key for _order, key, _provider in entries] for slot, entries in sorted(_providers.items())}
