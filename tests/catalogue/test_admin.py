"""The catalogue in the admin: staff keep solutions, profiles and reviews, but only reviewers approve or reject."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from techpaten.catalogue.admin import ReviewAdminForm
from techpaten.catalogue.models import Review, Solution
from techpaten.taxonomy.models import UseCase
from tests import factories

from . import makers
from .makers import today


def grant_catalogue_rights(user) -> None:
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="catalogue"))


@pytest.fixture
def catalogue_staff(staff):
    grant_catalogue_rights(staff)
    return staff


@pytest.fixture
def staff_reviewer(db):
    user = factories.make_user("dora.dsb@techpaten.example", name="Dora DSB", is_staff=True, is_reviewer=True)
    factories.add_totp(user)
    grant_catalogue_rights(user)
    return user


def review_data(solution, **overrides) -> dict[str, str]:
    data = {
        "solution": str(solution.pk),
        "profile": "",
        "reviewer": "",
        "reviewer_name": "Dr. Daten Schutz",
        "reviewer_qualification": "Rechtsanwalt",
        "status": "approved",
        "reviewed_on": today().isoformat(),
        "valid_until": (today() + timedelta(days=365)).isoformat(),
        "scope": "Nextcloud 32",
        "findings": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("status", ["approved", "rejected"])
def test_staff_cannot_approve_or_reject_in_the_admin(client, catalogue_staff, status):
    solution = makers.make_solution()
    client.force_login(catalogue_staff)
    response = client.post(reverse("admin:catalogue_review_add"), review_data(solution, status=status))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Review.objects.filter(solution=solution).exists()


def test_staff_cannot_turn_a_draft_into_an_approval(client, catalogue_staff):
    review = makers.make_review(makers.make_solution(), status=Review.Status.DRAFT)
    client.force_login(catalogue_staff)
    url = reverse("admin:catalogue_review_change", args=[review.pk])
    response = client.post(url, review_data(review.solution))
    assert response.status_code == 200
    assert Review.objects.get(pk=review.pk).status == Review.Status.DRAFT


def test_staff_may_save_drafts_and_mark_a_review_expired(client, catalogue_staff):
    solution = makers.make_solution()
    client.force_login(catalogue_staff)
    response = client.post(reverse("admin:catalogue_review_add"), review_data(solution, status="draft"))
    assert response.status_code == 302
    review = makers.make_review(solution)
    url = reverse("admin:catalogue_review_change", args=[review.pk])
    assert client.post(url, review_data(solution, status="expired")).status_code == 302
    assert Review.objects.get(pk=review.pk).status == Review.Status.EXPIRED


def test_a_reviewer_on_the_staff_approves_in_the_admin_under_their_own_name(client, staff_reviewer):
    solution = makers.make_solution()
    client.force_login(staff_reviewer)
    response = client.post(reverse("admin:catalogue_review_add"), review_data(solution))
    assert response.status_code == 302
    review = Review.objects.get(solution=solution)
    assert review.status == Review.Status.APPROVED
    assert review.reviewer == staff_reviewer and review.reviewer_name == "Dora DSB"


def test_the_admin_asks_for_the_dates_of_an_approval_too(client, staff_reviewer):
    solution = makers.make_solution()
    client.force_login(staff_reviewer)
    response = client.post(reverse("admin:catalogue_review_add"), review_data(solution, valid_until=""))
    assert "valid_until" in response.context["adminform"].form.errors
    assert not Review.objects.filter(solution=solution).exists()


def test_the_admin_form_refuses_a_verdict_from_a_user_who_is_no_reviewer(staff, reviewer):
    solution = makers.make_solution()
    data = review_data(solution)
    form = type("Form", (ReviewAdminForm,), {"user": staff})(data)
    assert not form.is_valid() and "status" in form.errors
    form = type("Form", (ReviewAdminForm,), {"user": reviewer})(data)
    assert form.is_valid(), form.errors


def test_staff_edit_solutions_with_their_profiles_and_profiles_with_baseline_and_coverage(client, catalogue_staff):
    solution = makers.make_solution()
    profile = makers.make_profile(solution)
    makers.add_setting(profile)
    makers.add_coverage(profile, makers.make_requirement())
    client.force_login(catalogue_staff)
    solution_page = client.get(reverse("admin:catalogue_solution_change", args=[solution.pk]))
    profile_page = client.get(reverse("admin:catalogue_deploymentprofile_change", args=[profile.pk]))
    assert solution_page.status_code == 200 and profile.name in solution_page.content.decode()
    assert profile_page.status_code == 200
    inlines = {formset.opts.model._meta.model_name for formset in profile_page.context["inline_admin_formsets"]}
    assert inlines == {"baselinesetting", "coverage"}
    for name in ("solution", "deploymentprofile", "review"):
        assert client.get(reverse(f"admin:catalogue_{name}_changelist")).status_code == 200


def test_staff_give_solutions_and_profiles_their_english_name_in_the_admin(client, catalogue_staff):
    client.force_login(catalogue_staff)
    data = {
        "slug": "schulcloud",
        "name": "Schulcloud",
        "name_en": "School cloud",
        "software": "Nextcloud",
        "summary_de": "Dateien.",
        "summary_en": "Files.",
        "use_cases": [str(UseCase.objects.get(slug="files").pk)],
        "eu_hosting": "on",
        "contract_by": "organisation",
        "cost_min_cents": "0",
        "cost_max_cents": "0",
        "position": "900",
        "profiles-TOTAL_FORMS": "1",
        "profiles-INITIAL_FORMS": "0",
        "profiles-MIN_NUM_FORMS": "0",
        "profiles-MAX_NUM_FORMS": "1000",
        "profiles-0-name": "Nextcloud 32, gehärtet",
        "profiles-0-name_en": "Nextcloud 32, hardened",
        "profiles-0-slug": "hardened",
        "profiles-0-software_version": "32",
    }
    response = client.post(reverse("admin:catalogue_solution_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    solution = Solution.objects.get(slug="schulcloud")
    assert (solution.name, solution.name_en) == ("Schulcloud", "School cloud")
    profiles = list(solution.profiles.values_list("name", "name_en"))
    assert profiles == [("Nextcloud 32, gehärtet", "Nextcloud 32, hardened")]
    found = client.get(reverse("admin:catalogue_solution_changelist"), {"q": "School cloud"})
    assert list(found.context["cl"].result_list) == [solution]
