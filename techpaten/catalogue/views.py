from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from techpaten.accounts.access import is_reviewer
from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.core.sections import collect

from . import reviews
from .access import review_for_author, solution_for_reviewer
from .forms import CatalogueFilterForm, ReviewForm
from .models import BaselineSetting, Coverage, DeploymentProfile, Solution

# Coverage in the order a reader needs it: what the profile does, what it does in part, what stays with them.
COVERAGE_ORDER = Case(
    When(level=Coverage.Level.SATISFIED, then=Value(0)),
    When(level=Coverage.Level.PARTIAL, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _filtered(form: CatalogueFilterForm) -> QuerySet[Solution]:
    solutions = Solution.objects.all()
    if not form.is_valid():
        return solutions.none()
    use_case, sector = form.cleaned_data["use_case"], form.cleaned_data["sector"]
    if use_case is not None:
        solutions = solutions.filter(
            Exists(Solution.use_cases.through.objects.filter(solution=OuterRef("pk"), usecase=use_case))
        )
    if sector is not None:
        # A solution without sectors suits every sector.
        sectors = Solution.sectors.through.objects.filter(solution=OuterRef("pk"))
        solutions = solutions.filter(Q(Exists(sectors.filter(sector=sector))) | ~Exists(sectors))
    solutions = reviews.filter_by_state(reviews.with_badges(solutions), form.cleaned_data["state"])
    return solutions.prefetch_related("use_cases").order_by("position", "name", "pk")


def listing(request: HttpRequest) -> HttpResponse:
    form = CatalogueFilterForm(request.GET)
    solutions = list(_filtered(form))
    filtered = bool(form.is_valid() and any(form.cleaned_data.values()))
    return render(request, "catalogue/list.html", {"form": form, "solutions": solutions, "filtered": filtered})


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    profiles = DeploymentProfile.objects.prefetch_related(
        Prefetch("baseline", queryset=BaselineSetting.objects.order_by("position", "pk")),
        Prefetch(
            "coverage",
            queryset=Coverage.objects.select_related("requirement").order_by(
                COVERAGE_ORDER, "requirement__position", "requirement__code"
            ),
        ),
    ).order_by("name", "pk")
    solution = get_object_or_404(
        reviews.with_badges(Solution.objects.all()).prefetch_related(
            "use_cases", "sectors", Prefetch("profiles", queryset=profiles)
        ),
        slug=slug,
    )
    context = {
        "solution": solution,
        # (review, whether the viewer may edit it)
        "reviews": [
            (review, reviews.may_edit(request.user, review))
            for review in reviews.public_reviews(solution, request.user)
        ],
        "is_reviewer": is_reviewer(request.user),
        # The apps above add what they know about the solution (the knowledge base: articles about it).
        "sections": collect("catalogue.detail", request, solution),
    }
    return render(request, "catalogue/detail.html", context)


@login_required
def review_create(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    solution = solution_for_reviewer(request, slug)
    initial = {"reviewer_qualification": reviews.last_qualification(request.user)}
    form = ReviewForm(request.POST or None, solution=solution, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            reviews.create_review(solution, request.user, form.cleaned_data)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your review is saved."))
            return redirect("catalogue:detail", slug=solution.slug)
    return render(request, "catalogue/review_form.html", {"form": form, "solution": solution, "review": None})


@login_required
def review_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    review = review_for_author(request, pk)
    solution = review.solution
    form = ReviewForm(request.POST or None, instance=review, solution=solution)
    if request.method == "POST" and form.is_valid():
        try:
            reviews.update_review(review, request.user, form.cleaned_data)
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect("catalogue:detail", slug=solution.slug)
    return render(request, "catalogue/review_form.html", {"form": form, "solution": solution, "review": review})
