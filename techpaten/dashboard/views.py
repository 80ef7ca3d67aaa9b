"""One's own start page ("My area"): organisations, their needs and incoming offers; one's own offers; engagements.

Each list shows its first `lists.ON_START_PAGE` rows; when there are more, it says so and links to the list's own
page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.pagination import page_of
from techpaten.engagements.rules import without_backup
from techpaten.engagements.standing import standings
from techpaten.moderation.access import is_moderator, open_report_count
from techpaten.organisations.models import Membership

from . import lists


@login_required
def dashboard(request: AuthenticatedHttpRequest) -> HttpResponse:
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("organisation", "organisation__sector")
    )
    my_offers, more_offers = lists.first(lists.my_offers(request.user))
    incoming, more_incoming = lists.first(lists.incoming_offers(request.user)) if memberships else ([], False)
    org_needs, more_needs = lists.first(lists.organisation_needs(request.user)) if memberships else ([], False)
    engagements, more_engagements = lists.first(lists.engagements(request.user))
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
            # Staff's work: the number of open reports, with links to the queue (None: not a moderator, no section).
            "open_reports": open_report_count() if is_moderator(request.user) else None,
            "shown": lists.ON_START_PAGE,
            "more": {
                "offers": more_offers,
                "incoming": more_incoming,
                "needs": more_needs,
                "engagements": more_engagements,
            },
        },
    )


def _list_page(
    request: AuthenticatedHttpRequest,
    rows: QuerySet[Any],
    title: str,
    partial: str,
    extra: Callable[[list[Any]], dict[str, Any]] | None = None,
) -> HttpResponse:
    page = page_of(rows, request.GET.get("page"), per_page=lists.PER_PAGE)
    shown = list(page.object_list)
    context = {"page_obj": page, "title": title, "partial": partial, "rows": shown}
    context.update(extra(shown) if extra else {})
    return render(request, "dashboard/list.html", context)


@login_required
def my_offers(request: AuthenticatedHttpRequest) -> HttpResponse:
    def with_standing(offers: list[Any]) -> dict[str, Any]:
        standing = standings(request.user, offers)
        return {"my_offers": [(offer, standing[offer.pk]) for offer in offers]}

    return _list_page(
        request, lists.my_offers(request.user), _("My offers of help"), "dashboard/_my_offers.html", with_standing
    )


@login_required
def incoming_offers(request: AuthenticatedHttpRequest) -> HttpResponse:
    rows = lists.incoming_offers(request.user)
    return _list_page(
        request, rows, _("Offers waiting for an answer"), "dashboard/_incoming.html", lambda o: {"incoming_offers": o}
    )


@login_required
def organisation_needs(request: AuthenticatedHttpRequest) -> HttpResponse:
    rows = lists.organisation_needs(request.user)
    return _list_page(request, rows, _("Our needs"), "dashboard/_org_needs.html", lambda n: {"org_needs": n})


@login_required
def engagements(request: AuthenticatedHttpRequest) -> HttpResponse:
    def with_backup(found: list[Any]) -> dict[str, Any]:
        return {"engagements": found, "without_backup": without_backup(found)}

    rows = lists.engagements(request.user)
    return _list_page(request, rows, _("Engagements"), "dashboard/_engagements.html", with_backup)
