"""Where a volunteer stands with an organisation after an offer: still with it, or gone since when and why.

An accepted offer puts its volunteer on the team (engagements.services.join_from_accepted_offer). The offer stays
"accepted" as a record, but what it opened — the organisation's contact details, the conversation, first meetings —
lasts only while the volunteer is on the live team of one of the organisation's engagements
(access.is_on_live_team_of_organisation). Leaving the team with a handover, or the organisation ending the
engagement, closes all of it at once; the offer page and the dashboard say why and since when.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import F

from techpaten.offers.models import Offer
from techpaten.volunteers.models import TeamMember

from .access import live_team_memberships
from .models import Engagement

LEFT = "left"  # the volunteer left the team
ENDED = "ended"  # the organisation ended the engagement


@dataclass(frozen=True)
class Standing:
    """`live`: the offer still opens contact details, conversation and meetings to its volunteer.

    Otherwise `why` says what closed an accepted offer (LEFT, ENDED; "" for an offer that is over for other reasons)
    and `since` when, with the engagement it was about.
    """

    live: bool
    why: str = ""
    since: datetime | None = None
    engagement_id: int | None = None


def offer_is_live(offer: Offer) -> bool:
    """Pending, or accepted with its volunteer still on a live team of the need's organisation."""
    return standing(offer).live


def standing(offer: Offer) -> Standing:
    return standings(offer.volunteer, [offer])[offer.pk]


def standings(volunteer: Any, offers: Iterable[Offer]) -> dict[int, Standing]:
    """The standing of each of the volunteer's offers (by pk), in two queries however many (the dashboard's list).

    The offers need their `need` loaded (select_related), for the organisation.
    """
    result: dict[int, Standing] = {}
    accepted: list[Offer] = []
    for offer in offers:
        if offer.status == Offer.Status.PENDING:
            result[offer.pk] = Standing(live=True)
        elif offer.status == Offer.Status.ACCEPTED and volunteer is not None and offer.volunteer_id == volunteer.pk:
            accepted.append(offer)
        else:
            result[offer.pk] = Standing(live=False)
    if not accepted:
        return result
    organisations = {offer.need.organisation_id for offer in accepted}
    live = set(
        live_team_memberships(volunteer, organisation_id__in=organisations).values_list(
            "team__engagements__organisation_id", flat=True
        )
    )
    gone = _departures(volunteer, organisations - live)
    for offer in accepted:
        organisation_id = offer.need.organisation_id
        result[offer.pk] = (
            Standing(live=True) if organisation_id in live else gone.get(organisation_id, Standing(False))
        )
    return result


def _departures(volunteer: Any, organisations: set[int]) -> dict[int, Standing]:
    """For each organisation, the latest way the volunteer's time with it ended: they left, or it ended the
    engagement (whichever came last, as the page tells it)."""
    if not organisations:
        return {}
    mine = TeamMember.objects.filter(user_id=volunteer.pk, team__engagements__organisation_id__in=organisations)
    # One row per place on a team and engagement of the team with one of the organisations.
    rows = mine.values(
        "left_at",
        organisation_id=F("team__engagements__organisation_id"),
        engagement_id=F("team__engagements__pk"),
        status=F("team__engagements__status"),
        ended_at=F("team__engagements__ended_at"),
    )
    found: dict[int, tuple[datetime, Standing]] = {}
    for row in rows:
        if row["left_at"] is not None:
            why, since = LEFT, row["left_at"]
        elif row["status"] == Engagement.Status.ENDED and row["ended_at"] is not None:
            why, since = ENDED, row["ended_at"]
        else:
            continue
        current = found.get(row["organisation_id"])
        if current is None or since > current[0]:
            found[row["organisation_id"]] = (since, Standing(False, why, since, row["engagement_id"]))
    return {organisation_id: entry for organisation_id, (_since, entry) in found.items()}
