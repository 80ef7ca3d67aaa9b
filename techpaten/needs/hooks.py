"""What the needs app asks the apps above it (techpaten/core/hooks.py)."""

from __future__ import annotations

from django.db.models import Q

from techpaten.core.hooks import Hook

# (volunteer's user id) → a filter on needs matching those the volunteer may not offer on, left out of "needs for
# you". Offers answers (offers.rules.closed_needs): needs of their own organisations, and needs they offered on
# already (waiting or accepted) or were declined on. A filter on the need's own columns, not a subquery of need ids:
# `id NOT IN (SELECT id FROM need WHERE … OR …)` makes PostgreSQL scan every need (90 ms at 100,000 needs).
closed_to_volunteer: Hook[Q] = Hook("Which needs can this volunteer no longer offer on?")


def closed_to(volunteer_id: int) -> Q:
    """A filter matching the needs the volunteer can no longer offer on (for `.exclude()`)."""
    query = Q(pk__in=[])
    for closed in closed_to_volunteer.answers(volunteer_id):
        query |= closed
    return query
