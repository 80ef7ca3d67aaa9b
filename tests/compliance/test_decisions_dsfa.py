"""The DSFA screening: the WP248 threshold, pre-answers from the data, dated storage and the page for participants."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from techpaten.compliance import dsfa
from techpaten.compliance.models import DsfaScreening
from techpaten.offers import services as offer_services
from techpaten.privacy.services import delete_account
from techpaten.taxonomy.models import Sector

from .. import factories

CRITERIA = DsfaScreening.CRITERIA


def screening_with(need, count: int, **extra) -> DsfaScreening:
    return DsfaScreening.objects.create(need=need, **dict.fromkeys(CRITERIA[:count], True), **extra)


def need_in(sector: str, use_cases: tuple[str, ...]):
    organisation = factories.make_organisation(sector=Sector.objects.get(slug=sector))
    return factories.make_need(organisation, use_cases=use_cases)


def url(need) -> str:
    return reverse("compliance:dsfa", args=[need.pk])


# The decision


@pytest.mark.parametrize(("count", "presumed"), [(0, False), (1, False), (2, True), (3, True), (9, True)])
def test_two_or_more_criteria_presume_a_dsfa_necessary(need, count, presumed):
    screening = screening_with(need, count)
    result = dsfa.outcome(screening)
    assert screening.presumed_necessary is presumed
    assert result.presumed_necessary is presumed
    assert result.count == count
    assert result.criteria_met == CRITERIA[:count]
    assert bool(result.contents) is presumed


def outcome_in_english(screening: DsfaScreening) -> dsfa.Result:
    """The texts are written in English with the English citation style, e.g. "Art. 35(7)(a)"."""
    with translation.override("en"):
        return dsfa.outcome(screening)


def test_a_presumed_dsfa_lists_the_minimum_content_of_art_35_7(need):
    result = outcome_in_english(screening_with(need, 2))
    contents = " ".join(result.contents)
    for item in ("35(7)(a)", "35(7)(b)", "35(7)(c)", "35(7)(d)", "purposes", "proportionality", "risks", "measures"):
        assert item in contents
    assert "CNIL" in result.next_step


def test_no_presumed_dsfa_says_to_keep_the_screening_as_documentation(need):
    result = dsfa.outcome(screening_with(need, 1))
    assert "Kurzpapier" in result.next_step
    assert result.contents == ()


@pytest.mark.parametrize("count", [0, 2])
def test_the_outcome_always_points_to_art_35_3_and_the_muss_liste(need, count):
    also = " ".join(outcome_in_english(screening_with(need, count)).also_check)
    assert "Art. 35(3)" in also and "Muss-Liste" in also


# Pre-answers from the data


@pytest.mark.parametrize(
    ("sector", "use_cases", "ticked"),
    [
        # Finding 7: ordinary Kita photos are not pre-ticked as highly personal data; children stay vulnerable.
        ("kita", ("photos",), {"vulnerable_subjects"}),
        ("kita", ("files", "calendar"), {"vulnerable_subjects"}),
        ("schule", ("video",), {"vulnerable_subjects"}),
        ("schule", ("photos",), {"vulnerable_subjects"}),
        ("verein", ("photos",), set()),
        ("wg", ("files",), set()),
    ],
)
def test_the_screening_is_pre_answered_where_the_data_tell(db, sector, use_cases, ticked):
    answers = dsfa.prefill(need_in(sector, use_cases))
    assert set(answers) == set(CRITERIA)
    assert {name for name, (on, _reason) in answers.items() if on} == ticked
    for name, (on, reason) in answers.items():
        assert bool(reason) is on, name  # a reason for each pre-answer, none for the rest


def test_the_pre_answer_for_a_kita_explains_why_and_photos_are_left_to_whoever_answers(db):
    need = need_in("kita", ("photos",))
    with translation.override("en"):
        answers = dsfa.prefill(need)
    assert "children" in answers["vulnerable_subjects"][1]
    assert answers["sensitive_data"] == (False, "")
    with translation.override("en"):
        explanation = str(dsfa.QUESTIONS["sensitive_data"][1])
    assert "Ordinary group photos of events are not what WP248 means" in explanation


def test_a_club_that_says_it_holds_children_s_data_is_pre_answered_vulnerable(db):
    from techpaten.compliance.models import NeedContext

    need = need_in("verein", ("photos",))
    assert not dsfa.prefill(need)["vulnerable_subjects"][0]
    NeedContext.objects.create(need=need, children_data=True)
    ticked, reason = dsfa.prefill(need)["vulnerable_subjects"]
    assert ticked and reason


@pytest.mark.parametrize("count", [0, 1, 2])
def test_the_outcome_says_one_criterion_can_suffice(need, count):
    result = outcome_in_english(screening_with(need, count))
    assert any("One criterion can be enough" in line for line in result.also_check)


# Storing


def test_record_stores_a_dated_screening_with_its_author(need, org_admin):
    screening = dsfa.record(need, org_admin, {"vulnerable_subjects": True, "sensitive_data": True}, "Fotos der Gruppe")
    screening.refresh_from_db()
    assert screening.created_by == org_admin
    assert screening.created_by_name == "Anna Admin"
    assert timezone.localdate(screening.created_at) == timezone.localdate()
    assert screening.presumed_necessary is True
    assert screening.notes == "Fotos der Gruppe"


def test_record_refuses_notes_that_are_too_long_and_writes_nothing(need, org_admin):
    with pytest.raises(ValidationError):
        dsfa.record(need, org_admin, {}, "x" * 4001)
    assert DsfaScreening.objects.count() == 0


def test_a_deleted_account_leaves_the_screening_to_the_organisation_without_the_name(admin_client_, need, org_member):
    # The organisation must still show its screening (Art. 5(2) GDPR), but no longer who the deleted person was.
    screening = dsfa.record(need, org_member, {})
    delete_account(org_member)
    screening.refresh_from_db()
    assert screening.created_by is None
    assert screening.created_by_name == ""
    html = admin_client_.get(url(need)).content.decode()
    with translation.override("de"):
        assert gettext("deleted user") in html
    assert "Mia Mitglied" not in html


# The page


def test_the_page_shows_the_nine_questions_pre_answered_for_a_kita(admin_client_, need):
    response = admin_client_.get(url(need))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'method="post"' in html
    for name in CRITERIA:
        assert f'name="{name}"' in html
    assert 'id="id_vulnerable_subjects" checked' in html
    assert 'id="id_monitoring" checked' not in html
    with translation.override("de"):
        assert gettext("No screening stored yet.") in html
        # The pre-answer's reason (WP248; Recital 38 GDPR), in German.
        reason = gettext(
            "Pre-answered: a Kita looks after children, and children are people who need special protection "
            "(WP248; Recital 38 GDPR)."
        )
        assert escape(reason) in html


def test_the_page_starts_from_the_latest_screening_rather_than_the_pre_answers(admin_client_, need):
    screening_with(need, 0, monitoring=True)
    html = admin_client_.get(url(need)).content.decode()
    assert 'id="id_monitoring" checked' in html
    assert 'id="id_vulnerable_subjects" checked' not in html


def test_posting_stores_a_new_screening_and_redirects_with_a_message(admin_client_, need):
    data = {"vulnerable_subjects": "on", "sensitive_data": "on", "notes": "Portfolio-Fotos"}
    response = admin_client_.post(url(need), data, follow=True)
    assert response.redirect_chain == [(url(need), 302)]
    screening = DsfaScreening.objects.get()
    assert screening.need == need and screening.presumed_necessary
    assert screening.created_by_name == "Anna Admin"
    html = response.content.decode()
    with translation.override("de"):
        assert escape(gettext("The screening is stored with today's date.")) in html
        assert gettext("DSFA presumed necessary") in html
        assert (
            escape(gettext("A systematic description of the processing and its purposes (Art. 35(7)(a) GDPR).")) in html
        )
    assert "Portfolio-Fotos" in html


def test_storing_again_keeps_the_history_newest_first(admin_client_, need, org_member):
    older = dsfa.record(need, org_member, {"monitoring": True})
    DsfaScreening.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=30))
    admin_client_.post(url(need), {"vulnerable_subjects": "on", "large_scale": "on"})
    assert DsfaScreening.objects.count() == 2
    response = admin_client_.get(url(need))
    history = [screening.pk for screening, _outcome in response.context["history"]]
    assert history[1] == older.pk
    html = response.content.decode()
    table = html[html.index('id="history-heading"') :]
    assert table.index("Anna Admin") < table.index("Mia Mitglied")


def test_notes_that_are_too_long_show_an_error_and_store_nothing(admin_client_, need):
    response = admin_client_.post(url(need), {"vulnerable_subjects": "on", "notes": "x" * 4001})
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert response.context["form"].errors["notes"]
    assert DsfaScreening.objects.count() == 0


def test_the_active_team_may_answer_the_screening(client, need, volunteer, org_admin):
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    client.force_login(volunteer)
    assert client.get(url(need)).status_code == 200
    response = client.post(url(need), {"monitoring": "on"})
    assert response.status_code == 302
    assert DsfaScreening.objects.get().created_by_name == "Vera Volunteer"


def test_a_plain_member_may_answer_the_screening(member_client, need):
    assert member_client.post(url(need), {}).status_code == 302
    assert DsfaScreening.objects.count() == 1


@pytest.mark.parametrize("persona", ["other_member", "volunteer", "staff"])
def test_outsiders_get_404_and_write_nothing(client, need, persona, request):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(url(need)).status_code == 404
    assert client.post(url(need), {"monitoring": "on"}).status_code == 404
    assert DsfaScreening.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login(client, need):
    response = client.get(url(need))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert client.post(url(need), {"monitoring": "on"}).status_code == 302
    assert DsfaScreening.objects.count() == 0


def test_the_page_needs_the_same_number_of_queries_for_one_and_many_screenings(admin_client_, need, org_admin):
    dsfa.record(need, org_admin, {"monitoring": True})
    with CaptureQueriesContext(connection) as one:
        admin_client_.get(url(need))
    for count in range(20):
        screening_with(need, count % 10, created_by_name=f"Person {count}")
    with CaptureQueriesContext(connection) as many:
        response = admin_client_.get(url(need))
    assert len(response.context["history"]) == 21
    assert len(many) == len(one)
