"""catalogue/includes/review_badge.html — the contract other pages rely on (checklist suggestions include it)."""

from __future__ import annotations

from django.template.loader import render_to_string

from techpaten.catalogue import queries
from techpaten.catalogue.models import Review
from techpaten.taxonomy.models import Sector, UseCase
from tests.texts import de

from . import makers
from .makers import approved_until, expired_on

BADGE = "catalogue/includes/review_badge.html"


def suggestion(solution):
    """The solution as queries.suggested_for hands it out (only is_approved and has_expired annotated)."""
    kita = Sector.objects.get(slug="kita")
    files = UseCase.objects.filter(slug="files").values_list("pk", flat=True)
    return next(s for s in queries.suggested_for(kita.pk, files) if s.pk == solution.pk)


def test_it_renders_the_state_of_solutions_from_suggested_for(db):
    approved, expired, fresh = makers.make_solution(), makers.make_solution(), makers.make_solution()
    makers.make_review(approved)
    makers.make_expired_review(expired)
    assert de("approved") in render_to_string(BADGE, {"solution": suggestion(approved)})
    assert de("expired") in render_to_string(BADGE, {"solution": suggestion(expired)})
    assert de("not reviewed yet") in render_to_string(BADGE, {"solution": suggestion(fresh)})


def test_it_renders_a_single_review_with_its_dates(db):
    solution = makers.make_solution()
    valid, past = makers.make_review(solution), makers.make_expired_review(solution)
    rejected = makers.make_review(solution, status=Review.Status.REJECTED)
    draft = makers.make_review(solution, status=Review.Status.DRAFT)
    assert approved_until(valid.valid_until) in render_to_string(BADGE, {"review": valid})
    assert expired_on(past.valid_until) in render_to_string(BADGE, {"review": past})
    assert "status-rejected" in render_to_string(BADGE, {"review": rejected})
    assert "status-draft" in render_to_string(BADGE, {"review": draft})
