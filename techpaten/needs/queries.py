"""Read-side queries for needs, shared by the home page, the listing, an organisation's page, feeds and the API."""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.functions import Left

from .models import Need

# What a row in a list of needs shows (needs/_need_summary.html); the full description stays in the database.
ROW_FIELDS = (
    "title",
    "status",
    "remote_ok",
    "published_at",
    "organisation__name",
    "organisation__slug",
    "organisation__plz",
    "organisation__town",
    "organisation__is_verified",
    "organisation__sector__name_de",
    "organisation__sector__name_en",
    "engagement_link__seeking_backup",
)
SUMMARY_CHARACTERS = 300  # enough for the 25 words a row shows


def with_row_data(needs: QuerySet[Need]) -> QuerySet[Need]:
    """`needs` with what a list row shows, in a fixed number of queries whatever the number of rows."""
    return (
        needs.select_related("organisation", "organisation__sector", "engagement_link")
        # engagement_link: the row shows "backup wanted" (engagements.EngagementNeed.seeking_backup) without a query.
        .only(*ROW_FIELDS)
        .annotate(summary=Left("description", SUMMARY_CHARACTERS))
        .prefetch_related("use_cases")
    )


def listed() -> QuerySet[Need]:
    """Open and matched needs, not hidden by moderation, with their row data."""
    return with_row_data(Need.objects.filter(Need.listed_q()))


def newest_listed(limit: int) -> list[Need]:
    return list(listed().filter(status=Need.Status.OPEN).order_by("-published_at", "-pk")[:limit])
