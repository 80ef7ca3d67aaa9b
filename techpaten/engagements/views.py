from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from . import services
from .access import engagement_for_participant


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The Patenschaft at a glance: organisation, the needs the team took on, the team with roles and history."""
    engagement = engagement_for_participant(request, pk)
    members = services.active_members(engagement)
    former = engagement.team.members.filter(left_at__isnull=False).select_related("user").order_by("-left_at")
    return render(
        request,
        "engagements/detail.html",
        {
            "engagement": engagement,
            "needs": engagement.needs.select_related("organisation").order_by("-published_at"),
            "members": members,
            "former_members": former,
            "needs_backup": len(members) < 2,
        },
    )
