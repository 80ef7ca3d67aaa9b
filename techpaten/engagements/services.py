"""How engagements and teams grow and change; the one place for their rules.

Team roles, the search for a backup admin (Vertretung), leaving with a handover (Übergabe) and the engagement's
status. Paid work and hours reports are in `work.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core import page_cache
from techpaten.core.rules import RuleViolation
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.access import is_admin
from techpaten.volunteers.models import Team, TeamMember
from techpaten.volunteers.teams import active_memberships

from . import notifications, rules, signals
from .models import Engagement, EngagementNeed, Handover

Role = TeamMember.Role
S = Engagement.Status


# --- Joining ------------------------------------------------------------------------------------------------------


def _engagement_for_new_need(need: Need, team_id: int | None) -> Engagement:
    """Where a need without a current engagement goes.

    An offer on behalf of a team brings that team: the organisation's running engagement with it, else a new one
    (so one team can serve several organisations). Otherwise the organisation's active engagement, else a new one
    with a new team.
    """
    organisation_id = need.organisation_id
    if team_id is not None:
        found = (
            Engagement.objects.filter(
                organisation_id=organisation_id, team_id=team_id, status__in=Engagement.LIVE_STATUSES
            )
            .order_by("started_at", "pk")
            .first()
        )
        return found or Engagement.objects.create(organisation_id=organisation_id, team_id=team_id)
    found = (
        Engagement.objects.filter(organisation_id=organisation_id, status=S.ACTIVE).order_by("started_at", "pk").first()
    )
    if found is not None:
        return found
    team = Team.objects.create(name=need.organisation.name)
    return Engagement.objects.create(organisation_id=organisation_id, team=team)


@transaction.atomic
def join_from_accepted_offer(offer: Offer) -> Engagement:
    """An accepted offer puts its volunteer on the team that looks after the need.

    The need joins the engagement it already belongs to (unless that one has ended), else see
    `_engagement_for_new_need`. The first volunteer leads; a volunteer found while the need was re-opened for a
    backup joins as backup (and the search ends); others join as members.
    """
    need = offer.need
    link = EngagementNeed.objects.select_for_update(of=("self",)).select_related("engagement").filter(need=need).first()
    if link is None:
        engagement = _engagement_for_new_need(need, offer.team_id)
        link = EngagementNeed.objects.create(engagement=engagement, need=need)
    elif link.engagement.status == S.ENDED:
        # An ended engagement keeps its history; the need moves on to a current one.
        engagement = _engagement_for_new_need(need, offer.team_id)
        link.engagement = engagement
        link.seeking_backup = False
        link.save(update_fields=["engagement", "seeking_backup"])
    else:
        engagement = link.engagement
    # Lock the team's active rows: two acceptances at once must not both make their volunteer lead.
    active = list(
        TeamMember.objects.select_for_update(of=("self",))
        .filter(team_id=engagement.team_id, left_at__isnull=True)
        .order_by("pk")
    )
    if offer.volunteer_id is not None and all(m.user_id != offer.volunteer_id for m in active):
        if not active:
            role = Role.LEAD
        elif link.seeking_backup:
            role = Role.BACKUP
        else:
            role = Role.MEMBER
        member = TeamMember.objects.create(team_id=engagement.team_id, user_id=offer.volunteer_id, role=role)
        if role == Role.BACKUP:
            notifications.backup_joined(engagement, need, member, active)
        if link.seeking_backup:
            EngagementNeed.objects.filter(pk=link.pk).update(seeking_backup=False)
            page_cache.invalidate()  # listed needs show "backup wanted"; update() sends no signal
            link.seeking_backup = False
    return engagement


def active_members(engagement: Engagement) -> list[TeamMember]:
    """The engagement's team as it is now, longest-serving first, with their accounts."""
    return list(active_memberships(engagement.team_id).select_related("user"))


# --- Roles --------------------------------------------------------------------------------------------------------


@transaction.atomic
def change_role(engagement: Engagement, member: TeamMember, user: Any, role: str) -> TeamMember:
    """Give an active member another role. Handing on the lead makes the former lead a member: one lead stays."""
    if role not in Role.values:
        raise RuleViolation(_("This role is not known."))
    # Lock the team's active rows so two role changes at once cannot leave two leads or none.
    active = {
        m.pk: m
        for m in TeamMember.objects.select_for_update(of=("self",)).filter(team_id=member.team_id, left_at__isnull=True)
    }
    if member.team_id != engagement.team_id:
        raise RuleViolation(_("This person is no longer on the team. Please reload the page."))
    if not rules.may_change_roles(user, engagement):
        raise RuleViolation(_("Only the team's lead can change roles."))
    current = active.get(member.pk)
    if current is None:
        raise RuleViolation(_("This person is no longer on the team. Please reload the page."))
    if current.role == Role.LEAD and role != Role.LEAD:
        raise RuleViolation(_("A team keeps one lead: hand the lead role to another member instead."))
    if role == Role.LEAD:
        TeamMember.objects.filter(pk__in=list(active), role=Role.LEAD).exclude(pk=current.pk).update(role=Role.MEMBER)
    TeamMember.objects.filter(pk=current.pk).update(role=role)
    member.role = role
    return member


# --- Looking for a backup -----------------------------------------------------------------------------------------


@transaction.atomic
def reopen_for_backup(engagement: Engagement, need: Need, user: Any) -> EngagementNeed:
    """One click: the need is listed again as "backup wanted"; an offer accepted on it joins the team as backup."""
    if engagement.status == S.ENDED:
        raise RuleViolation(_("This engagement has ended."))
    if not rules.may_look_for_backup(user, engagement):
        raise RuleViolation(_("Only the organisation's admins and the team can look for a backup."))
    link = EngagementNeed.objects.select_for_update(of=("self",)).filter(engagement=engagement, need=need).first()
    if link is None:
        raise RuleViolation(_("This need does not belong to this engagement."))
    need = Need.objects.select_for_update(of=("self",)).get(pk=need.pk)
    if need.status == Need.Status.CLOSED:
        raise RuleViolation(
            _("This need is closed. The organisation can open it again first; then you can look for a backup.")
        )
    if need.status == Need.Status.DRAFT:
        raise RuleViolation(_("This need is a draft. Please publish it first."))
    need_services.relist(need)
    EngagementNeed.objects.filter(pk=link.pk).update(seeking_backup=True)
    page_cache.invalidate()  # listed needs show "backup wanted"; update() sends no signal
    link.seeking_backup = True
    return link


# --- Leaving with a handover --------------------------------------------------------------------------------------

HANDOVER_ITEMS = ("inventory_updated", "admin_rights_passed", "backups_verified", "successor_introduced")


def handover_label(name: str) -> Any:
    """The item's label (the model field's verbose name), translated when rendered."""
    return getattr(Handover._meta.get_field(name), "verbose_name", name)


def handover_items(handover: Handover) -> list[tuple[Any, bool]]:
    """(label, done) for the four checklist items, in the order of the form."""
    return [(handover_label(name), bool(getattr(handover, name))) for name in HANDOVER_ITEMS]


@dataclass
class Departure:
    """What a leave changed, for the mails and the page."""

    handover: Handover
    remaining: list[TeamMember]
    engagements: list[Engagement]
    new_lead: TeamMember | None = None
    reopened: dict[int, list[Need]] = field(default_factory=dict)  # engagement pk → needs listed again

    @property
    def nobody_left(self) -> bool:
        return not self.remaining


@transaction.atomic
def leave(member: TeamMember, user: Any, data: dict[str, Any]) -> Departure:
    """The member leaves the team, with a handover (the four items, reason, optional successor, notes).

    Open items are allowed (people leave in a hurry) but the organisation is told which. A leaving lead hands the
    lead to the successor, else to the longest-serving member. If nobody is left, the team's matched needs are
    listed again and its engagements pause, so the organisation is not left with services nobody runs.
    """
    if member.user_id is None or member.user_id != user.pk:
        raise RuleViolation(_("Only you can leave the team for yourself."))
    # Lock the team's active rows: two members leaving at once both see who is really left.
    active = list(
        TeamMember.objects.select_for_update(of=("self",))
        .filter(team_id=member.team_id, left_at__isnull=True)
        .select_related("user")
        .order_by("joined_at", "pk")
    )
    if all(m.pk != member.pk for m in active):
        raise RuleViolation(_("You are no longer on this team."))
    remaining = [m for m in active if m.pk != member.pk]
    successor = data.get("successor")
    successor_member = next((m for m in remaining if successor is not None and m.user_id == successor.pk), None)
    if successor is not None and successor_member is None:
        raise RuleViolation(_("The successor must be a member of the team who stays."))
    now = timezone.now()
    reason = data.get("reason", "")
    TeamMember.objects.filter(pk=member.pk).update(left_at=now, leave_reason=reason)
    member.left_at, member.leave_reason = now, reason
    handover = Handover.objects.create(
        member=member,
        successor=successor,
        notes=data.get("notes", ""),
        **{name: bool(data.get(name)) for name in HANDOVER_ITEMS},
    )
    departure = Departure(
        handover=handover,
        remaining=remaining,
        engagements=list(
            Engagement.objects.filter(team_id=member.team_id)
            .exclude(status=S.ENDED)
            .select_related("organisation")
            .order_by("started_at", "pk")
        ),
    )
    if member.role == Role.LEAD and remaining:
        new_lead = successor_member or remaining[0]
        TeamMember.objects.filter(pk=new_lead.pk).update(role=Role.LEAD)
        new_lead.role = Role.LEAD
        departure.new_lead = new_lead
    if not remaining:
        for engagement in departure.engagements:
            _pause_for_nobody(engagement)
    # Listing the team's matched needs again is the needs app's business: a flow (techpaten/flows/team_left.py)
    # answers with what it listed, for the mails.
    for _receiver, reopened in signals.member_left.send(sender=Departure, departure=departure, user=user):
        if isinstance(reopened, dict):
            departure.reopened.update(reopened)
    from . import notifications

    notifications.member_left(departure)
    return departure


def _pause_for_nobody(engagement: Engagement) -> None:
    """Nobody is left on the team: the engagement pauses and stops looking for a backup."""
    EngagementNeed.objects.filter(engagement=engagement).update(seeking_backup=False)
    page_cache.invalidate()  # listed needs show "backup wanted"; update() sends no signal
    if Engagement.objects.filter(pk=engagement.pk, status=S.ACTIVE).update(status=S.PAUSED):
        engagement.status = S.PAUSED


def matched_needs(engagement: Engagement) -> list[Need]:
    """The needs the engagement's team took on that are marked as matched (a team found)."""
    return [
        link.need
        for link in EngagementNeed.objects.filter(engagement=engagement, need__status=Need.Status.MATCHED)
        .select_related("need")
        .order_by("pk")
    ]


# --- The engagement's status --------------------------------------------------------------------------------------

# action → (statuses it may start from, status it leads to); the organisation's admins decide.
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "pause": (frozenset({S.ACTIVE}), S.PAUSED),
    "resume": (frozenset({S.PAUSED}), S.ACTIVE),
    "end": (frozenset({S.ACTIVE, S.PAUSED}), S.ENDED),
}


def allowed_actions(engagement: Engagement) -> list[str]:
    return [action for action, (sources, _target) in TRANSITIONS.items() if engagement.status in sources]


@transaction.atomic
def change_status(engagement: Engagement, user: Any, action: str) -> Engagement:
    """Pause, resume or end the engagement. Ending keeps everything: team history, needs, reports, offers."""
    if action not in TRANSITIONS:
        raise RuleViolation(_("This action is not known."))
    if not is_admin(user, engagement.organisation_id):
        raise RuleViolation(_("Only the organisation's admins can change the engagement's status."))
    sources, target = TRANSITIONS[action]
    changes: dict[str, Any] = {"status": target, "ended_at": timezone.now() if target == S.ENDED else None}
    # Compare-and-swap: a second click or a concurrent change finds the status already moved on.
    if not Engagement.objects.filter(pk=engagement.pk, status__in=sources).update(**changes):
        raise RuleViolation(_("This engagement has changed in the meantime. Please reload the page."))
    for name, value in changes.items():
        setattr(engagement, name, value)
    return engagement
