"""Reading the catalogue: which solutions suit a sector and use cases, with their current review state."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from .models import Review, Solution


def with_review_state(solutions: QuerySet[Solution]) -> QuerySet[Solution]:
    """Annotate what the review badge shows: `is_approved` (approved and not past its date) with `approved_until`,
    `has_expired` with `expired_on`, and `is_rejected`. Expiry comes from the dates, never from a stored flag.

    An approval may cover one deployment profile only ("Nextcloud 32, preset CLUB, hardened"): then `approved_profile`
    names it (`approved_profile_en` in English), so the badge says what was approved instead of reading as an
    approval of the whole solution. `approved_profile` is empty when an approval of the whole solution is current.
    """
    reviews = Review.objects.filter(solution=OuterRef("pk"))
    latest_first = F("valid_until").desc(nulls_last=True)
    current = reviews.currently_approved()
    approved_profile = current.filter(profile__isnull=False).order_by(latest_first, "-pk")
    return solutions.annotate(
        is_approved=Exists(current),
        has_expired=Exists(reviews.expired()),
        approved_until=Subquery(current.order_by(latest_first).values("valid_until")[:1]),
        approved_whole=Exists(current.filter(profile__isnull=True)),
        approved_profile=Subquery(approved_profile.values("profile__name")[:1]),
        approved_profile_en=Subquery(approved_profile.values("profile__name_en")[:1]),
        expired_on=Subquery(reviews.expired().order_by(latest_first).values("valid_until")[:1]),
        is_rejected=Exists(reviews.filter(status=Review.Status.REJECTED)),
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
