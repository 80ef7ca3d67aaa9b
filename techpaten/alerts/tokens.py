"""Unsubscribe links that work without logging in: signed, so nobody can stop another person's e-mails.

A token names one saved search (the link under each search in a digest) or all of a person's saved searches (the
`List-Unsubscribe` header of the digest, RFC 8058, which covers the whole mail). Tokens do not expire: a link in an
old mail must still work, and all it can do is stop mails.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing
from django.db.models import QuerySet

from .models import SavedSearch

SALT = "techpaten.alerts.unsubscribe"


@dataclass(frozen=True)
class Target:
    user_id: int
    search_id: int | None  # None: every saved search of the person

    def searches(self) -> QuerySet[SavedSearch]:
        searches = SavedSearch.objects.filter(user_id=self.user_id)
        return searches if self.search_id is None else searches.filter(pk=self.search_id)


def for_search(search: SavedSearch) -> str:
    return signing.dumps(["s", search.user_id, search.pk], salt=SALT)


def for_user(user_id: int) -> str:
    return signing.dumps(["u", user_id], salt=SALT)


def read(token: str) -> Target | None:
    """What the token names, or None if it was not made by us (or was changed)."""
    try:
        value = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    match value:
        case ["s", int(user_id), int(search_id)]:
            return Target(user_id, search_id)
        case ["u", int(user_id)]:
            return Target(user_id, None)
    return None
