"""An offer is accepted: its volunteer starts or joins the engagement that looks after the need (and its team)."""

from __future__ import annotations

from typing import Any

from techpaten.engagements.services import join_from_accepted_offer
from techpaten.offers.models import Offer
from techpaten.offers.signals import offer_accepted


def on_offer_accepted(sender: Any, offer: Offer, **kwargs: Any) -> None:
    join_from_accepted_offer(offer)


def connect() -> None:
    offer_accepted.connect(on_offer_accepted, dispatch_uid="flows.offer_accepted")
