"""Every write on saved searches: saving, changing how often, deleting, unsubscribing (rules once, here)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation

from . import filters as search_filters
from .models import SavedSearch
from .tokens import Target

# Enough for every place and topic a person cares about; a bound on what one account costs each digest run.
MAX_SAVED_SEARCHES = 20
PERIOD: dict[str, timedelta] = {
    SavedSearch.Frequency.DAILY: timedelta(days=1),
    SavedSearch.Frequency.WEEKLY: timedelta(days=7),
}


def next_due(frequency: str, today: date) -> date:
    """The date of the next digest after `today` (a search without e-mails gets today's date; it is never due)."""
    return today + PERIOD.get(frequency, timedelta(0))


def save_search(user: User, cleaned: Mapping[str, Any], *, name: str, frequency: str) -> SavedSearch:
    """Save the search of a valid listing form for `user`. Needs published from now on are new to it."""
    filters = search_filters.from_cleaned(cleaned)
    key = search_filters.fingerprint(filters)
    with transaction.atomic():
        # Lock the person's row: two quick clicks must not both pass the checks below.
        User.objects.select_for_update().filter(pk=user.pk).first()
        mine = SavedSearch.objects.filter(user=user)
        if mine.filter(key=key).exists():
            raise RuleViolation(_("You have saved this search already."))
        if mine.count() >= MAX_SAVED_SEARCHES:
            raise RuleViolation(
                _("You can keep up to %(count)s saved searches. Please delete one first.")
                % {"count": MAX_SAVED_SEARCHES}
            )
        now = timezone.now()
        return SavedSearch.objects.create(
            user=user,
            name=name.strip() or search_filters.describe(cleaned),
            filters=filters,
            key=key,
            frequency=frequency,
            since=now,
            due_on=next_due(frequency, timezone.localdate(now)),
        )


@transaction.atomic
def change(search: SavedSearch, *, frequency: str, name: str) -> SavedSearch:
    """A new name and frequency. Switching e-mails back on starts from now: no flood of what was missed."""
    now = timezone.now()
    if search.frequency == SavedSearch.Frequency.OFF and frequency != SavedSearch.Frequency.OFF:
        search.since = now
    if frequency != search.frequency:
        search.due_on = next_due(frequency, timezone.localdate(now))
    search.frequency = frequency
    search.name = name.strip() or search.name
    search.save(update_fields=["frequency", "name", "since", "due_on"])
    return search


@transaction.atomic
def delete(search: SavedSearch) -> None:
    search.delete()


@transaction.atomic
def unsubscribe(target: Target, now: datetime | None = None) -> int:
    """Stop the e-mails of the searches a token names (they stay saved); returns how many were still on."""
    return (
        target.searches()
        .filter(frequency__in=SavedSearch.ACTIVE)
        .update(frequency=SavedSearch.Frequency.OFF, due_on=timezone.localdate(now or timezone.now()))
    )
