"""Reading the catalogue: which solutions suit a sector and use cases, with their current review state."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Review, Solution


def with_review_state(solutions: QuerySet[Solution]) -> QuerySet[Solution]:
    """Annotate `is_approved` (a review approved and not past its date) and `has_expired` (only expired ones)."""
    reviews = Review.objects.filter(solution=OuterRef("pk"))
    return solutions.annotate(
        is_approved=Exists(reviews.currently_approved()),
        has_expired=Exists(reviews.expired()),
    )


def suggested_for(sector_id: int, use_case_ids: Iterable[int]) -> QuerySet[Solution]:
    """Solutions serving any of the use cases and suiting the sector (no sectors listed = every sector);
    approved ones first."""
    ids = list(use_case_ids)
    solutions = (
        Solution.objects.filter(use_cases__in=ids)
        .filter(Q(sectors__isnull=True) | Q(sectors=sector_id))
        .distinct()
        .prefetch_related("use_cases")
    )
    return with_review_state(solutions).order_by("-is_approved", "position", "name")
