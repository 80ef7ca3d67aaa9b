"""catalogue:review_create and catalogue:review_edit — the review workflow of catalogue/reviews.py.

Only registered reviewers write and approve; an approval needs its dates and scope; only the author edits.
"""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import escape

from techpaten.catalogue import access, reviews
from techpaten.catalogue.models import Review
from techpaten.core.rules import RuleViolation
from tests.texts import de

from . import makers
from .makers import expired_on, today


def create_url(solution) -> str:
    return reverse("catalogue:review_create", args=[solution.slug])


def edit_url(review) -> str:
    return reverse("catalogue:review_edit", args=[review.pk])


def approval(**overrides) -> dict[str, str]:
    data = {
        "profile": "",
        "reviewer_qualification": "Datenschutzbeauftragte (TÜV)",
        "status": "approved",
        "reviewed_on": today().isoformat(),
        "valid_until": (today() + timedelta(days=365)).isoformat(),
        "scope": "Nextcloud 32, Preset CLUB, Hosting bei einem deutschen Anbieter",
        "findings": "Keine Einwände bei der beschriebenen Konfiguration.",
    }
    data.update(overrides)
    return data


@pytest.fixture
def solution(db):
    return makers.make_solution(name="Dateiablage")


def test_a_reviewer_gets_the_form_with_their_last_qualification(client, solution, reviewer):
    makers.make_review(makers.make_solution(), reviewer=reviewer, reviewer_qualification="Rechtsanwältin")
    client.force_login(reviewer)
    response = client.get(create_url(solution))
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert response.context["form"]["reviewer_qualification"].value() == "Rechtsanwältin"


def test_the_profile_choice_offers_only_this_solutions_profiles(client, solution, reviewer):
    own = makers.make_profile(solution)
    foreign = makers.make_profile(makers.make_solution())
    client.force_login(reviewer)
    choices = client.get(create_url(solution)).context["form"].fields["profile"].queryset
    assert list(choices) == [own]
    response = client.post(create_url(solution), approval(profile=str(foreign.pk)))
    assert "profile" in response.context["form"].errors
    assert not Review.objects.filter(solution=solution).exists()


def test_a_reviewer_creates_and_approves_a_review(client, solution, reviewer):
    profile = makers.make_profile(solution)
    client.force_login(reviewer)
    response = client.post(create_url(solution), approval(profile=str(profile.pk)), follow=True)
    review = Review.objects.get(solution=solution)
    assert response.redirect_chain == [(reverse("catalogue:detail", args=[solution.slug]), 302)]
    assert de("Your review is saved.") in response.content.decode()
    assert review.reviewer == reviewer and review.reviewer_name == "Rita Reviewer"
    assert review.reviewer_qualification == "Datenschutzbeauftragte (TÜV)"
    assert review.status == Review.Status.APPROVED and review.profile == profile
    assert review.valid_until == today() + timedelta(days=365)


def test_a_reviewer_may_save_a_draft_without_dates(client, solution, reviewer):
    client.force_login(reviewer)
    client.post(create_url(solution), approval(status="draft", reviewed_on="", valid_until=""))
    assert Review.objects.get(solution=solution).status == Review.Status.DRAFT


@pytest.mark.parametrize("persona", ["staff", "volunteer", "org_admin"])
def test_non_reviewers_get_404_and_nothing_is_written(client, solution, persona, request):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(create_url(solution)).status_code == 404
    assert client.post(create_url(solution), approval()).status_code == 404
    assert not Review.objects.filter(solution=solution).exists()


def test_anonymous_visitors_are_sent_to_login(client, solution):
    response = client.post(create_url(solution), approval())
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert not Review.objects.filter(solution=solution).exists()


def test_a_former_reviewer_can_neither_write_nor_edit(client, solution, reviewer):
    review = makers.make_review(solution, reviewer=reviewer, status=Review.Status.DRAFT)
    reviewer.is_reviewer = False
    reviewer.save()
    client.force_login(reviewer)
    assert client.get(create_url(solution)).status_code == 404
    assert client.post(edit_url(review), approval()).status_code == 404
    assert Review.objects.get(pk=review.pk).status == Review.Status.DRAFT


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"reviewed_on": "", "valid_until": ""}, "reviewed_on", "Please enter the date of the review."),
        ({"valid_until": ""}, "valid_until", "An approval needs a date until which it is valid."),
        (
            {"valid_until": (today() - timedelta(days=1)).isoformat()},
            "valid_until",
            "The review must be valid until a date after the day it was made.",
        ),
        ({"scope": "   "}, "scope", None),
        ({"status": "rejected", "reviewed_on": ""}, "reviewed_on", "Please enter the date of the review."),
        ({"status": "gold"}, "status", None),
    ],
)
def test_a_verdict_without_its_dates_or_scope_shows_an_error_and_writes_nothing(
    client, solution, reviewer, overrides, field, message
):
    client.force_login(reviewer)
    response = client.post(create_url(solution), approval(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    if message:
        assert escape(de(message)) in response.content.decode()
    assert not Review.objects.filter(solution=solution).exists()


def test_an_approval_past_its_date_shows_as_expired_on_list_and_detail(client, solution, reviewer):
    client.force_login(reviewer)
    valid_until = today() + timedelta(days=30)
    client.post(create_url(solution), approval(valid_until=valid_until.isoformat()))
    client.logout()
    later = today() + timedelta(days=31)
    with mock.patch("django.utils.timezone.localdate", return_value=later):
        pages = [client.get(reverse("catalogue:list")), client.get(reverse("catalogue:detail", args=[solution.slug]))]
        state = Review.objects.get(solution=solution).current_status
    assert state == Review.Status.EXPIRED
    for page in pages:
        html = page.content.decode()
        assert expired_on(valid_until) in html
        assert "status-approved" not in html
    # The stored status is untouched: expiry is computed from the date, never flipped by a job.
    assert Review.objects.get(solution=solution).status == Review.Status.APPROVED


def test_the_author_edits_their_review_and_may_mark_it_expired(client, solution, reviewer):
    review = makers.make_review(solution, reviewer=reviewer, reviewer_name="Alter Name")
    client.force_login(reviewer)
    assert client.get(edit_url(review)).status_code == 200
    response = client.post(edit_url(review), approval(status="expired", findings="Version veraltet."))
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == Review.Status.EXPIRED and review.findings == "Version veraltet."
    assert review.reviewer_name == "Rita Reviewer"


def test_another_reviewer_cannot_edit_the_review(client, solution, reviewer):
    review = makers.make_review(solution, reviewer=reviewer, status=Review.Status.DRAFT)
    client.force_login(makers.make_reviewer())
    assert client.get(edit_url(review)).status_code == 404
    assert client.post(edit_url(review), approval()).status_code == 404
    assert Review.objects.get(pk=review.pk).status == Review.Status.DRAFT


def test_editing_with_bad_dates_keeps_the_review_as_it_was(client, solution, reviewer):
    review = makers.make_review(solution, reviewer=reviewer, status=Review.Status.DRAFT, valid_until=None)
    client.force_login(reviewer)
    response = client.post(edit_url(review), approval(valid_until=""))
    assert "valid_until" in response.context["form"].errors
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT and review.valid_until is None


@pytest.mark.parametrize("persona", ["staff", "volunteer", "org_admin"])
def test_non_reviewers_cannot_edit_reviews(client, solution, reviewer, persona, request):
    review = makers.make_review(solution, reviewer=reviewer)
    client.force_login(request.getfixturevalue(persona))
    assert client.post(edit_url(review), approval(status="rejected")).status_code == 404
    assert Review.objects.get(pk=review.pk).status == Review.Status.APPROVED


def test_the_services_refuse_non_reviewers_and_non_authors(solution, reviewer, staff):
    data = dict.fromkeys(reviews.EDITABLE_FIELDS) | {"status": "draft", "scope": "x"}
    with pytest.raises(RuleViolation):
        reviews.create_review(solution, staff, data)
    review = makers.make_review(solution, reviewer=reviewer)
    with pytest.raises(RuleViolation):
        reviews.update_review(review, makers.make_reviewer(), data)
    assert Review.objects.filter(solution=solution).count() == 1


def test_the_access_helper_gives_404_to_anonymous_visitors(solution, reviewer):
    review = makers.make_review(solution, reviewer=reviewer)
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with pytest.raises(Http404):
        access.review_for_author(request, review.pk)
    request.user = reviewer
    assert access.review_for_author(request, review.pk) == review
