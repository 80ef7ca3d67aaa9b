"""The mail about a new message: a link to the conversation, never the message itself (it stays on the platform)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techpaten.accounts.models import User
from techpaten.mail import outbox
from techpaten.organisations.access import members_of

from .models import Message


def recipients(message: Message) -> list[User]:
    """The other side: every member of the organisation when the volunteer writes, else the volunteer."""
    offer = message.offer
    if message.author_id == offer.volunteer_id:
        people: list[User] = members_of(offer.need.organisation_id)
    else:
        # No volunteer once their account is deleted (the conversation is closed by then anyway).
        people = [offer.volunteer] if offer.volunteer is not None else []
    return [person for person in people if person.pk != message.author_id and person.is_active]


def message_posted(message: Message) -> None:
    offer = message.offer
    author: Any = message.author
    context = {
        "offer": offer,
        "need": offer.need,
        "author_name": author.display_name if author is not None else "",
        "author_is_volunteer": message.author_id == offer.volunteer_id,
        "organisation": offer.need.organisation,
        "offer_url": reverse("offers:detail", args=[offer.pk]),
    }
    for person in recipients(message):
        outbox.send("mail/new_message", person.email, context, user=person)
