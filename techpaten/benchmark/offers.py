"""Offers and messages of the benchmark's data set, in every state the offer rules allow.

- one live (pending or accepted) offer per volunteer and need: every (need, volunteer) pair occurs at most once;
- no offer on a draft; pending ones only on open needs and younger than the expiry period, at most
  `OFFER_MAX_PENDING` per volunteer; accepted ones on needs whose team was found or that are closed; "need closed"
  only on closed needs; expired ones at least the expiry period old;
- answers (accepted, declined, need closed) carry who answered and when.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings

from techpaten.conversations.models import Message
from techpaten.offers.models import Offer

from . import texts
from .inserts import Ids

if TYPE_CHECKING:
    from .seeding import Seeder

S = Offer.Status
# Status of the offer by the need's status (first letter): weights.
BY_NEED = {
    ord("o"): {S.PENDING: 45, S.DECLINED: 15, S.WITHDRAWN: 15, S.EXPIRED: 25},
    ord("m"): {S.ACCEPTED: 50, S.DECLINED: 20, S.WITHDRAWN: 10, S.EXPIRED: 20},
    ord("c"): {S.ACCEPTED: 40, S.NEED_CLOSED: 30, S.DECLINED: 15, S.EXPIRED: 15},
}
OFFER_TEXTS = [
    "Hallo! Ich betreue beruflich Linux-Server und kann gern helfen. Wann können wir telefonieren?",
    "Ich habe so etwas schon für einen Sportverein eingerichtet und würde es mir gern ansehen.",
    "Ich wohne in der Nähe und könnte an einem Abend vorbeikommen.",
    "Das klingt nach einem schönen Projekt. Ich kann etwa vier Stunden im Monat geben.",
    "Ich kenne mich mit Nextcloud und Datensicherung aus und helfe gern aus der Ferne.",
]
BENCH_VOLUNTEER_OFFERS = 30  # besides the long conversation: the volunteer's dashboard lists offers in every state


def build_offers(seeder: Seeder) -> None:
    rng, sizes = seeder.rng, seeder.sizes
    expiry = settings.OFFER_EXPIRY_DAYS
    max_pending = settings.OFFER_MAX_PENDING
    offer_ids = Ids(Offer)
    listed = [i for i, status in enumerate(seeder.need_status) if status != ord("d")]
    taken: set[tuple[int, int]] = set()
    pending: dict[int, int] = {}
    rows: list[Any] = []
    bar = seeder.progress("offers", sizes.offers)

    def add(need_index: int, volunteer: int, status: str) -> None:
        published = seeder.need_published[need_index]
        closed = seeder.need_closed[need_index]
        if status == S.PENDING and pending.get(volunteer, 0) >= max_pending:
            status = S.WITHDRAWN
        if status == S.EXPIRED and published < expiry + 1:
            status = S.WITHDRAWN  # too young to have expired
        if status == S.PENDING:
            age = rng.uniform(0, min(published, expiry - 1))
            pending[volunteer] = pending.get(volunteer, 0) + 1
        elif status == S.EXPIRED:
            age = rng.uniform(max(expiry + 0.5, closed), published)
        else:
            age = rng.uniform(max(closed, 0), published)
        created = seeder.ago(age)
        decided = status in {S.ACCEPTED, S.DECLINED, S.NEED_CLOSED}
        offer = Offer(
            pk=offer_ids.take(),
            need_id=seeder.need_pk[need_index],
            volunteer_id=volunteer,
            message=rng.choice(OFFER_TEXTS),
            hours_per_month=rng.choice([None, 2, 4, 8]),
            status=status,
            created_at=created,
            expires_at=created + timedelta(days=expiry),
            decided_at=created + timedelta(days=min(age, rng.uniform(0.05, 3))) if decided else None,
            decided_by_id=seeder.admin_of[seeder.need_org[need_index]] if decided else None,
            decision_message="Danke, wir melden uns!" if status == S.ACCEPTED else "",
        )
        taken.add((need_index, volunteer))
        rows.append(offer)
        seeder.offer_pk.append(offer.pk)
        seeder.offer_org.append(seeder.need_org[need_index])
        seeder.offer_volunteer.append(volunteer)
        seeder.offer_age.append(age)
        if len(rows) >= 5000:
            seeder._write(Offer, rows)
            bar.advance(5000)

    bench_volunteer = seeder.volunteer_ids[0]
    # The long conversation: the bench volunteer's accepted offer on the big organisation's first need (matched).
    add(0, bench_volunteer, S.ACCEPTED)
    own = min(BENCH_VOLUNTEER_OFFERS, sizes.offers - 1)
    while len(taken) < 1 + own:
        need_index = rng.choice(listed)
        if (need_index, bench_volunteer) not in taken and need_index != 0:
            weights = BY_NEED[seeder.need_status[need_index]]
            add(need_index, bench_volunteer, rng.choices(list(weights), list(weights.values()))[0])
    attempts = 0
    while len(taken) < sizes.offers:
        attempts += 1
        if attempts > sizes.offers * 20:
            raise ValueError("too few needs and volunteers for that many distinct offers")
        need_index = rng.choice(listed)
        volunteer = seeder.volunteer_ids[1 + rng.randrange(len(seeder.volunteer_ids) - 1)]
        if (need_index, volunteer) in taken:
            continue
        weights = BY_NEED[seeder.need_status[need_index]]
        add(need_index, volunteer, rng.choices(list(weights), list(weights.values()))[0])
    remaining = len(rows)
    seeder._write(Offer, rows)
    bar.advance(remaining)
    bar.close()
    _build_messages(seeder)


def _build_messages(seeder: Seeder) -> None:
    rng, sizes = seeder.rng, seeder.sizes
    message_ids = Ids(Message)
    rows: list[Any] = []
    bar = seeder.progress("messages", sizes.messages)

    def add(offer_index: int, age: float) -> None:
        volunteer_writes = rng.random() < 0.5
        rows.append(
            Message(
                pk=message_ids.take(),
                offer_id=seeder.offer_pk[offer_index],
                author_id=(
                    seeder.offer_volunteer[offer_index]
                    if volunteer_writes
                    else seeder.admin_of[seeder.offer_org[offer_index]]
                ),
                body=rng.choice(texts.MESSAGES),
                created_at=seeder.ago(age),
            )
        )
        if len(rows) >= 5000:
            seeder._write(Message, rows)
            bar.advance(5000)

    # The long conversation (offer 0), one message every few hours since the offer was made.
    start = seeder.offer_age[0]
    for position in range(sizes.long_conversation):
        add(0, start * (1 - (position + 1) / (sizes.long_conversation + 1)))
    for _ in range(sizes.messages - sizes.long_conversation):
        offer_index = 1 + rng.randrange(len(seeder.offer_pk) - 1) if len(seeder.offer_pk) > 1 else 0
        add(offer_index, rng.uniform(0, seeder.offer_age[offer_index]))
    remaining = len(rows)
    seeder._write(Message, rows)
    bar.advance(remaining)
    bar.close()


def engage_long_conversation(seeder: Seeder) -> None:
    """The accepted offer of the long conversation starts the big organisation's engagement, as accepting does."""
    from techpaten.engagements.services import join_from_accepted_offer

    join_from_accepted_offer(Offer.objects.select_related("need").get(pk=seeder.offer_pk[0]))
