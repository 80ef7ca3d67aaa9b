"""The mails about offers. Each goes to each recipient in their own language, after the transaction commits."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techpaten.mail import outbox
from techpaten.organisations.access import admins_of

from .models import Offer


def _offer_url(offer: Offer) -> str:
    return reverse("offers:detail", args=[offer.pk])


def offer_received(offer: Offer) -> None:
    for admin in admins_of(offer.need.organisation_id):
        outbox.send(
            "mail/offer_received",
            admin.email,
            {"offer": offer, "need": offer.need, "offer_url": _offer_url(offer)},
            user=admin,
        )


def status_changed(offer: Offer, previous: str, actor: Any) -> None:
    """Tell the other side: the volunteer about an answer or expiry, the admins about a withdrawal."""
    context = {"offer": offer, "need": offer.need, "offer_url": _offer_url(offer), "previous": previous}
    if offer.status in {Offer.Status.ACCEPTED, Offer.Status.DECLINED, Offer.Status.EXPIRED, Offer.Status.NEED_CLOSED}:
        if offer.volunteer is None:  # the volunteer deleted their account: nobody to tell
            return
        outbox.send(f"mail/offer_{offer.status}", offer.volunteer.email, context, user=offer.volunteer)
    elif offer.status == Offer.Status.WITHDRAWN:
        for admin in admins_of(offer.need.organisation_id):
            outbox.send("mail/offer_withdrawn", admin.email, context, user=admin)
