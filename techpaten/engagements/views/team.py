"""The engagement page, the team's roles, looking for a backup, leaving with a handover, and the status."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.core.sections import collect
from techpaten.organisations.access import is_admin
from techpaten.volunteers.models import TeamMember

from .. import rules, services, work
from ..access import (
    engagement_for_admin_or_team,
    engagement_for_org_admin,
    engagement_for_participant,
    member_for_lead,
    place_on_team,
)
from ..forms import HoursForm, LeaveForm, PaidWorkAnswerForm, RoleForm, StatusForm
from ..models import Engagement, EngagementNeed

STATUS_ACTION_LABELS = {
    "pause": gettext_lazy("Pause"),
    "resume": gettext_lazy("Resume"),
    "end": gettext_lazy("End the engagement"),
}
STATUS_MESSAGES = {
    "pause": gettext_lazy("The engagement is paused."),
    "resume": gettext_lazy("The engagement is active again."),
    "end": gettext_lazy("The engagement has ended. Its history stays here."),
}


def show_error(request: HttpRequest, error: RuleViolation) -> None:
    messages.error(request, " ".join(error.messages))


def show_form_errors(request: HttpRequest, form: Any) -> None:
    messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))


@login_required
def detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The Patenschaft at a glance: organisation, needs, team with roles and history, paid work, hours."""
    engagement = engagement_for_participant(request, pk)
    return render(request, "engagements/detail.html", detail_context(request, engagement))


def detail_context(request: HttpRequest, engagement: Engagement) -> dict[str, Any]:
    """Everything the page shows, in a fixed number of queries however large the team and its history.

    What the viewer may do comes from the rules (engagements.rules, work.may); the template only shows it.
    """
    user: Any = request.user
    is_org_admin = is_admin(user, engagement.organisation_id)
    members = services.active_members(engagement)
    me = next((m for m in members if m.user_id == user.pk), None)
    may_change_roles = rules.may_change_roles(user, engagement)
    may_look_for_backup = rules.may_look_for_backup(user, engagement)
    former = list(
        engagement.team.members.filter(left_at__isnull=False)
        .select_related(
            "user",
            "user__volunteer_profile",
            "handover",
            "handover__successor",
            "handover__successor__volunteer_profile",
        )
        .order_by("-left_at", "-pk")
    )
    for member in former:
        handover = getattr(member, "handover", None)
        member.handover_items = services.handover_items(handover) if handover else []  # type: ignore[attr-defined]
    links = list(
        EngagementNeed.objects.filter(engagement=engagement)
        .select_related("need")
        .order_by("-need__published_at", "-need__pk")
    )
    offers = list(
        engagement.paid_work_offers.select_related("proposed_by", "proposed_by__volunteer_profile", "decided_by")
    )
    for offer in offers:
        offer.engagement = engagement  # the page asks no further query per offer
    reports = list(
        engagement.hours_reports.select_related("volunteer", "volunteer__volunteer_profile").order_by("-month", "-pk")
    )
    is_team = me is not None
    return {
        "engagement": engagement,
        # (member, whether the viewer may change this member's role): not one's own, only as the lead.
        "members": [(member, may_change_roles and member != me) for member in members],
        "former_members": former,
        # (link, whether the viewer may list this need again to find a backup).
        "links": [(link, may_look_for_backup and rules.reopenable(link)) for link in links],
        "needs": [link.need for link in links],
        "needs_backup": rules.needs_backup(engagement, len(members)),
        "is_team": is_team,
        "is_org_admin": is_org_admin,
        "may_change_roles": may_change_roles and len(members) > 1,
        "may_look_for_backup": may_look_for_backup,
        "may_leave": is_team,
        "role_choices": TeamMember.Role.choices,
        "status_actions": [(a, STATUS_ACTION_LABELS[a]) for a in services.allowed_actions(engagement)]
        if is_org_admin
        else [],
        "status_form": StatusForm(),
        # (offer, whether the viewer may answer it, whether the viewer may withdraw it)
        "paid_work_offers": [
            (
                offer,
                work.may(user, offer, "accept", organisation_admin=is_org_admin),
                work.may(user, offer, "withdraw"),
            )
            for offer in offers
        ],
        "accepted_paid_work": [o for o in offers if o.status == o.Status.ACCEPTED],
        "may_propose_paid_work": work.may_propose(user, engagement),
        "answer_form": PaidWorkAnswerForm(),
        "months": work.by_month(reports),
        "deletable_reports": {r.pk for r in reports if work.may_delete_hours(user, r)},
        "hours_total": sum((r.hours for r in reports), start=Decimal(0)),
        "hours_form": HoursForm(initial={"month": timezone.localdate().replace(day=1)}) if is_team else None,
        # The services (inventory) and the costs (costs), added from above (techpaten/core/sections.py).
        "sections": collect("engagements.detail", request, engagement),
    }


@login_required
@require_POST
def change_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    engagement = engagement_for_org_admin(request, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        show_form_errors(request, form)
        return redirect("engagements:detail", pk=engagement.pk)
    action = form.cleaned_data["action"]
    try:
        with transaction.atomic():
            services.change_status(engagement, request.user, action)
    except RuleViolation as error:
        show_error(request, error)
    else:
        messages.success(request, STATUS_MESSAGES[action])
    return redirect("engagements:detail", pk=engagement.pk)


@login_required
@require_POST
def change_role(request: AuthenticatedHttpRequest, pk: int, member_pk: int) -> HttpResponse:
    engagement, member = member_for_lead(request, pk, member_pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        show_form_errors(request, form)
        return redirect("engagements:detail", pk=engagement.pk)
    try:
        with transaction.atomic():
            services.change_role(engagement, member, request.user, form.cleaned_data["role"])
    except RuleViolation as error:
        show_error(request, error)
    else:
        messages.success(request, _("The role has been changed."))
    return redirect("engagements:detail", pk=engagement.pk)


@login_required
@require_POST
def reopen_for_backup(request: AuthenticatedHttpRequest, pk: int, need_pk: int) -> HttpResponse:
    engagement = engagement_for_admin_or_team(request, pk)
    link = get_object_or_404(EngagementNeed.objects.select_related("need"), engagement=engagement, need_id=need_pk)
    try:
        with transaction.atomic():
            services.reopen_for_backup(engagement, link.need, request.user)
    except RuleViolation as error:
        show_error(request, error)
    else:
        messages.success(
            request, _("The need is listed again as “backup wanted”. A volunteer you accept now joins as backup.")
        )
    return redirect("engagements:detail", pk=engagement.pk)


@login_required
def leave(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Leaving the team: the handover form, then the organisation and the team are told."""
    engagement, me = place_on_team(request, pk)
    remaining = [m for m in services.active_members(engagement) if m.pk != me.pk]
    form = LeaveForm(request.POST or None, remaining=remaining)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                services.leave(me, request.user, form.cleaned_data)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("You have left the team. The organisation and the team have been told."))
            return redirect("dashboard")
    return render(
        request,
        "engagements/leave.html",
        {
            "engagement": engagement,
            "form": form,
            "remaining": remaining,
            "is_lead": me.role == me.Role.LEAD,
            "serves_several": engagement.team.engagements.exclude(status=Engagement.Status.ENDED).count() > 1,
        },
    )
