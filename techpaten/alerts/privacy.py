"""Saved searches and the needs their digests sent, for the export and the account deletion (see techpaten/privacy).

Both are the person's alone: deleting the account deletes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from . import filters as search_filters
from .models import DigestEntry, SavedSearch

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class SavedSearchData(Category):
    key = "saved_searches"
    title = _("Saved searches")
    description = _("The searches you saved, how often you get e-mails about them, and which needs were sent to you.")
    labels = {
        **field_labels(SavedSearch, "name", "frequency", "created_at", "last_mailed_at"),
        "search": _("search"),
        "needs_sent": _("needs sent by e-mail"),
    }
    covers = ("alerts.SavedSearch.user", "alerts.DigestEntry.user")

    def export(self, user: User) -> dict[str, Any]:
        searches = SavedSearch.objects.filter(user=user).order_by("created_at", "pk")
        return {
            "searches": [
                {
                    "name": search.name,
                    "search": search_filters.query_string(search.filters),
                    "frequency": search.get_frequency_display(),
                    "created_at": search.created_at,
                    "last_mailed_at": search.last_mailed_at,
                }
                for search in searches
            ],
            "needs_sent": DigestEntry.objects.filter(user=user).count(),
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {
            "digest_entries_deleted": DigestEntry.objects.filter(user=user).delete()[0],
            "saved_searches_deleted": SavedSearch.objects.filter(user=user).delete()[0],
        }
