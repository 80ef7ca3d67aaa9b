"""Who may work on a need's data-protection checklist and screening: the organisation's members and the team of the
live engagement that took the need on (engagements.access). Everybody else gets 404 (no hint that the need has a
checklist)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.engagements.access import is_on_live_team_for_need
from techpaten.needs.models import Need
from techpaten.organisations.access import is_member

from .models import Requirement, RequirementSet
from .services import may_approve


def set_for_reviewer(request: HttpRequest, pk: int) -> RequirementSet:
    """A requirement set a registered reviewer may approve; 404 for everybody else: nobody but a reviewer learns that
    the address does anything (§ 6 RDG: vetting by reviewers only)."""
    if not may_approve(request.user):
        raise Http404
    return get_object_or_404(RequirementSet, pk=pk)


def requirement_for_reviewer(request: HttpRequest, code: str) -> Requirement:
    """A requirement whose sources a registered reviewer may mark as checked; 404 for everybody else."""
    if not may_approve(request.user):
        raise Http404
    return get_object_or_404(Requirement, code=code)


def may_work_on_checklist(user: Any, need: Need) -> bool:
    return is_member(user, need.organisation_id) or is_on_live_team_for_need(user, need)


def need_for_participant(request: HttpRequest, pk: int) -> Need:
    need = get_object_or_404(Need.objects.select_related("organisation", "organisation__sector"), pk=pk)
    if may_work_on_checklist(request.user, need):
        return need
    raise Http404
