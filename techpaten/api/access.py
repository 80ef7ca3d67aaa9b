"""Who may see and change what of the API's own objects: a token belongs to its owner alone."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from techpaten.accounts.http import AuthenticatedHttpRequest

from .models import ApiToken


def token_for_owner(request: AuthenticatedHttpRequest, pk: int) -> ApiToken:
    """The requester's own token; anybody else's answers 404, like a missing one."""
    return get_object_or_404(ApiToken, user=request.user, pk=pk)
