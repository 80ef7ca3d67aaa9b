"""A search of the needs listing as plain data: what a saved search keeps, its address, its name and its key.

The listing's form (needs.forms.NeedSearchForm) validates; this module keeps only what narrows the result (the order
is the reader's business) as strings and numbers: model choices become their slugs, so a digest can test
thousands of saved searches (needs.search.criteria, needs.search_match) without a form or a lookup per search.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.db.models import Model
from django.utils.translation import gettext as _

from techpaten.needs.search import REACH_REMOTE

Filters = dict[str, str | int]
# The parameters of the listing a saved search keeps, in the order its address and name show them.
KEYS = ("q", "plz", "radius", "reach", "use_case", "skill", "sector", "size")
RELATED = ("use_case", "skill", "sector")


def from_cleaned(cleaned: Mapping[str, Any]) -> Filters:
    """The narrowing parameters of a valid search form's cleaned data, as plain values."""
    found: Filters = {}
    words = " ".join((cleaned.get("q") or "").split())
    if words:
        found["q"] = words
    plz = cleaned.get("plz") or ""
    reach = cleaned.get("reach") or ""
    if plz:
        found["plz"] = plz
        if cleaned.get("radius"):
            found["radius"] = int(cleaned["radius"])
    if reach and (plz or reach == REACH_REMOTE):  # without a postcode only "remote only" narrows anything
        found["reach"] = reach
    for key in RELATED:
        value = cleaned.get(key)
        if isinstance(value, Model):
            found[key] = str(getattr(value, "slug", ""))
    if cleaned.get("size"):
        found["size"] = str(cleaned["size"])
    return found


def query_string(filters: Mapping[str, Any]) -> str:
    """The listing's query string for these filters. No filters at all: `plz=` (else a volunteer's own postcode
    would narrow the listing again, needs.views._search_start)."""
    pairs = [(key, filters[key]) for key in KEYS if filters.get(key) not in (None, "")]
    return urlencode(pairs) if pairs else "plz="


def fingerprint(filters: Mapping[str, Any]) -> str:
    """The same search gives the same key, whatever order its parameters came in."""
    canonical = json.dumps({key: filters[key] for key in KEYS if key in filters}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def describe(cleaned: Mapping[str, Any]) -> str:
    """A readable name for a search nobody named: its words, place, terms and size."""
    parts = []
    words = " ".join((cleaned.get("q") or "").split())
    if words:
        parts.append(f"„{words}“")
    if cleaned.get("plz"):
        if cleaned.get("radius"):
            parts.append(_("%(plz)s + %(km)s km") % {"plz": cleaned["plz"], "km": cleaned["radius"]})
        else:
            parts.append(str(cleaned["plz"]))
    if cleaned.get("reach") == REACH_REMOTE:
        parts.append(_("remote"))
    parts.extend(str(cleaned[key]) for key in RELATED if isinstance(cleaned.get(key), Model))
    if cleaned.get("size"):
        parts.append(str(cleaned["size"]))
    return " · ".join(parts)[:100] if parts else _("All open needs")
