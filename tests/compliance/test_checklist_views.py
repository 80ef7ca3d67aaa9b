"""compliance:need_checklist, mark_item, need_context, engagement_checklist — for members and the active team only."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import ChecklistEntry, NeedContext, Requirement
from techpaten.engagements.models import Engagement
from techpaten.paperwork.models import HelperRole, ProcessingDetails
from techpaten.taxonomy.models import UseCase
from tests import factories
from tests.conftest import login
from tests.texts import de

from .factories_compliance import approved, engage, fresh_set, make_requirement


def checklist_url(need) -> str:
    return reverse("compliance:need_checklist", args=[need.pk])


def mark_url(need, code: str) -> str:
    return reverse("compliance:mark_item", args=[need.pk, code])


@pytest.fixture
def avv(db) -> Requirement:
    return make_requirement(
        "t-avv", title_de="AVV abschließen", legal_basis="Art. 28(3) DSGVO", sdm_refs="M60.P03", document="avv"
    )


@pytest.fixture
def draft_set(avv):
    return fresh_set("kita", "photos", [avv, make_requirement("t-should", level=Requirement.Level.SHOULD)])


def test_members_see_the_checklist_with_every_fact_of_an_item(member_client, need, draft_set):
    response = member_client.get(checklist_url(need))
    html = response.content.decode()
    assert response.status_code == 200
    for fact in (
        "AVV abschließen",
        "Art. 28(3) DSGVO",
        "M60.P03",
        "CON.3",
        "DSK Kurzpapier Nr. 13",
        "Unterschriebener Vertrag",
    ):
        assert fact in html
    assert UseCase.objects.get(slug="photos").name_de in html
    assert "0 von 2 erledigt" in html or "0 of 2" in html
    assert reverse("compliance:dsfa", args=[need.pk]) in html
    assert reverse("compliance:role_finder") in html


def test_a_draft_set_is_announced_as_not_yet_reviewed_and_an_approved_one_is_not(admin_client_, need, draft_set):
    notice = de(
        "The requirements for %(sector)s \N{MULTIPLICATION SIGN} %(use_case)s (version %(version)s) are a draft, "
        "not yet approved by a reviewer."
    )
    start = notice.split("%(sector)s")[0]
    assert start in admin_client_.get(checklist_url(need)).content.decode()
    approved(draft_set)
    assert start not in admin_client_.get(checklist_url(need)).content.decode()


def test_the_helpful_document_is_linked_once_a_team_is_engaged_and_the_role_offers_it(
    client, need, volunteer, org_admin, draft_set
):
    login(client, org_admin)
    assert "/documents/avv/" not in client.get(checklist_url(need)).content.decode()
    engagement = engage(need, volunteer, org_admin)
    html = client.get(checklist_url(need)).content.decode()
    # The AVV is offered only once the role finder's verdict says the team is a processor (finding 8).
    assert reverse("paperwork:document", args=[engagement.pk, "avv"]) not in html
    assert reverse("compliance:engagement_checklist", args=[engagement.pk]) in html
    ProcessingDetails.objects.create(engagement=engagement, helper_role=HelperRole.PROCESSOR)
    html = client.get(checklist_url(need)).content.decode()
    assert reverse("paperwork:document", args=[engagement.pk, "avv"]) in html


def test_the_team_member_sees_the_checklist_and_marks_an_item(client, need, volunteer, org_admin, draft_set):
    engage(need, volunteer, org_admin)
    login(client, volunteer)
    assert client.get(checklist_url(need)).status_code == 200
    response = client.post(mark_url(need, "t-avv"), {"done": "on", "evidence_note": "Vertrag vom 3. März"}, follow=True)
    entry = ChecklistEntry.objects.get()
    assert (entry.done, entry.evidence_note, entry.updated_by) == (True, "Vertrag vom 3. März", volunteer)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("#item-t-avv")
    assert "Vertrag vom 3. März" in html and "Vera Volunteer" in html
    assert "1 von 2 erledigt" in html or "1 of 2" in html


def test_the_team_of_an_ended_engagement_no_longer_works_on_the_checklist(
    client, need, volunteer, org_admin, draft_set
):
    # The compliance app once counted any team member, ignoring the engagement's status (issue 10).
    engagement = engage(need, volunteer, org_admin)
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    login(client, volunteer)
    assert client.get(checklist_url(need)).status_code == 404
    assert client.post(mark_url(need, "t-avv"), {"done": "on"}).status_code == 404
    assert ChecklistEntry.objects.count() == 0


def test_outsiders_staff_and_volunteers_without_a_match_get_404(
    client, need, other_member, staff, volunteer, draft_set
):
    factories.make_offer(need, volunteer)  # pending: not on the team yet
    for user in (other_member, staff, volunteer):
        login(client, user)
        assert client.get(checklist_url(need)).status_code == 404
        assert client.post(mark_url(need, "t-avv"), {"done": "on"}).status_code == 404
        assert (
            client.post(reverse("compliance:need_context", args=[need.pk]), {"third_party_data": "yes"}).status_code
            == 404
        )
    assert ChecklistEntry.objects.count() == 0 and NeedContext.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login(client, need, draft_set):
    for response in (client.get(checklist_url(need)), client.post(mark_url(need, "t-avv"), {"done": "on"})):
        assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert ChecklistEntry.objects.count() == 0


def test_marking_and_the_context_are_post_only(admin_client_, need, draft_set):
    assert admin_client_.get(mark_url(need, "t-avv")).status_code == 405
    assert admin_client_.get(reverse("compliance:need_context", args=[need.pk])).status_code == 405


def test_a_too_long_note_is_shown_again_with_an_error_and_nothing_is_written(admin_client_, need, draft_set):
    note = "x" * 2001
    response = admin_client_.post(mark_url(need, "t-avv"), {"done": "on", "evidence_note": note})
    html = response.content.decode()
    assert response.status_code == 200
    assert de("Please correct the marked fields.") in html
    assert note in html  # the text is not lost
    assert ChecklistEntry.objects.count() == 0


def test_an_unknown_code_is_404_and_a_code_off_the_checklist_an_error(admin_client_, need, draft_set):
    make_requirement("t-elsewhere")
    assert admin_client_.post(mark_url(need, "t-does-not-exist"), {"done": "on"}).status_code == 404
    response = admin_client_.post(mark_url(need, "t-elsewhere"), {"done": "on"}, follow=True)
    assert de("This requirement is not on the checklist of this need.") in response.content.decode()
    assert ChecklistEntry.objects.count() == 0


@pytest.fixture
def wg_need(org_admin):
    wg = factories.make_organisation(admin=org_admin, sector=factories.Sector.objects.get(slug="wg"))
    exempt = make_requirement("t-household-only", household=Requirement.Household.EXEMPT, title_de="Nur Haushalt")
    full = make_requirement("t-full-gdpr", household=Requirement.Household.NOT_EXEMPT, title_de="Volle DSGVO")
    fresh_set("wg", "files", [exempt, full])
    return factories.make_need(wg, created_by=org_admin, use_cases=("files",))


def test_a_wg_is_asked_whether_it_goes_beyond_private_life_and_told_when_the_exemption_ends(admin_client_, wg_need):
    url = checklist_url(wg_need)
    html = admin_client_.get(url).content.decode()
    assert reverse("compliance:need_context", args=[wg_need.pk]) in html
    assert 'name="beyond_household"' in html and 'name="children_data"' in html
    assert "Nur Haushalt" in html and "Volle DSGVO" not in html

    # An address book with friends' and the landlord's contacts is a household matter (Recital 18): still exempt.
    admin_client_.post(
        reverse("compliance:need_context", args=[wg_need.pk]), {"beyond_household": "no", "children_data": "no"}
    )
    assert "Nur Haushalt" in admin_client_.get(url).content.decode()

    response = admin_client_.post(
        reverse("compliance:need_context", args=[wg_need.pk]),
        {"beyond_household": "yes", "children_data": "no"},
        follow=True,
    )
    html = response.content.decode()
    assert NeedContext.objects.get(need=wg_need).beyond_household is True
    assert "C-101/01 Lindqvist" in html and "C-212/13" in html
    assert "Volle DSGVO" in html and "Nur Haushalt" not in html


def test_a_wg_with_an_outside_volunteer_stays_exempt_and_is_told_the_helper_is_bound(
    client, wg_need, volunteer, org_admin
):
    engage(wg_need, volunteer, org_admin)
    login(client, org_admin)
    html = client.get(checklist_url(wg_need)).content.decode()
    assert "Nur Haushalt" in html and "Volle DSGVO" not in html
    assert (
        de(
            "Somebody who does not live in the WG helps with the service. They are bound by the GDPR for the means "
            "they provide, but the WG stays exempt and owes them no data processing agreement (Recital 18 GDPR)."
        )
        in html
    )


def test_a_missing_answer_to_the_household_question_writes_nothing(admin_client_, wg_need):
    response = admin_client_.post(
        reverse("compliance:need_context", args=[wg_need.pk]), {"beyond_household": "maybe", "children_data": "no"}
    )
    assert response.status_code == 200
    assert de("Please answer the question.") in response.content.decode()
    assert NeedContext.objects.count() == 0


def test_a_club_is_asked_whether_it_holds_children_s_data(admin_client_, org_admin):
    club = factories.make_organisation(admin=org_admin, sector=factories.Sector.objects.get(slug="verein"))
    need = factories.make_need(club, created_by=org_admin, use_cases=("photos",))
    html = admin_client_.get(checklist_url(need)).content.decode()
    assert 'name="children_data"' in html and 'name="beyond_household"' not in html
    admin_client_.post(reverse("compliance:need_context", args=[need.pk]), {"children_data": "yes"})
    assert NeedContext.objects.get(need=need).children_data is True


def test_a_kita_is_not_asked_the_household_question(admin_client_, need, draft_set):
    assert (
        reverse("compliance:need_context", args=[need.pk])
        not in admin_client_.get(checklist_url(need)).content.decode()
    )


def test_matching_solutions_are_suggested(admin_client_, need, draft_set):
    solution = Solution.objects.create(
        slug="t-fotocloud", name="Fotocloud Test", software="Nextcloud", summary_de="Fotos", summary_en="Photos"
    )
    solution.use_cases.add(UseCase.objects.get(slug="photos"))
    html = admin_client_.get(checklist_url(need)).content.decode()
    assert "Fotocloud Test" in html and reverse("catalogue:detail", args=["t-fotocloud"]) in html


def _with_items(need, user, count: int) -> None:
    ChecklistEntry.objects.filter(need=need).delete()
    requirements = [make_requirement() for _ in range(count)]
    fresh_set("kita", "photos", requirements)
    for requirement in requirements:
        ChecklistEntry.objects.create(need=need, requirement=requirement, done=True, updated_by=user)


def test_the_need_checklist_takes_as_many_queries_for_fifteen_items_as_for_one(
    client, need, volunteer, org_admin, django_assert_num_queries
):
    engage(need, volunteer, org_admin)
    login(client, volunteer)
    _with_items(need, org_admin, 1)
    with CaptureQueriesContext(connection) as one:
        client.get(checklist_url(need))
    _with_items(need, volunteer, 15)
    with django_assert_num_queries(len(one)):
        response = client.get(checklist_url(need))
    assert response.content.decode().count('class="card checklist-item') == 15


def test_the_engagement_checklist_shows_each_need_with_progress(client, need, volunteer, org_admin, draft_set):
    engagement = engage(need, volunteer, org_admin)
    login(client, volunteer)
    client.post(mark_url(need, "t-avv"), {"done": "on", "evidence_note": "im Ordner"})
    response = client.get(reverse("compliance:engagement_checklist", args=[engagement.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert need.title in html and "AVV abschließen" in html and "im Ordner" in html
    assert "1 von 2 erledigt" in html or "1 of 2" in html


def test_the_engagement_checklist_is_404_for_outsiders_and_login_for_anonymous(
    client, need, volunteer, org_admin, other_member, staff
):
    engagement = engage(need, volunteer, org_admin)
    url = reverse("compliance:engagement_checklist", args=[engagement.pk])
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    for user in (other_member, staff):
        login(client, user)
        assert client.get(url).status_code == 404


def test_the_engagement_checklist_takes_as_many_queries_for_three_needs_as_for_one(
    client, organisation, need, volunteer, org_admin, draft_set, django_assert_num_queries
):
    engagement = engage(need, volunteer, org_admin)
    login(client, org_admin)
    url = reverse("compliance:engagement_checklist", args=[engagement.pk])
    ChecklistEntry.objects.create(need=need, requirement=Requirement.objects.get(code="t-avv"), updated_by=volunteer)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for title in ("Zweiter Bedarf", "Dritter Bedarf"):
        more = factories.make_need(organisation, created_by=org_admin, title=title, use_cases=("photos", "files"))
        engage(more, volunteer, org_admin)
        ChecklistEntry.objects.create(
            need=more, requirement=Requirement.objects.get(code="t-avv"), done=True, updated_by=volunteer
        )
    with django_assert_num_queries(len(one)):
        response = client.get(url)
    assert "Dritter Bedarf" in response.content.decode()
