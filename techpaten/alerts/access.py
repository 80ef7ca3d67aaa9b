from __future__ import annotations

from django.shortcuts import get_object_or_404

from techpaten.accounts.http import AuthenticatedHttpRequest

from .models import SavedSearch


def saved_search_for_owner(request: AuthenticatedHttpRequest, pk: int) -> SavedSearch:
    """The person's own saved search; anybody else's is a 404, as if it did not exist."""
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)
