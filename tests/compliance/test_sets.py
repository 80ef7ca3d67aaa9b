"""compliance:requirement_sets, requirement_set, approve_set, requirement — public pages; only reviewers approve."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.catalogue.models import Coverage, DeploymentProfile, Solution
from techpaten.compliance.models import Requirement, RequirementSet
from techpaten.taxonomy.models import UseCase
from tests.conftest import login
from tests.texts import de

from .factories_compliance import approved, fresh_set, make_requirement, make_set


@pytest.fixture
def avv(db) -> Requirement:
    return make_requirement("t-avv", title_de="AVV abschließen", bsi_refs="APP.5.3", document="avv")


@pytest.fixture
def draft(avv) -> RequirementSet:
    return fresh_set("sonstige", "passwords", [avv], notes_de="Nur ein Test.")


def set_url(requirement_set: RequirementSet) -> str:
    return reverse("compliance:requirement_set", args=[requirement_set.pk])


def approve_url(requirement_set: RequirementSet) -> str:
    return reverse("compliance:approve_set", args=[requirement_set.pk])


def test_the_overview_shows_the_version_in_use_per_sector_and_use_case(client, avv):
    old = approved(fresh_set("sonstige", "passwords", [avv]))
    newer = make_set("sonstige", "passwords", [avv], version=2)
    fresh_set("sonstige", "training", [avv])
    RequirementSet.objects.filter(sector__slug="sonstige", use_case__slug="network").delete()
    response = client.get(reverse("compliance:requirement_sets"), {"sector": "sonstige"})
    html = response.content.decode()
    assert response.status_code == 200
    assert set_url(old) in html and set_url(newer) in html
    with translation.override("de"):
        assert gettext("approved v%(version)s") % {"version": 1} in html
        assert gettext("draft v%(version)s") % {"version": 2} in html
        assert gettext("no set yet") in html
    assert 'id="sector-sonstige"' in html and 'id="sector-kita"' not in html


def test_the_overview_filters_by_use_case(client, draft):
    response = client.get(reverse("compliance:requirement_sets"), {"use_case": "passwords"})
    html = response.content.decode()
    assert set_url(draft) in html
    assert f'<th scope="row">{UseCase.objects.get(slug="passwords").name_de}</th>' in html
    assert f'<th scope="row">{UseCase.objects.get(slug="photos").name_de}</th>' not in html


def test_an_unknown_filter_value_shows_everything(client, draft):
    response = client.get(reverse("compliance:requirement_sets"), {"sector": "no-such-sector"})
    assert response.status_code == 200 and set_url(draft) in response.content.decode()


def test_the_overview_takes_as_many_queries_for_many_sets_as_for_one(client, avv, django_assert_num_queries):
    url = reverse("compliance:requirement_sets")
    RequirementSet.objects.all().delete()
    make_set("sonstige", "passwords", [avv])
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for use_case in UseCase.objects.exclude(slug="passwords"):
        approved(make_set("sonstige", use_case.slug, [avv]))
        make_set("sonstige", use_case.slug, [avv], version=2)
    with django_assert_num_queries(len(one)):
        assert client.get(url).status_code == 200


def test_the_set_page_shows_the_requirements_the_draft_state_and_the_versions(client, draft, avv):
    second = make_set("sonstige", "passwords", [avv], version=2)
    response = client.get(set_url(draft))
    html = response.content.decode()
    assert response.status_code == 200
    for fact in ("AVV abschließen", "Art. 28(3) DSGVO", "APP.5.3", "M60.P03", "Nur ein Test."):
        assert fact in html
    assert de("Draft — not yet approved by a reviewer.") in html
    assert set_url(second) in html
    assert approve_url(draft) not in html  # only reviewers see the button


def test_an_approved_set_names_its_reviewer(client, draft):
    approved(draft, name="Dr. Dora Datenschutz")
    html = client.get(set_url(draft)).content.decode()
    assert "Dr. Dora Datenschutz" in html
    assert de("Draft — not yet approved by a reviewer.") not in html


def test_a_reviewer_sees_the_button_and_approves(client, reviewer, draft):
    login(client, reviewer)
    assert approve_url(draft) in client.get(set_url(draft)).content.decode()
    response = client.post(approve_url(draft), follow=True)
    draft.refresh_from_db()
    assert response.redirect_chain[-1][0] == set_url(draft)
    assert draft.status == "approved" and draft.approved_by == reviewer and draft.approved_by_name == "Rita Reviewer"
    html = response.content.decode()
    assert "Rita Reviewer" in html
    assert approve_url(draft) not in html


def test_approving_twice_says_so_and_changes_nothing(client, reviewer, draft):
    approved(draft, name="Erste Prüferin")
    login(client, reviewer)
    response = client.post(approve_url(draft), follow=True)
    assert de("This version has already been approved.") in response.content.decode()
    draft.refresh_from_db()
    assert draft.approved_by_name == "Erste Prüferin" and draft.approved_by is None


def test_staff_and_others_cannot_approve(client, staff, org_admin, volunteer, draft):
    for user in (staff, org_admin, volunteer):
        login(client, user)
        assert client.post(approve_url(draft)).status_code == 404
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.approved_at is None


def test_approving_is_post_only_and_needs_a_login(client, reviewer, draft):
    response = client.post(approve_url(draft))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    login(client, reviewer)
    assert client.get(approve_url(draft)).status_code == 405
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_an_unknown_set_is_404(client, reviewer):
    assert client.get(reverse("compliance:requirement_set", args=[999999])).status_code == 404
    login(client, reviewer)
    assert client.post(reverse("compliance:approve_set", args=[999999])).status_code == 404


def test_the_requirement_page_shows_its_sets_and_how_solutions_cover_it(client, draft, avv):
    solution = Solution.objects.create(
        slug="t-vault", name="Tresor Test", software="Vaultwarden", summary_de="Passwörter", summary_en="Passwords"
    )
    profile = DeploymentProfile.objects.create(solution=solution, slug="hardened", name="Tresor gehärtet")
    Coverage.objects.create(
        profile=profile, requirement=avv, level=Coverage.Level.PARTIAL, statement_de="Nur mit AVV des Hosters."
    )
    response = client.get(reverse("compliance:requirement", args=["t-avv"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "AVV abschließen" in html and "Art. 28(3) DSGVO" in html
    assert set_url(draft) in html
    assert "Tresor Test" in html and "Tresor gehärtet" in html and "Nur mit AVV des Hosters." in html
    assert str(Coverage.Level.PARTIAL.label) in html or de("partly satisfied") in html


def test_an_unknown_requirement_is_404(client, db):
    assert client.get(reverse("compliance:requirement", args=["t-unknown"])).status_code == 404
