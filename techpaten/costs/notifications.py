"""The mails about pledges. Each goes to each recipient in their language, after the transaction commits.

A supporter without an account gets the language of the page they pledged on (stored with the pledge).
"""

from __future__ import annotations

from django.urls import reverse

from techpaten.mail import outbox
from techpaten.organisations.access import admins_of

from .models import Pledge


def _context(pledge: Pledge) -> dict[str, object]:
    organisation = pledge.cost_item.organisation
    return {
        "pledge": pledge,
        "item": pledge.cost_item,
        "organisation": organisation,
        "costs_url": reverse("costs:organisation", args=[organisation.slug]),
        "pledges_url": reverse("costs:pledges", args=[organisation.slug]),
    }


def pledge_confirm_address(pledge: Pledge, token: str, valid_days: int) -> None:
    """To the supporter: follow the link to confirm the address; only then does the organisation learn of it."""
    context = {
        **_context(pledge),
        "confirm_url": reverse("costs:confirm_pledge_email", args=[token]),
        "valid_days": valid_days,
    }
    outbox.send("mail/pledge_confirm_address", pledge.email, context, user=pledge.supporter, language=pledge.language)


def pledge_thanks(pledge: Pledge) -> None:
    """To the supporter: thank you, and what happens next (the organisation gets in touch; no money moves here)."""
    outbox.send("mail/pledge_thanks", pledge.email, _context(pledge), user=pledge.supporter, language=pledge.language)


def pledge_received(pledge: Pledge) -> None:
    """To the admins of the organisation holding the contract, with the supporter's name and address: they need
    them to arrange the payment, which happens outside the platform."""
    for admin in admins_of(pledge.cost_item.organisation_id):
        outbox.send("mail/pledge_received", admin.email, _context(pledge), user=admin)


def pledge_confirmed(pledge: Pledge) -> None:
    """To the supporter: the organisation has received the money. A supporter with an account gets their language."""
    if not pledge.email:  # the supporter's account was deleted and the address with it
        return
    language = "" if pledge.supporter is not None else pledge.language
    outbox.send("mail/pledge_confirmed", pledge.email, _context(pledge), user=pledge.supporter, language=language)
