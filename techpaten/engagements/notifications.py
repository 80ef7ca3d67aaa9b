"""The mails about engagements. Each goes to each recipient in their own language, after the transaction commits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.urls import reverse

from techpaten.accounts.models import User
from techpaten.mail import outbox
from techpaten.needs.models import Need
from techpaten.organisations.access import admins_of
from techpaten.volunteers.models import TeamMember

from .models import Engagement, PaidWorkOffer

if TYPE_CHECKING:
    from .services import Departure


def _engagement_url(engagement: Engagement) -> str:
    return reverse("engagements:detail", args=[engagement.pk])


def _name(user: User | None) -> str:
    return user.display_name if user is not None else ""


def member_left(departure: Departure) -> None:
    """Tell the admins of every organisation the team serves, and the members who stay, about the handover."""
    from .services import handover_items

    handover = departure.handover
    items = handover_items(handover)
    context: dict[str, Any] = {
        "handover": handover,
        "leaver": _name(handover.member.user),
        "reason": handover.member.leave_reason,
        "items": items,
        "open_items": [label for label, done in items if not done],
        "successor": _name(handover.successor),
        "new_lead": _name(departure.new_lead.user) if departure.new_lead else "",
        "remaining": [_name(m.user) for m in departure.remaining if m.user is not None],
        "nobody_left": departure.nobody_left,
    }
    for engagement in departure.engagements:
        for admin in admins_of(engagement.organisation_id):
            outbox.send(
                "mail/team_member_left_organisation",
                admin.email,
                {
                    **context,
                    "engagement": engagement,
                    "organisation": engagement.organisation,
                    "engagement_url": _engagement_url(engagement),
                    "reopened": departure.reopened.get(engagement.pk, []),
                },
                user=admin,
            )
    links = [(engagement.organisation.name, _engagement_url(engagement)) for engagement in departure.engagements]
    for member in departure.remaining:
        if member.user is None:
            continue
        outbox.send(
            "mail/team_member_left_team",
            member.user.email,
            {**context, "engagements": links, "is_new_lead": member == departure.new_lead},
            user=member.user,
        )


def backup_joined(engagement: Engagement, need: Need, backup: TeamMember, team: list[TeamMember]) -> None:
    """Tell the team's lead(s) that the backup they looked for has joined (`team`: the active members before)."""
    context = {
        "backup": _name(backup.user),
        "need": need,
        "organisation": engagement.organisation,
        "engagement_url": _engagement_url(engagement),
    }
    for lead in team:
        if lead.role == TeamMember.Role.LEAD and lead.user is not None:
            outbox.send("mail/backup_joined", lead.user.email, context, user=lead.user)


def paid_work_proposed(offer: PaidWorkOffer) -> None:
    engagement = offer.engagement
    context = {
        "offer": offer,
        "engagement": engagement,
        "organisation": engagement.organisation,
        "proposer": _name(offer.proposed_by),
        "engagement_url": _engagement_url(engagement),
    }
    for admin in admins_of(engagement.organisation_id):
        outbox.send("mail/paid_work_proposed", admin.email, context, user=admin)


def paid_work_answered(offer: PaidWorkOffer) -> None:
    """The proposer hears the organisation's answer; the admins hear of a withdrawal."""
    engagement = offer.engagement
    context = {
        "offer": offer,
        "engagement": engagement,
        "organisation": engagement.organisation,
        "proposer": _name(offer.proposed_by),
        "engagement_url": _engagement_url(engagement),
    }
    if offer.status == PaidWorkOffer.Status.WITHDRAWN:
        for admin in admins_of(engagement.organisation_id):
            outbox.send("mail/paid_work_withdrawn", admin.email, context, user=admin)
    elif offer.proposed_by is not None:
        outbox.send("mail/paid_work_answered", offer.proposed_by.email, context, user=offer.proposed_by)
