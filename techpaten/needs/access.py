"""Reading needs: listed needs are public; drafts and closed needs only for the organisation's members."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.organisations.access import is_member

from .models import Need


def need_for_viewer(request: HttpRequest, pk: int) -> Need:
    """A need anyone may see (open or matched); drafts and closed needs only for members, else 404.

    A need hidden by moderation: only the organisation's members (who see why) and staff."""
    need = get_object_or_404(Need.objects.select_related("organisation", "organisation__sector"), pk=pk)
    if need.is_listed:
        return need
    if is_member(request.user, need.organisation_id):
        return need
    if need.hidden_at is not None and need.status in Need.LISTED_STATUSES and request.user.is_staff:
        return need
    raise Http404


def need_for_member(request: HttpRequest, pk: int) -> Need:
    """A need the requester may edit: any member of its organisation; 404 for everybody else."""
    need = get_object_or_404(Need.objects.select_related("organisation"), pk=pk)
    if not is_member(request.user, need.organisation_id):
        raise Http404
    return need
