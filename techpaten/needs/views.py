from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.page_cache import public_page
from techpaten.core.pagination import KeysFirst, page_of
from techpaten.core.rules import RuleViolation
from techpaten.core.sections import collect
from techpaten.organisations.access import is_member, organisation_for_member
from techpaten.places.plz import Point, distance_km, lookup
from techpaten.volunteers.models import VolunteerProfile

from . import matching, services
from .access import need_for_member, need_for_viewer
from .forms import NeedForm, NeedSearchForm
from .models import Need
from .queries import with_row_data
from .search import (
    CANDIDATE_CAP,
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    RADIUS_CHOICES_KM,
    REACH_EITHER,
    REACH_NEARBY,
    search_needs,
    with_distance,
)

PER_PAGE = 20
# The listing counts and pages through at most this many results (the ranked candidates of a word search, too).
RESULTS_CAP = CANDIDATE_CAP

STATUS_ACTION_LABELS = {
    "publish": gettext_lazy("Publish"),
    "mark_matched": gettext_lazy("Mark as team found"),
    "reopen": gettext_lazy("Open again"),
    "close": gettext_lazy("Close"),
}
STATUS_MESSAGES = {
    "publish": gettext_lazy("The need is published."),
    "mark_matched": gettext_lazy("The need is marked as team found."),
    "reopen": gettext_lazy("The need is open again."),
    "close": gettext_lazy("The need is closed."),
}


@public_page
def listing(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    form = NeedSearchForm(request.GET, start=_search_start(profile))
    needs = search_needs(form.cleaned_data) if form.is_valid() else Need.objects.none()
    cleaned = getattr(form, "cleaned_data", {})
    plz, radius = cleaned.get("plz"), cleaned.get("radius")
    point = lookup(plz or "")
    results = KeysFirst(needs, lambda rows: with_distance(with_row_data(rows), point))
    page = page_of(results, request.GET.get("page"), PER_PAGE, cap=RESULTS_CAP)
    wider = next((km for km in RADIUS_CHOICES_KM if radius and km > radius), None) if plz else None
    return render(
        request,
        "needs/list.html",
        {
            "form": form,
            "page_obj": page,
            "plz": plz,
            "wider_radius": wider,
            "filtered": form.narrowed,
            "radius_suggestions": RADIUS_CHOICES_KM,
            # The apps above add the search's feed and the button that saves it (alerts).
            "head_sections": collect("needs.list.head", request, form),
            "tool_sections": collect("needs.list.tools", request, form),
        },
    )


def _profile(request: HttpRequest) -> VolunteerProfile | None:
    if not request.user.is_authenticated:
        return None
    return VolunteerProfile.objects.filter(user_id=request.user.pk).first()


def _search_start(profile: VolunteerProfile | None) -> dict[str, str] | None:
    """A volunteer's search starts from their own postcode, travel radius and remote help."""
    if profile is None or not profile.plz:
        return None
    return {
        "plz": profile.plz,
        "radius": str(min(max(profile.radius_km, MIN_RADIUS_KM), MAX_RADIUS_KM)),
        "reach": REACH_EITHER if profile.remote_ok else REACH_NEARBY,
    }


@login_required
def for_you(request: AuthenticatedHttpRequest) -> HttpResponse:
    profile: VolunteerProfile | None = getattr(request.user, "volunteer_profile", None)
    if profile is None:
        return render(request, "needs/for_you_no_profile.html")
    keys = matching.candidate_keys(profile)
    results = KeysFirst(
        matching.needs_for(profile, keys), lambda rows: with_row_data(matching.ranked(rows, profile)), count=len(keys)
    )
    page = page_of(results, request.GET.get("page"), PER_PAGE)
    for need in page.object_list:
        need.reason = matching.reason(need, profile)
    return render(request, "needs/for_you.html", {"page_obj": page, "profile": profile})


@public_page
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The need, for anyone who may see it; the apps above add what they know (contact details, reviews, the
    data-protection checklist, the offers) as sections (techpaten/core/sections.py)."""
    need = need_for_viewer(request, pk)
    user = request.user
    member = is_member(user, need.organisation_id)
    context: dict[str, object] = {
        "need": need,
        "organisation": need.organisation,
        "is_member": member,
        # Anyone logged in may report what they see (techpaten/moderation); members don't report their own need.
        "may_report": user.is_authenticated and not member,
        "use_cases": need.use_cases.all(),
        "skills": need.skills.all(),
        "top_sections": collect("needs.detail.top", request, need),
        "aside_sections": collect("needs.detail.aside", request, need),
        "sections": collect("needs.detail", request, need),
    }
    profile = VolunteerProfile.objects.filter(user_id=user.pk).first() if user.is_authenticated else None
    origin = lookup(request.GET.get("plz", "")) or (
        lookup(profile.plz) if profile is not None else None  # the profile's PLZ, when no other is asked for
    )
    if origin is not None:
        organisation = need.organisation
        context["distance"] = distance_km(origin, Point(organisation.latitude, organisation.longitude))
    if member:
        context["actions"] = [(action, STATUS_ACTION_LABELS[action]) for action in services.allowed_actions(need)]
    return render(request, "needs/detail.html", context)


@login_required
def create(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    organisation, _membership = organisation_for_member(request, slug)
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        publish = request.POST.get("action") == "publish"
        try:
            need = services.create_need(organisation, request.user, form.cleaned_data, publish=publish)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your need is published.") if publish else _("Your need is saved as a draft."))
            return redirect("needs:detail", pk=need.pk)
    context = {"form": form, "organisation": organisation, "need": None, "may_publish": True}
    return render(request, "needs/form.html", context)


@login_required
def edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    need = need_for_member(request, pk)
    form = NeedForm(request.POST or None, instance=need)
    if request.method == "POST" and form.is_valid():
        publish = request.POST.get("action") == "publish" and need.status == Need.Status.DRAFT
        try:
            services.update_need(need, request.user, form.cleaned_data, publish=publish)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your need is published.") if publish else _("Your changes are saved."))
            return redirect("needs:detail", pk=need.pk)
    may_publish = "publish" in services.allowed_actions(need)
    context = {"form": form, "organisation": need.organisation, "need": need, "may_publish": may_publish}
    return render(request, "needs/form.html", context)


@login_required
@require_POST
def change_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    need = need_for_member(request, pk)
    action = request.POST.get("action", "")
    try:
        services.change_status(need, request.user, action)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, STATUS_MESSAGES[action])
    return redirect("needs:detail", pk=need.pk)
