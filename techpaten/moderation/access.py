"""Who works the moderation queue: staff. Everybody else gets 404, as if the pages did not exist."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import Report


def require_staff(request: HttpRequest) -> None:
    if not (request.user.is_authenticated and request.user.is_staff):
        raise Http404


def report_for_staff(request: HttpRequest, pk: int) -> Report:
    require_staff(request)
    return get_object_or_404(Report.objects.select_related("reporter", "closed_by"), pk=pk)
