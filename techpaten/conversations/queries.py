"""Reading a conversation a page at a time: the newest messages first, earlier ones on request.

A conversation of a long Patenschaft holds thousands of messages; the offer page shows the newest PAGE_SIZE and a
link to the ones before (keyset by id, so any page costs the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from techpaten.offers.models import Offer

from .models import Message

PAGE_SIZE = 30


@dataclass(frozen=True)
class MessagePage:
    messages: list[Message]  # newest first
    earlier_before: int | None  # the `before` value that shows the next older page, if there is one
    is_newest: bool  # whether this page starts at the newest message


def message_page(offer: Offer, before: str | None = None, size: int = PAGE_SIZE, viewer: Any = None) -> MessagePage:
    """The newest `size` messages of `offer`, or those before message id `before` (nonsense → the newest).

    Each message says whether `viewer` reads it (`withheld`: hidden by moderation, and `viewer` is neither its author
    nor staff)."""
    messages = Message.objects.filter(offer=offer).select_related("author", "author__volunteer_profile").order_by("-pk")
    cursor = int(before) if before and before.isdigit() and len(before) < 19 else None
    if cursor is not None:
        messages = messages.filter(pk__lt=cursor)
    found = list(messages[: size + 1])
    shown = found[:size]
    for message in shown:
        message.withheld = message.hidden_at is not None and not may_read_hidden(viewer, message)
    return MessagePage(
        messages=shown,
        earlier_before=shown[-1].pk if len(found) > size else None,
        is_newest=cursor is None,
    )


def may_read_hidden(viewer: Any, message: Message) -> bool:
    """A message hidden by moderation: its author (who sees why) and staff."""
    if viewer is None or not getattr(viewer, "is_authenticated", False):
        return False
    return bool(viewer.is_staff or message.author_id == viewer.pk)
