"""What every app's `privacy.py` builds on: the base class of a data category and its small helpers.

Each app says what it holds about a person (export, delete or anonymise) in its own `privacy.py`; the privacy app
on top collects them for "My data" and the deletion of an account. The base lives here, with the accounts (the
person whose data it is), below every app, so that no app imports the privacy app above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django.db.models import Q

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

    from techpaten.accounts.models import User


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
    # The references to the person this category exports and deletes, as "app_label.Model.field".
    # tests/privacy/test_categories_cover_every_reference.py fails on a reference to the user model no category names.
    covers: ClassVar[tuple[str, ...]] = ()

    def export(self, user: User) -> Any:
        raise NotImplementedError

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        """Remove the person's data of this kind, or cut it loose from them; returns counts for the audit."""
        raise NotImplementedError
