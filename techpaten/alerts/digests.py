"""The saved-search digest: new needs that match a person's saved searches, one e-mail per person and run.

Run daily by `manage.py send_digests`. A search is due on its `due_on` date (daily: every day, weekly: every seventh
day after it was saved or last sent). One mail per person groups all their due searches, each with its newest
matches (at most PER_SEARCH), a link to the search and a link that stops its e-mails; the `List-Unsubscribe`
header (one click, RFC 8058) stops them all.

Bounded work for many thousands of people and searches: the needs that are new are few (tens to hundreds a day), so
a run loads them once — the open needs published since the earliest due search's bound — with everything a search
narrows by (needs.search_match.NewNeeds, two queries), and tests every search against them in memory by the search's
own rule (needs.search_match.matches, held to needs.search.search_needs by tests/needs/test_search_match.py). People
are taken BATCH at a time (keyset pages of user ids); in a batch each distinct search is tested once, from the
"published after" bound of its earliest due copy. The queries of a run grow neither with its people nor with its
distinct searches (tests/alerts/test_digests.py pins both), only with its batches.

Safe to run twice, or on two hosts at once: a batch claims its due searches with one compare-and-swap UPDATE
(`due_on` moves on, the run's id goes into `claim`); a second run's UPDATE waits for the first one's row locks and
then finds nothing due. A need is sent to a person once (DigestEntry, unique per person and need), even when two of
their searches match it or a daily and a weekly search overlap. The batch is one transaction: if it fails, nothing
is claimed, recorded or queued, and the next run does it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Min, Q, QuerySet, Value, When
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone

from techpaten.mail import kinds, outbox, preferences
from techpaten.mail.models import OutgoingMail
from techpaten.needs.search import criteria
from techpaten.needs.search_match import Candidate, NewNeeds

from . import filters as search_filters
from . import tokens
from .models import DigestEntry, SavedSearch

# The mail's kind (the per-person notification settings register it under this name).
KIND = "saved_search_digest"
TEMPLATE = "mail/saved_search_digest"  # the kind's name in mail/kinds.py
BATCH = 500  # people per transaction
PER_SEARCH = 10  # needs listed per search in one mail; the rest behind "show all"
ROWS_PER_SEARCH = 50  # matches taken per distinct search, newest first (more than PER_SEARCH: some were sent before)
# A need published just before a run may commit just after the run read: the next run looks back this far again
# (DigestEntry keeps it from being sent twice).
SETTLE = timedelta(minutes=10)
# Entries older than this are never looked at again (every search's bound has moved past them), and a need older
# than this is not new to anybody: a search whose bound lies further back (the job did not run for a month) starts
# here, so what a run loads stays bounded.
KEEP_ENTRIES = timedelta(days=30)


@dataclass
class Part:
    """One saved search in a person's digest."""

    search: SavedSearch
    needs: list[Candidate] = field(default_factory=list)
    more: int = 0

    @cached_property  # each mail has two bodies: worked out once
    def search_url(self) -> str:
        return f"{reverse('needs:list')}?{search_filters.query_string(self.search.filters)}"

    @cached_property
    def unsubscribe_url(self) -> str:
        return reverse("alerts:unsubscribe", kwargs={"token": tokens.for_search(self.search)})


@dataclass
class Result:
    mails: int = 0
    needs: int = 0
    searches: int = 0


def due(today: date) -> Q:
    """Searches whose digest is due. Only the row's own columns: PostgreSQL re-checks them on the row a concurrent
    run has just changed (a condition through a join or subquery would be checked against the old snapshot)."""
    return Q(frequency__in=SavedSearch.ACTIVE, due_on__lte=today)


def send_due(now: datetime | None = None, *, batch: int = BATCH) -> Result:
    """Send every due digest; returns how many mails, needs and searches."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    result = Result()
    earliest = _due_searches(today).aggregate(since=Min("since"))["since"]
    if earliest is not None:
        # The new needs, loaded once for every batch: the searches claimed below have no earlier bound.
        new = NewNeeds.load(_bound(earliest, now), open_only=True)
        for users in _batches(today, batch):
            with transaction.atomic():
                _send_batch(users, today, now, new, result)
    DigestEntry.objects.filter(sent_at__lt=now - KEEP_ENTRIES).delete()
    return result


def _bound(since: datetime, now: datetime) -> datetime:
    """Needs published after this are new to a search that saw those before `since`."""
    return max(since, now - KEEP_ENTRIES) - SETTLE


def _due_searches(today: date) -> QuerySet[SavedSearch]:
    return SavedSearch.objects.filter(due(today), user__is_active=True)


def _batches(today: date, size: int) -> Iterator[list[int]]:
    after = 0
    while True:
        users = list(
            _due_searches(today)
            .filter(user_id__gt=after)
            .order_by("user_id")
            .values_list("user_id", flat=True)
            .distinct()[:size]
        )
        if not users:
            return
        yield users
        after = users[-1]


def _send_batch(users: list[int], today: date, now: datetime, new: NewNeeds, result: Result) -> None:
    run = uuid.uuid4().hex
    next_due = Case(
        When(frequency=SavedSearch.Frequency.DAILY, then=Value(today + timedelta(days=1))),
        default=Value(today + timedelta(days=7)),
    )
    # The claim: only rows still due change, so a concurrent run that got here first leaves nothing to claim.
    claimed = SavedSearch.objects.filter(due(today), user_id__in=users).update(due_on=next_due, claim=run)
    if not claimed:
        return
    searches = list(
        SavedSearch.objects.filter(user_id__in=users, claim=run).select_related("user").order_by("user_id", "pk")
    )
    earliest = min(search.since for search in searches)
    if _bound(earliest, now) < new.published_after:
        # Due since the run began with an earlier bound (no service makes a search due early; a hand could).
        new = NewNeeds.load(_bound(earliest, now), open_only=True)
    matches = _evaluate(searches, new, now)
    already: dict[int, set[int]] = defaultdict(set)
    for user_id, need_id in DigestEntry.objects.filter(user_id__in=users, sent_at__gte=earliest - SETTLE).values_list(
        "user_id", "need_id"
    ):
        already[user_id].add(need_id)
    mails: list[OutgoingMail] = []
    entries: list[DigestEntry] = []
    mailed: list[int] = []
    by_user: dict[int, list[SavedSearch]] = defaultdict(list)
    for search in searches:
        by_user[search.user_id].append(search)
    # Who switched these mails off in the notification settings (one query per batch).
    off = preferences.switched_off(list(by_user), kinds.get(TEMPLATE))
    for user_id, mine in by_user.items():
        if user_id in off:
            continue
        parts = _parts(mine, matches, already[user_id])
        if not parts:
            continue
        mails.append(_mail(mine[0], parts))
        entries += [DigestEntry(user_id=user_id, need_id=need.pk, sent_at=now) for p in parts for need in p.needs]
        mailed += [part.search.pk for part in parts]
    DigestEntry.objects.bulk_create(entries, ignore_conflicts=True)
    if mails:
        outbox.queue_many(mails)
        SavedSearch.objects.filter(pk__in=mailed).update(last_mailed_at=now)
    # The next run looks for needs published from here on, less SETTLE; never backwards.
    SavedSearch.objects.filter(user_id__in=users, claim=run).update(since=Greatest("since", Value(now - SETTLE)))
    result.mails += len(mails)
    result.needs += len(entries)
    result.searches += len(searches)


def _evaluate(searches: Sequence[SavedSearch], new: NewNeeds, now: datetime) -> dict[str, list[Candidate]]:
    """Each distinct search's new matches (newest first, at most ROWS_PER_SEARCH), since the earliest bound among
    its copies: the open needs search_needs finds with its filters and that bound, tested in memory."""
    bounds: dict[str, datetime] = {}
    filters: dict[str, dict[str, Any]] = {}
    for search in searches:
        bounds[search.key] = min(bounds.get(search.key, search.since), search.since)
        filters[search.key] = search.filters
    return {
        key: new.matching(
            criteria({**filters[key], "open_only": True, "published_after": _bound(bounds[key], now)}),
            limit=ROWS_PER_SEARCH,
        )
        for key in bounds
    }


def _parts(searches: list[SavedSearch], matches: dict[str, list[Candidate]], sent: set[int]) -> list[Part]:
    """The person's digest: each search's needs new to it, none sent before and none twice in this mail."""
    parts = []
    for search in searches:
        # Until a run has moved `since` on, it is the moment of saving: only what was published after it is new.
        floor = search.since if search.since <= search.created_at else search.since - SETTLE
        new = [m for m in matches.get(search.key, ()) if m.published_at > floor and m.pk not in sent]
        if new:
            parts.append(Part(search, new[:PER_SEARCH], max(len(new) - PER_SEARCH, 0)))
            sent.update(m.pk for m in new[:PER_SEARCH])
    return parts


def _mail(search: SavedSearch, parts: list[Part]) -> OutgoingMail:
    user = search.user
    token = tokens.for_user(user.pk)
    one_click = settings.SITE_URL + reverse("alerts:one_click", kwargs={"token": token})
    headers = {"List-Unsubscribe": f"<{one_click}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    context = {
        "parts": parts,
        "count": sum(len(part.needs) for part in parts),
        "unsubscribe_all_url": reverse("alerts:unsubscribe", kwargs={"token": token}),
        "searches_url": reverse("alerts:list"),
    }
    return outbox.prepare(TEMPLATE, user.email, context, user=user, headers=headers)
