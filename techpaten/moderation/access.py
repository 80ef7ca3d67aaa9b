"""Who works the moderation queue: staff. Everybody else gets 404, as if the pages did not exist."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import Report


def is_moderator(user: Any) -> bool:
    """The one rule for who works the queue; the pages, the navigation and the start page ask it."""
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_staff", False))


def require_staff(request: HttpRequest) -> None:
    if not is_moderator(request.user):
        raise Http404


def open_report_count() -> int:
    return Report.objects.filter(status=Report.Status.OPEN).count()


def report_for_staff(request: HttpRequest, pk: int) -> Report:
    require_staff(request)
    return get_object_or_404(Report.objects.select_related("reporter", "closed_by"), pk=pk)
