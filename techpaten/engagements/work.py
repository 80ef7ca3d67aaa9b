"""What a team gives an engagement beyond volunteering: paid work offers, and the hours it reports.

No money runs through the platform: an accepted paid work offer is a record both sides can point to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.formats import localize
from django.utils.translation import gettext as _

from techpaten.core.money import to_cents
from techpaten.core.rules import RuleViolation
from techpaten.organisations.access import is_admin

from .access import is_on_engagement_team
from .models import Engagement, HoursReport, PaidWorkOffer

P = PaidWorkOffer.Status

# Limits of a paid work offer: above these it is a typing slip, not an offer one decides on a platform.
PAID_HOURS_MAX = Decimal("2000")  # about a year of full-time work
RATE_MAX_EUROS = Decimal("500")  # per hour

# An hours report is per volunteer and month.
REPORT_HOURS_MIN = Decimal("0.5")
REPORT_HOURS_MAX = Decimal("200")


# --- Paid work ----------------------------------------------------------------------------------------------------

# action → (statuses it may start from, status it leads to, who may do it)
TRANSITIONS: dict[str, tuple[frozenset[str], str, str]] = {
    "accept": (frozenset({P.PROPOSED}), P.ACCEPTED, "organisation_admin"),
    "decline": (frozenset({P.PROPOSED}), P.DECLINED, "organisation_admin"),
    "withdraw": (frozenset({P.PROPOSED}), P.WITHDRAWN, "proposer"),
}


def may(user: Any, offer: PaidWorkOffer, action: str, *, organisation_admin: bool | None = None) -> bool:
    """Whether `user` may apply `action` to `offer` now (the page shows the buttons by it; `answer` checks it).

    `organisation_admin`: whether `user` is an admin of the engagement's organisation, when the caller knows it
    already (a page with many offers asks once).
    """
    sources, _target, actor = TRANSITIONS[action]
    if offer.status not in sources or not user.is_authenticated:
        return False
    if actor == "organisation_admin":
        if organisation_admin is None:
            organisation_admin = is_admin(user, offer.engagement.organisation_id)
        return organisation_admin
    return bool(offer.proposed_by_id == user.pk)


def may_propose(user: Any, engagement: Engagement) -> bool:
    """The team's active members offer paid work while the engagement has not ended."""
    return engagement.status != Engagement.Status.ENDED and is_on_engagement_team(user, engagement)


def may_delete_hours(user: Any, report: HoursReport) -> bool:
    """One's own reports only."""
    return report.volunteer_id is not None and report.volunteer_id == user.pk


@transaction.atomic
def propose(engagement: Engagement, user: Any, scope: str, hours: Decimal, rate_cents: int) -> PaidWorkOffer:
    """An active team member offers the organisation paid work; the organisation's admins are told."""
    if not may_propose(user, engagement):
        if engagement.status == Engagement.Status.ENDED:
            raise RuleViolation(_("This engagement has ended."))
        raise RuleViolation(_("Only the team's members can offer paid work."))
    if not (Decimal(0) < hours <= PAID_HOURS_MAX):
        raise RuleViolation(_("Please enter more than 0 and up to %(max)s hours.") % {"max": localize(PAID_HOURS_MAX)})
    if not (0 < rate_cents <= to_cents(RATE_MAX_EUROS)):
        raise RuleViolation(
            _("Please enter an hourly rate above 0 € and up to %(max)s €.") % {"max": localize(RATE_MAX_EUROS)}
        )
    offer = PaidWorkOffer.objects.create(
        engagement=engagement, proposed_by=user, scope=scope, hours=hours, rate_cents=rate_cents
    )
    from . import notifications

    notifications.paid_work_proposed(offer)
    return offer


@transaction.atomic
def answer(offer: PaidWorkOffer, user: Any, action: str, note: str = "") -> PaidWorkOffer:
    """Accept, decline (organisation admins, with an optional note) or withdraw (the proposer) a proposed offer."""
    if action not in TRANSITIONS:
        raise RuleViolation(_("This action is not known."))
    sources, target, actor = TRANSITIONS[action]
    if not may(user, offer, action):
        raise RuleViolation(_("This offer can no longer be changed this way. Please reload the page."))
    changes: dict[str, Any] = {"status": target}
    if actor == "organisation_admin":
        changes.update(decided_by=user, decided_at=timezone.now(), decision_note=note)
    # Compare-and-swap on the status: a double click or a concurrent answer changes nothing twice.
    if not PaidWorkOffer.objects.filter(pk=offer.pk, status__in=sources).update(**changes):
        raise RuleViolation(_("This offer has changed in the meantime. Please reload the page."))
    for name, value in changes.items():
        setattr(offer, name, value)
    from . import notifications

    notifications.paid_work_answered(offer)
    return offer


# --- Hours reports ------------------------------------------------------------------------------------------------


def first_of_month(day: date) -> date:
    return day.replace(day=1)


@transaction.atomic
def report_hours(engagement: Engagement, user: Any, month: date, hours: Decimal, note: str = "") -> HoursReport:
    """An active team member reports the hours they gave the engagement in a month (not a future one)."""
    if not is_on_engagement_team(user, engagement):
        raise RuleViolation(_("Only the team's members can report hours."))
    month = first_of_month(month)
    if month > first_of_month(timezone.localdate()):
        raise RuleViolation(_("Please choose this month or an earlier one."))
    if month < first_of_month(timezone.localtime(engagement.started_at).date()):
        raise RuleViolation(_("Please choose a month since the engagement started."))
    if not (REPORT_HOURS_MIN <= hours <= REPORT_HOURS_MAX):
        limits = {"min": localize(REPORT_HOURS_MIN), "max": localize(REPORT_HOURS_MAX)}
        raise RuleViolation(_("Please enter between %(min)s and %(max)s hours.") % limits)
    return HoursReport.objects.create(engagement=engagement, volunteer=user, month=month, hours=hours, note=note)


@transaction.atomic
def delete_hours(report: HoursReport, user: Any) -> None:
    """One's own report only."""
    if not may_delete_hours(user, report):
        raise RuleViolation(_("You can only delete your own hours reports."))
    HoursReport.objects.filter(pk=report.pk).delete()


@dataclass
class Month:
    month: date
    total: Decimal
    reports: list[HoursReport]


def by_month(reports: list[HoursReport]) -> list[Month]:
    """Reports (newest month first) grouped by month, each with its total."""
    months: dict[date, Month] = {}
    for report in reports:
        entry = months.setdefault(report.month, Month(report.month, Decimal(0), []))
        entry.total += report.hours
        entry.reports.append(report)
    return sorted(months.values(), key=lambda m: m.month, reverse=True)
