"""A member leaves the team: if nobody is left, the matched needs of the team's engagements are listed again, so
new volunteers can offer help (the engagements pause themselves; the mails say which needs are listed again)."""

from __future__ import annotations

from typing import Any

from techpaten.engagements.services import Departure, matched_needs
from techpaten.engagements.signals import member_left
from techpaten.needs.models import Need
from techpaten.needs.services import relist


def on_member_left(sender: Any, departure: Departure, **kwargs: Any) -> dict[int, list[Need]]:
    if not departure.nobody_left:
        return {}
    return {engagement.pk: [relist(need) for need in matched_needs(engagement)] for engagement in departure.engagements}


def connect() -> None:
    member_left.connect(on_member_left, dispatch_uid="flows.team_left")
