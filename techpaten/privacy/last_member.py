"""The last member of an organisation deletes their account: the organisation goes with it, and so does everything a
volunteer team built up for it (the engagement, its hours, the service inventory, cost items, conversations …).

Nothing of that may go silently. Before: the confirmation page lists what will be deleted and offers to hand the
organisation over first: an admin invitation to a volunteer of its team, or to any other address (once accepted,
the organisation has another member and stays). After: every volunteer on a live team of the organisation is told
by mail, in their language, once the deletion has committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.core.rules import RuleViolation
from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements.models import Engagement, HoursReport
from techpaten.inventory.models import Service
from techpaten.mail import outbox
from techpaten.meetings.models import FirstMeeting
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations import services as organisation_services
from techpaten.organisations.models import Invitation, Membership, Organisation
from techpaten.paperwork.models import GeneratedDocument
from techpaten.volunteers.models import TeamMember

# Engagements whose team still looks after the organisation (an ended one's team has moved on).
LIVE = (Engagement.Status.ACTIVE, Engagement.Status.PAUSED)


@dataclass
class Loss:
    """What goes when `organisation` is deleted with its last member."""

    organisation: Organisation
    needs: int = 0
    offers: int = 0
    messages: int = 0
    meetings: int = 0
    engagements: list[Engagement] = field(default_factory=list)
    hours_reports: int = 0
    hours: Decimal = Decimal(0)
    services: int = 0
    cost_items: int = 0
    pledges: int = 0
    documents: int = 0
    team: list[User] = field(default_factory=list)  # the volunteers on a live team: told, and candidates to take over
    admin_invitations: list[Invitation] = field(default_factory=list)  # pending: accepted, the organisation stays


def team_volunteers(organisation_id: int) -> list[User]:
    """The volunteers on a live team (active or paused engagement) of the organisation, each once."""
    members = (
        TeamMember.objects.filter(
            left_at__isnull=True,
            user__isnull=False,
            # One filter() call: the organisation and the status must hold for the same engagement.
            team__engagements__organisation_id=organisation_id,
            team__engagements__status__in=LIVE,
        )
        .select_related("user", "user__volunteer_profile")
        .order_by("joined_at", "pk")
    )
    return list({member.user_id: member.user for member in members if member.user is not None}.values())


def loss(organisation: Organisation) -> Loss:
    hours = HoursReport.objects.filter(engagement__organisation=organisation)
    now = timezone.now()
    return Loss(
        organisation=organisation,
        needs=Need.objects.filter(organisation=organisation).count(),
        offers=Offer.objects.filter(need__organisation=organisation).count(),
        messages=Message.objects.filter(offer__need__organisation=organisation).count(),
        meetings=FirstMeeting.objects.filter(offer__need__organisation=organisation).count(),
        engagements=list(Engagement.objects.filter(organisation=organisation).order_by("-started_at", "-pk")),
        hours_reports=hours.count(),
        hours=hours.aggregate(total=Sum("hours"))["total"] or Decimal(0),
        services=Service.objects.filter(organisation=organisation).count(),
        cost_items=CostItem.objects.filter(organisation=organisation).count(),
        pledges=Pledge.objects.filter(cost_item__organisation=organisation).count(),
        documents=GeneratedDocument.objects.filter(engagement__organisation=organisation).count(),
        team=team_volunteers(organisation.pk),
        admin_invitations=list(
            Invitation.objects.filter(
                Q(expires_at__gt=now), organisation=organisation, role=Membership.Role.ADMIN, accepted_at=None
            ).order_by("created_at")
        ),
    )


def hand_over(user: User, organisation: Organisation, *, volunteer_id: int | None = None, email: str = "") -> str:
    """Invite a volunteer of the organisation's live team, or another address, as admin; returns the name to show.

    The invitation is the organisations app's own (mailed, single-use, bound to the address); nothing changes until
    the person accepts. A volunteer is named by id: the page never shows their address.
    """
    if volunteer_id is not None:
        volunteer = next((v for v in team_volunteers(organisation.pk) if v.pk == volunteer_id), None)
        if volunteer is None:
            raise RuleViolation(_("This volunteer is not on a team of the organisation (any more)."))
        organisation_services.invite(user, organisation, volunteer.email, Membership.Role.ADMIN)
        return volunteer.display_name
    if not email:
        raise RuleViolation(_("Please enter the e-mail address of the person who should take over."))
    organisation_services.invite(user, organisation, email, Membership.Role.ADMIN)
    return email


def tell_teams(losses: list[Loss]) -> int:
    """Mail each volunteer of a deleted organisation's live team (queued: sent only if the deletion commits)."""
    sent = 0
    for gone in losses:
        for volunteer in gone.team:
            outbox.send(
                "mail/organisation_deleted_team",
                volunteer.email,
                {"organisation": gone.organisation.name},
                user=volunteer,
            )
            sent += 1
    return sent
