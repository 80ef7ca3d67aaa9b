"""Helpers of the data categories: the person's addresses, case-blind matching, labels, sessions, the base class."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db.models import Q

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

    from techpaten.accounts.models import User

# What the admin's change history says instead of the deleted account's name.
REDACTED = "[deleted user]"


def addresses(user: User) -> set[str]:
    """Every e-mail address of the person: the login address and any other address allauth knows for them."""
    from allauth.account.models import EmailAddress

    found = {user.email.lower()}
    found.update(a.lower() for a in EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    return found


def matching(field: str, values: set[str]) -> Q:
    """`field` equals one of `values`, ignoring case (people type addresses in any case)."""
    query = Q(pk__in=[])
    for value in values:
        query |= Q(**{f"{field}__iexact": value})
    return query


def field_labels(model: Any, *names: str) -> dict[str, Any]:
    """The model's own (translated) field names as labels for the readable export."""
    return {name: model._meta.get_field(name).verbose_name for name in names}


class Category:
    """One kind of data about a person."""

    key: ClassVar[str]
    title: ClassVar[_StrOrPromise]
    description: ClassVar[_StrOrPromise]
    labels: ClassVar[dict[str, Any]] = {}

    def export(self, user: User) -> Any:
        raise NotImplementedError

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        """Remove the person's data of this kind, or cut it loose from them; returns counts for the audit."""
        raise NotImplementedError


def end_sessions(user: User) -> int:
    """Delete every database session of the person (logged in on other devices too).

    Sessions are stored signed, not indexed by user, so each one is decoded; a small platform has few of them.
    """
    from django.contrib.sessions.models import Session

    # Through the session engine, not the row: with Redis (cached_db) the cached copy must go as well, or the
    # session would live on from the cache.
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.all().iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    return ended
