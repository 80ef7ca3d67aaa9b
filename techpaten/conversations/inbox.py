"""A person's conversations in one list, newest activity first, with what is unread.

A conversation is the messages of one offer; the person is in it as the offer's volunteer or as a member of the
need's organisation (as offers.access.offer_for_participant lets them read it). A message is unread when it is
newer than the person's ReadMarker and not written by them. The list pages by keyset on the newest message's id,
so every page costs the same; the unread count in the navigation is one query over the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, F, FilteredRelation, Max, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from techpaten.offers.models import Offer
from techpaten.organisations.access import organisations_of

from .models import Message, ReadMarker

PAGE_SIZE = 20


def conversations_of(user_id: int) -> QuerySet[Offer]:
    """The offers with at least one message the person takes part in, with `last_message_id` and `unread`."""
    return (
        Offer.objects.filter(Q(volunteer_id=user_id) | Q(need__organisation_id__in=organisations_of(user_id)))
        .annotate(marker=FilteredRelation("read_markers", condition=Q(read_markers__user_id=user_id)))
        .annotate(
            last_message_id=Max("messages__id"),
            unread=Count(
                "messages",
                filter=Q(messages__id__gt=Coalesce(F("marker__last_read_id"), Value(0)))
                & (Q(messages__author_id__isnull=True) | ~Q(messages__author_id=user_id)),
            ),
        )
        .filter(last_message_id__isnull=False)
    )


def unread_count(user_id: int) -> int:
    """How many conversations hold unread messages (one query).

    An EXISTS per conversation, not a count of every message: the index on (offer, id) finds the first message after
    the read marker at once, so a read conversation of 1,000 messages costs one index probe (issue 9: counting them
    all took 400 ms per page for an organisation with 478 needs)."""
    read_up_to = ReadMarker.objects.filter(user_id=user_id, offer_id=OuterRef("pk")).values("last_read_id")[:1]
    unread = Message.objects.filter(offer_id=OuterRef("pk"), pk__gt=OuterRef("read_up_to")).exclude(author_id=user_id)
    # Two indexed halves, united: an OR across offers and needs makes the database join every need.
    as_volunteer = Offer.objects.filter(volunteer_id=user_id)
    as_member = Offer.objects.filter(need__organisation_id__in=organisations_of(user_id))
    with_unread = [
        half.annotate(read_up_to=Coalesce(Subquery(read_up_to), Value(0)))
        .filter(Exists(unread))
        .values("pk")
        .order_by()
        for half in (as_volunteer, as_member)
    ]
    return with_unread[0].union(with_unread[1]).count()


@dataclass(frozen=True)
class Row:
    offer: Offer
    last_message: Message
    unread: int


@dataclass(frozen=True)
class InboxPage:
    rows: list[Row]
    older_before: int | None  # the `before` value of the next page, if there is one
    is_first: bool


def inbox_page(user_id: int, before: str | None = None, size: int = PAGE_SIZE) -> InboxPage:
    """The conversations with the newest activity first, or those whose newest message is older than `before`."""
    cursor = int(before) if before and before.isdigit() and len(before) < 19 else None
    conversations = conversations_of(user_id).select_related("need", "need__organisation", "volunteer")
    if cursor is not None:
        conversations = conversations.filter(Q(last_message_id__lt=cursor))
    # Rows carry the annotations `last_message_id` and `unread`, which the model type does not know.
    found: list[Any] = list(conversations.order_by("-last_message_id")[: size + 1])
    shown = found[:size]
    last = Message.objects.select_related("author").in_bulk([offer.last_message_id for offer in shown])
    return InboxPage(
        rows=[Row(offer, last[offer.last_message_id], offer.unread) for offer in shown],
        older_before=shown[-1].last_message_id if len(found) > size else None,
        is_first=cursor is None,
    )


def mark_read(user_id: int, offer: Offer, newest_message_id: int) -> None:
    """The person has seen the conversation up to `newest_message_id` (one upsert)."""
    ReadMarker.objects.bulk_create(
        [ReadMarker(user_id=user_id, offer=offer, last_read_id=newest_message_id)],
        update_conflicts=True,
        unique_fields=["user", "offer"],
        update_fields=["last_read_id"],
    )
