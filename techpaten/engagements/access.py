"""Who is with an engagement, and the helpers that return it or raise.

The one home of "on the team of this engagement" and "on a live team of this organisation / need" (a live
engagement is active or paused; an ended one keeps its page as history but gives its team no more access), and of
who may see an organisation's contact details. Other apps ask these; none counts team members itself.

Reading an engagement: the organisation's members and the team's active members; everyone else gets 404. The
writing variants answer 404 to outsiders too, and 403 to participants without the right role (as
techpaten/needs/access.py does): a member of the organisation may see the team's page but not act for the team.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin, is_member
from techpaten.volunteers.models import TeamMember
from techpaten.volunteers.teams import active_memberships, is_on_team

from .models import Engagement, HoursReport, PaidWorkOffer
from .rules import may_change_roles

LIVE = Engagement.LIVE_STATUSES


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def is_on_engagement_team(user: Any, engagement: Engagement) -> bool:
    """An active member of the engagement's team, whatever the engagement's status (its page stays readable)."""
    return is_on_team(user, engagement.team_id)


def live_team_memberships(user: Any, **engagement: Any) -> QuerySet[TeamMember]:
    """The user's places on teams with a live engagement; `engagement` narrows which (e.g. organisation_id=…).

    One filter() call: the member must not have left, and status and the narrowing must hold for the same engagement
    (a second filter() on the team's engagements would join them again and mix engagements of a team that serves
    several organisations).
    """
    if not _authenticated(user):
        return TeamMember.objects.none()
    narrowing = {f"team__engagements__{lookup}": value for lookup, value in engagement.items()}
    return TeamMember.objects.filter(
        user_id=user.pk, left_at__isnull=True, team__engagements__status__in=LIVE, **narrowing
    )


def is_on_live_team_of_organisation(user: Any, organisation_id: int) -> bool:
    """On the team of one of the organisation's live engagements: looks after its services with it."""
    return live_team_memberships(user, organisation_id=organisation_id).exists()


def is_on_live_team_for_need(user: Any, need: Need) -> bool:
    """On the team of the live engagement that took the need on."""
    return live_team_memberships(user, engagement_needs__need=need).exists()


def live_team_for_need(need: Need) -> QuerySet[TeamMember]:
    """The active members of the team of the live engagement that took the need on (none before, none after)."""
    return TeamMember.objects.filter(
        left_at__isnull=True, team__engagements__status__in=LIVE, team__engagements__engagement_needs__need=need
    )


def may_see_contact(user: Any, organisation_id: int) -> bool:
    """The organisation's e-mail, phone and address: staff, its members, and the volunteers on the live team of one of
    its engagements — nobody else, on any page, document, file or mail. A volunteer who left the team, or whose
    engagement the organisation ended, no longer sees them."""
    if not _authenticated(user):
        return False
    return bool(
        user.is_staff or is_member(user, organisation_id) or is_on_live_team_of_organisation(user, organisation_id)
    )


# --- helpers that return the object or raise -----------------------------------------------------------------------


def _engagement(pk: int) -> Engagement:
    return get_object_or_404(Engagement.objects.select_related("organisation", "team"), pk=pk)


def may_read_engagement(user: Any, engagement: Engagement) -> bool:
    """The organisation's members and the team's active members (an ended engagement stays readable as history)."""
    return is_member(user, engagement.organisation_id) or is_on_engagement_team(user, engagement)


def engagement_for_participant(request: HttpRequest, pk: int) -> Engagement:
    engagement = _engagement(pk)
    if may_read_engagement(request.user, engagement):
        return engagement
    raise Http404


def engagement_for_team_member(request: HttpRequest, pk: int) -> Engagement:
    """For what only the team does (leave, report hours, offer paid work): 403 for the organisation's members."""
    engagement = _engagement(pk)
    if is_on_engagement_team(request.user, engagement):
        return engagement
    if is_member(request.user, engagement.organisation_id):
        raise PermissionDenied
    raise Http404


def engagement_for_org_admin(request: HttpRequest, pk: int) -> Engagement:
    """For what only the organisation's admins decide (status, paid work answers): 403 for other participants."""
    engagement = engagement_for_participant(request, pk)
    if not is_admin(request.user, engagement.organisation_id):
        raise PermissionDenied
    return engagement


def engagement_for_admin_or_team(request: HttpRequest, pk: int) -> Engagement:
    """For what both sides may start (looking for a backup): 403 for the organisation's plain members."""
    engagement = engagement_for_participant(request, pk)
    if not (is_admin(request.user, engagement.organisation_id) or is_on_engagement_team(request.user, engagement)):
        raise PermissionDenied
    return engagement


def place_on_team(request: HttpRequest, pk: int) -> tuple[Engagement, TeamMember]:
    """The engagement and the requester's own place on its team (to leave it); 404 once they have left."""
    engagement = engagement_for_team_member(request, pk)
    user: Any = request.user  # logged in: engagement_for_team_member let them in
    me = active_memberships(engagement.team_id).filter(user_id=user.pk).first()
    if me is None:
        raise Http404  # left a moment ago
    return engagement, me


def member_for_lead(request: HttpRequest, pk: int, member_pk: int) -> tuple[Engagement, TeamMember]:
    """A member of the team whose role the requester may change: 403 for the team's other members."""
    engagement = engagement_for_team_member(request, pk)
    member = get_object_or_404(TeamMember, pk=member_pk, team_id=engagement.team_id, left_at__isnull=True)
    if not may_change_roles(request.user, engagement):
        raise PermissionDenied  # a member of the team, but not its lead
    return engagement, member


def paid_work_for_proposer(request: HttpRequest, pk: int, offer_pk: int) -> PaidWorkOffer:
    """A paid work offer its proposer may take back: 403 for the team's other members."""
    engagement = engagement_for_team_member(request, pk)
    offer = get_object_or_404(PaidWorkOffer.objects.select_related("proposed_by"), pk=offer_pk, engagement=engagement)
    offer.engagement = engagement
    if offer.proposed_by_id != request.user.pk:
        raise PermissionDenied  # only the proposer takes back their offer
    return offer


def paid_work_for_org_admin(request: HttpRequest, pk: int, offer_pk: int) -> PaidWorkOffer:
    engagement = engagement_for_org_admin(request, pk)
    offer = get_object_or_404(PaidWorkOffer.objects.select_related("proposed_by"), pk=offer_pk, engagement=engagement)
    offer.engagement = engagement
    return offer


def hours_report_for_author(request: HttpRequest, pk: int, report_pk: int) -> HoursReport:
    """One's own hours report: 403 for the team's other members."""
    engagement = engagement_for_team_member(request, pk)
    report = get_object_or_404(HoursReport, pk=report_pk, engagement=engagement)
    report.engagement = engagement
    if report.volunteer_id != request.user.pk:
        raise PermissionDenied  # one's own reports only
    return report
