"""Read-side queries for needs, shared by the home page, the listing and (later) feeds and the API."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import Need


def listed() -> QuerySet[Need]:
    """Open and matched needs with what a list row shows, in a fixed number of queries."""
    return (
        Need.objects.filter(status__in=Need.LISTED_STATUSES)
        # engagement_link: the row shows "backup wanted" (engagements.EngagementNeed.seeking_backup) without a query.
        .select_related("organisation", "organisation__sector", "engagement_link")
        .prefetch_related("use_cases", "skills")
    )


def newest_listed(limit: int) -> list[Need]:
    return list(listed().filter(status=Need.Status.OPEN).order_by("-published_at", "-pk")[:limit])
