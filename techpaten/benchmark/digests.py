"""The digest job at the size of the mission (issue 13): one saved search per benchmark volunteer, then
`send_digests` once, timed, with its queries counted, and rolled back (the next run finds the same work).

The searches follow the volunteers' profiles (postcode, travel radius, remote help); every third one also names a
kind of organisation, every fifth one a word, half are weekly. Every search is a different one (two volunteers with
the same postcode and radius: the second one's radius is a kilometre wider), as when everybody searches around their
own postcode: no work is shared between people. They are all due, and new needs are those of the last day (daily)
or week (weekly) of the seeded data: the run's "now" is just after its newest need, however long ago it was seeded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from techpaten.alerts import filters as search_filters
from techpaten.alerts.digests import Result, send_due
from techpaten.alerts.models import SavedSearch
from techpaten.needs.models import Need
from techpaten.taxonomy.models import Sector
from techpaten.volunteers.models import VolunteerProfile

from .seeding import DOMAIN

BATCH = 5000


def seed_saved_searches(now: datetime) -> int:
    """One due saved search per benchmark volunteer (those of an earlier run are replaced); returns how many."""
    SavedSearch.objects.filter(user__email__endswith=f"@{DOMAIN}").delete()
    sectors = list(Sector.objects.order_by("pk").values_list("slug", flat=True))
    profiles = (
        VolunteerProfile.objects.filter(user__email__endswith=f"@{DOMAIN}")
        .order_by("user_id")
        .values_list("user_id", "plz", "radius_km", "remote_ok")
    )
    searches: list[SavedSearch] = []
    keys: set[str] = set()
    count = 0
    for index, (user_id, plz, radius_km, remote_ok) in enumerate(profiles.iterator(chunk_size=BATCH)):
        filters: search_filters.Filters = {
            "plz": plz,
            "radius": min(max(radius_km, 1), 500),
            "reach": "either" if remote_ok else "nearby",
        }
        if index % 3 == 1 and sectors:
            filters["sector"] = sectors[index % len(sectors)]
        if index % 5 == 2:
            filters["q"] = "Nextcloud"
        while search_filters.fingerprint(filters) in keys:
            filters["radius"] = int(filters["radius"]) + 1
        keys.add(search_filters.fingerprint(filters))
        weekly = index % 2 == 1
        searches.append(
            SavedSearch(
                user_id=user_id,
                name=f"Bench {index}",
                filters=filters,
                key=search_filters.fingerprint(filters),
                frequency=SavedSearch.Frequency.WEEKLY if weekly else SavedSearch.Frequency.DAILY,
                since=now - timedelta(days=7 if weekly else 1),
                due_on=timezone.localdate(now),
            )
        )
        if len(searches) >= BATCH:
            count += len(SavedSearch.objects.bulk_create(searches))
            searches = []
    count += len(SavedSearch.objects.bulk_create(searches))
    return count


@dataclass(frozen=True)
class Measurement:
    searches: int
    distinct: int  # different searches (filters)
    new_needs: int  # open needs of the last week: what the weekly searches are tested against
    seconds: float
    queries: int
    result: Result

    def __str__(self) -> str:
        return (
            f"send_digests: {self.searches:,} saved searches ({self.distinct:,} different, "
            f"{self.new_needs:,} open needs in the last week), {self.result.mails:,} mails with "
            f"{self.result.needs:,} needs in {self.seconds:.2f} s and {self.queries:,} queries"
        )


def data_now() -> datetime:
    """Just after the newest published need: the moment the seeded data was made for."""
    newest = Need.objects.aggregate(newest=Max("published_at"))["newest"]
    return newest + timedelta(hours=1) if newest else timezone.now()


def measure(now: datetime | None = None) -> Measurement:
    """Seed the searches, run the job once and undo everything it wrote (no mail leaves: nothing commits)."""
    now = now or data_now()
    with transaction.atomic():
        searches = seed_saved_searches(now)
        distinct = SavedSearch.objects.values("key").distinct().count()
        new_needs = Need.objects.filter(
            Need.listed_q(), status=Need.Status.OPEN, published_at__gt=now - timedelta(days=7)
        ).count()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = send_due(now)
            seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    return Measurement(searches, distinct, new_needs, seconds, len(queries), result)
