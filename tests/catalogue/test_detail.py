"""catalogue:detail — a solution with its hosting, cost, profiles (baseline, coverage) and public reviews."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import escape

from techpaten.catalogue.models import BaselineSetting, Coverage, Review
from tests.texts import de

from . import makers
from .makers import approved_until, expired_on

DISCLAIMER = (
    "Reviews are generic vetting of a solution and its configuration by a registered data-protection officer or "
    "lawyer, not individual legal advice. Your organisation remains responsible for how it uses the solution."
)


def url(solution) -> str:
    return reverse("catalogue:detail", args=[solution.slug])


@pytest.fixture
def solution(db):
    return makers.make_solution(
        name="Dateiablage für Vereine",
        software="Nextcloud",
        use_cases=("files", "calendar"),
        sectors=("verein",),
        hosting_notes_de="Bei einem Hoster in Deutschland; der Verein schließt den AVV mit dem Hoster.",
        cost_min_cents=400,
        cost_max_cents=900,
    )


def test_anonymous_visitors_see_summary_use_cases_sectors_hosting_and_cost(client, solution):
    response = client.get(url(solution))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dateiablage für Vereine" in html and "Dateien sicher teilen." in html
    for term in [*solution.use_cases.all(), *solution.sectors.all()]:
        assert f'<li class="tag">{term.name_de}</li>' in html
    assert escape(solution.hosting_notes_de) in html
    assert escape(de("the organisation signs the hosting contract and the hoster's AVV")) in html
    assert "4\u00a0€" in html and "9\u00a0€" in html


def test_a_solution_without_sectors_suits_all(client, db):
    solution = makers.make_solution()
    assert de("all sectors") in client.get(url(solution)).content.decode()


def test_profiles_show_their_baseline_and_what_they_cover(client, solution):
    profile = makers.make_profile(solution, name="Nextcloud 32, Preset CLUB, gehärtet")
    makers.add_setting(profile, kind=BaselineSetting.Kind.APP_DISABLED, setting="federatedfilesharing")
    makers.add_setting(
        profile, kind=BaselineSetting.Kind.VALUE, setting="share_link_expire_days", value="30", reason_de="Links enden"
    )
    avv = makers.make_requirement(code="test-avv", title_de="AVV mit dem Hoster")
    logs = makers.make_requirement(code="test-logs", title_de="Protokolle kurz halten")
    consent = makers.make_requirement(code="test-consent", title_de="Einwilligung der Eltern")
    makers.add_coverage(profile, consent, level=Coverage.Level.ORGANISATION, statement_de="Das macht die Kita selbst.")
    makers.add_coverage(profile, logs, level=Coverage.Level.PARTIAL, statement_de="Logrotation nach 14 Tagen.")
    makers.add_coverage(profile, avv)
    html = client.get(url(solution)).content.decode()
    assert "Nextcloud 32, Preset CLUB, gehärtet" in html
    assert "<code>federatedfilesharing</code>" in html and escape(de("app must stay disabled")) in html
    assert "<code>share_link_expire_days</code>" in html and "<code>30</code>" in html
    assert "Links enden" in html
    # Satisfied, partly satisfied, left to the organisation: in that order, each with its statement and link.
    positions = [
        html.index(f'href="{reverse("compliance:requirement", args=[code])}"')
        for code in ("test-avv", "test-logs", "test-consent")
    ]
    assert positions == sorted(positions)
    assert escape(de("left to the organisation")) in html and "Das macht die Kita selbst." in html
    assert escape(de("partly satisfied")) in html and "Logrotation nach 14 Tagen." in html
    assert '<th scope="col">' in html and '<th scope="row">' in html


def test_public_reviews_show_reviewer_qualification_dates_scope_and_findings(client, solution):
    review = makers.make_review(solution, reviewer_name="Dr. Petra Prüfer", scope="Nur die Web-Oberfläche")
    makers.make_review(solution, status=Review.Status.DRAFT, scope="Geheimer Entwurf")
    html = client.get(url(solution)).content.decode()
    assert "Dr. Petra Prüfer" in html and escape(review.reviewer_qualification) in html
    assert approved_until(review.valid_until) in html
    assert "Nur die Web-Oberfläche" in html and escape(review.findings) in html
    assert "Geheimer Entwurf" not in html
    assert escape(de(DISCLAIMER)) in html


def test_an_approval_past_its_date_shows_as_expired(client, solution):
    review = makers.make_expired_review(solution)
    html = client.get(url(solution)).content.decode()
    assert expired_on(review.valid_until) in html
    assert "status-approved" not in html


def test_a_reviewer_sees_the_link_to_write_a_review_and_their_own_drafts(client, solution, reviewer):
    draft = makers.make_review(solution, status=Review.Status.DRAFT, reviewer=reviewer, scope="Mein Entwurf")
    client.force_login(reviewer)
    html = client.get(url(solution)).content.decode()
    assert reverse("catalogue:review_create", args=[solution.slug]) in html
    assert "Mein Entwurf" in html
    assert reverse("catalogue:review_edit", args=[draft.pk]) in html


def test_other_reviewers_see_neither_the_draft_nor_the_edit_link(client, solution, reviewer):
    draft = makers.make_review(solution, status=Review.Status.DRAFT, reviewer=reviewer, scope="Mein Entwurf")
    approval = makers.make_review(solution, reviewer=reviewer)
    other = makers.make_reviewer()
    client.force_login(other)
    html = client.get(url(solution)).content.decode()
    assert "Mein Entwurf" not in html
    assert reverse("catalogue:review_edit", args=[draft.pk]) not in html
    assert reverse("catalogue:review_edit", args=[approval.pk]) not in html
    assert reverse("catalogue:review_create", args=[solution.slug]) in html


@pytest.mark.parametrize("persona", ["org_admin", "volunteer", "staff"])
def test_everybody_else_gets_no_link_to_write_a_review(client, solution, persona, request):
    client.force_login(request.getfixturevalue(persona))
    html = client.get(url(solution)).content.decode()
    assert reverse("catalogue:review_create", args=[solution.slug]) not in html


def test_an_unknown_solution_is_404(client, db):
    assert client.get(reverse("catalogue:detail", args=["gibt-es-nicht"])).status_code == 404


def test_the_detail_page_runs_a_constant_number_of_queries(client, solution, django_assert_num_queries):
    def add_profile() -> None:
        profile = makers.make_profile(solution)
        makers.add_setting(profile)
        makers.add_coverage(profile, makers.make_requirement())
        makers.make_review(solution, profile=profile)

    add_profile()
    # one of them the knowledge base's section: the articles about the solution
    with django_assert_num_queries(8) as one:
        client.get(url(solution))
    for _ in range(5):
        add_profile()
    with django_assert_num_queries(len(one.captured_queries)):
        client.get(url(solution))
