"""What the needs app asks the apps above it (techpaten/core/hooks.py)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from techpaten.core.hooks import Hook

# (volunteer's user id) → a subquery of need ids the volunteer may not offer on, left out of "needs for you".
# Offers answers (offers.rules.closed_needs): needs of their own organisations, and needs they offered on already
# (waiting or accepted) or were declined on.
closed_to_volunteer: Hook[QuerySet[Any]] = Hook("Which needs can this volunteer no longer offer on?")


def closed_to(volunteer_id: int) -> Q:
    """A filter matching the needs the volunteer can no longer offer on (for `.exclude()`)."""
    query = Q(pk__in=[])
    for need_ids in closed_to_volunteer.answers(volunteer_id):
        query |= Q(pk__in=need_ids)
    return query
