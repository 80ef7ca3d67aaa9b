"""A need is closed: its pending offers are answered (no volunteer waits for nothing), and if it had accepted help,
both sides are invited to review each other."""

from __future__ import annotations

from typing import Any

from techpaten.feedback.notifications import invite_reviews
from techpaten.needs.models import Need
from techpaten.needs.signals import need_closed
from techpaten.offers.services import close_pending_for_closed_need


def on_need_closed(sender: Any, need: Need, user: Any, **kwargs: Any) -> None:
    close_pending_for_closed_need(need, user)
    invite_reviews(need)


def connect() -> None:
    need_closed.connect(on_need_closed, dispatch_uid="flows.need_closed")
