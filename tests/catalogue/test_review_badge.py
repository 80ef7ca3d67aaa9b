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


def approved_for(profile: str, day) -> str:
    return makers.de("approved for %(profile)s until %(date)s", profile=profile, date=makers.short(day))


def test_an_approval_of_one_profile_says_so_on_the_solution_s_badge(db):
    """Finding 10: an approval that covers one deployment profile is not an approval of the whole solution."""
    solution = makers.make_solution()
    profile = makers.make_profile(solution, name="Nextcloud 32, Preset CLUB, gehärtet")
    review = makers.make_review(solution, profile=profile)
    html = render_to_string(BADGE, {"solution": suggestion(solution)})
    assert approved_for("Nextcloud 32, Preset CLUB, gehärtet", review.valid_until) in html
    assert approved_until(review.valid_until) not in html
    assert approved_for("Nextcloud 32, Preset CLUB, gehärtet", review.valid_until) in render_to_string(
        BADGE, {"review": review}
    )


def test_an_approval_of_the_whole_solution_keeps_the_plain_badge(db):
    solution = makers.make_solution()
    profile = makers.make_profile(solution)
    makers.make_review(solution, profile=profile)
    whole = makers.make_review(solution)
    html = render_to_string(BADGE, {"solution": suggestion(solution)})
    assert approved_until(whole.valid_until) in html and profile.name not in html


def test_the_catalogue_list_shows_the_profile_of_an_approval(client, db):
    from django.urls import reverse

    solution = makers.make_solution()
    profile = makers.make_profile(solution, name="Nextcloud 32, Preset CLUB, gehärtet")
    review = makers.make_review(solution, profile=profile)
    html = client.get(reverse("catalogue:list")).content.decode()
    assert approved_for("Nextcloud 32, Preset CLUB, gehärtet", review.valid_until) in html
