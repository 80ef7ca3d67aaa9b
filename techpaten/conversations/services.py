"""Writing into the conversation of an offer: who may, when, and who gets told."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts import security
from techpaten.core.rules import RuleViolation
from techpaten.engagements.standing import offer_is_live
from techpaten.offers.models import Offer
from techpaten.organisations.access import is_member

from . import notifications
from .forms import BODY_MAX_LENGTH
from .models import Message

# Once an offer is declined, withdrawn or expired the conversation is read-only: nobody waits for an answer there.
OPEN_STATUSES = frozenset({Offer.Status.PENDING, Offer.Status.ACCEPTED})


def is_open(offer: Offer) -> bool:
    """Pending, or accepted while the volunteer is on the organisation's live team (engagements.standing): a
    volunteer who left, or whose engagement the organisation ended, no longer writes or gets written to here."""
    return offer.status in OPEN_STATUSES and offer_is_live(offer)


def closed_because(offer: Offer) -> str:
    """Why the conversation is read-only, for the page and for a refused message."""
    if offer.status == Offer.Status.ACCEPTED:
        return _("This conversation is closed because the volunteer is no longer on the organisation's team.")
    return _("This conversation is closed because the offer is no longer open.")


def may_post(user: Any, offer: Offer) -> bool:
    if not user.is_authenticated or not is_open(offer):
        return False
    return bool(offer.volunteer_id == user.pk or is_member(user, offer.need.organisation_id))


@transaction.atomic
def post_message(offer: Offer, author: Any, body: str) -> Message:
    """Add a message by `author` (the volunteer or a member of the organisation) and tell the other side by mail."""
    body = (body or "").strip()
    if not body:
        raise RuleViolation(_("Please write a message before sending."))
    if len(body) > BODY_MAX_LENGTH:
        raise RuleViolation(_("Your message is too long: at most %(limit)d characters.") % {"limit": BODY_MAX_LENGTH})
    # Re-read the status under a lock: a message must not slip in after the offer was withdrawn or declined.
    offer.status = Offer.objects.select_for_update().values_list("status", flat=True).get(pk=offer.pk)
    if not is_open(offer):
        raise RuleViolation(closed_because(offer))
    if not may_post(author, offer):
        raise RuleViolation(_("Only the volunteer and the organisation can write here."))
    security.enforce_hourly_limit(
        Message.objects.filter(author=author),
        settings.MESSAGE_RATE_PER_HOUR,
        _("You have sent many messages in the last hour. Please wait a little before you write again."),
        user=author,
        action="message",
    )
    message = Message.objects.create(offer=offer, author=author, body=body)
    notifications.message_posted(message)
    return message


# Moderation (techpaten/moderation) hides and shows a message through these two; the rule who may is moderation's.


@transaction.atomic
def hide_message(message: Message, reason: str) -> Message:
    """The others in the conversation see a placeholder from now on; the author sees the message and `reason`."""
    message.hidden_at = timezone.now()
    message.hidden_reason = reason
    message.save(update_fields=["hidden_at", "hidden_reason"])
    return message


@transaction.atomic
def unhide_message(message: Message) -> Message:
    message.hidden_at = None
    message.hidden_reason = ""
    message.save(update_fields=["hidden_at", "hidden_reason"])
    return message
