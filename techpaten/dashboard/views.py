"""One's own start page ("My area"): organisations, their needs and incoming offers; one's own offers; engagements."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.engagements.models import Engagement
from techpaten.engagements.rules import without_backup
from techpaten.engagements.standing import standings
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership
from techpaten.volunteers.teams import active_teams


@login_required
def dashboard(request: AuthenticatedHttpRequest) -> HttpResponse:
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("organisation", "organisation__sector")
    )
    my_offers = list(Offer.objects.filter(volunteer=request.user).select_related("need", "need__organisation")[:50])
    org_ids = [m.organisation_id for m in memberships]
    incoming = list(
        Offer.objects.filter(need__organisation_id__in=org_ids, status=Offer.Status.PENDING)
        .select_related("need", "need__organisation", "volunteer", "volunteer__volunteer_profile")
        .order_by("created_at")[:50]
    )
    org_needs = list(
        Need.objects.filter(organisation_id__in=org_ids).select_related("organisation").order_by("-updated_at")[:50]
    )
    # Engagements as a member of the organisation or as an active member of its team.
    engagements = list(
        Engagement.objects.filter(Q(organisation_id__in=org_ids) | Q(team__in=active_teams(request.user)))
        .select_related("organisation")
        .distinct()
        .order_by("-started_at")[:50]
    )
    # An accepted offer whose volunteer left the team, or whose engagement ended, is no longer shown as accepted.
    standing = standings(request.user, my_offers)
    return render(
        request,
        "dashboard/dashboard.html",
        {
            "engagements": engagements,
            "without_backup": without_backup(engagements),
            "memberships": memberships,
            "my_offers": [(offer, standing[offer.pk]) for offer in my_offers],
            "incoming_offers": incoming,
            "org_needs": org_needs,
            "profile": getattr(request.user, "volunteer_profile", None),
        },
    )
