"""The rules of the service inventory, in one place: what counts as due, and how a service is added and retired."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Prefetch, QuerySet

from techpaten.engagements.models import Engagement
from techpaten.organisations.models import Organisation
from techpaten.volunteers.models import TeamMember

from .models import ReminderSent, Service

# A maintenance date within the next two weeks is "due": time enough to plan an update or renew a certificate.
DUE_WINDOW = timedelta(days=14)
Kind = ReminderSent.Kind
Stage = ReminderSent.Stage


@dataclass(frozen=True)
class Maintenance:
    kind: str
    label: str
    due_on: date
    stage: str | None  # None: later than the due window

    @property
    def is_overdue(self) -> bool:
        return self.stage == Stage.OVERDUE


def stage_for(due_on: date | None, today: date) -> str | None:
    """ "overdue" once the date has passed, "due" from 14 days before it up to the day itself, else None."""
    if due_on is None:
        return None
    if due_on < today:
        return Stage.OVERDUE
    if due_on <= today + DUE_WINDOW:
        return Stage.DUE
    return None


def maintenance(service: Service, today: date) -> list[Maintenance]:
    """The service's maintenance dates that are set, in the order of `ReminderSent.Kind`."""
    items = []
    for kind in Kind:
        due_on = getattr(service, ReminderSent.due_field(kind.value))
        if due_on is not None:
            items.append(Maintenance(kind.value, str(kind.label), due_on, stage_for(due_on, today)))
    return items


def attention(service: Service, today: date) -> list[Maintenance]:
    """Only the dates that are due or overdue: the badges of the lists."""
    return [item for item in maintenance(service, today) if item.stage is not None]


def with_team(queryset: QuerySet[Service]) -> QuerySet[Service]:
    """Services with catalogue solution, engagement, team and its active members in a fixed number of queries."""
    active = (
        TeamMember.objects.filter(left_at__isnull=True)
        .select_related("user", "user__volunteer_profile")
        .order_by("joined_at", "pk")
    )
    return queryset.select_related("solution", "engagement__team").prefetch_related(
        Prefetch("engagement__team__members", queryset=active, to_attr="active_members")
    )


def active_services(organisation: Organisation) -> QuerySet[Service]:
    return Service.objects.filter(organisation=organisation, is_active=True).order_by("name", "pk")


def retired_services(organisation: Organisation) -> QuerySet[Service]:
    return Service.objects.filter(organisation=organisation, is_active=False).order_by("name", "pk")


def engagement_choices(organisation: Organisation, current: Engagement | None = None) -> QuerySet[Engagement]:
    """The engagements a service can be tied to: the organisation's active or paused ones (and the current one)."""
    queryset = Engagement.objects.filter(organisation=organisation, status__in=Engagement.LIVE_STATUSES)
    if current is not None:
        queryset = queryset | Engagement.objects.filter(pk=current.pk)
    return queryset.select_related("team").order_by("started_at", "pk")


@transaction.atomic
def add(service: Service, organisation: Organisation) -> Service:
    service.organisation = organisation
    service.is_active = True
    service.save()
    return service


@transaction.atomic
def update(service: Service) -> Service:
    service.save()
    return service


@transaction.atomic
def retire(service: Service) -> bool:
    """The service no longer runs: it stays in the history, leaves the handbook export and gets no more reminders.

    Returns whether anything changed (a second click does nothing).
    """
    changed = Service.objects.filter(pk=service.pk, is_active=True).update(is_active=False)
    service.is_active = False
    return bool(changed)


def team_names(service: Service) -> list[str]:
    """Display names of the active team looking after the service (needs `with_team`)."""
    if service.engagement is None:
        return []
    members: list[Any] = getattr(service.engagement.team, "active_members", [])
    return [member.user.display_name for member in members if member.user is not None]
