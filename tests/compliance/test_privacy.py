"""A person's data-protection work in the export, and what the account deletion keeps (cut loose) or removes."""

from __future__ import annotations

import datetime

import pytest

from techpaten.catalogue.models import Review, Solution
from techpaten.compliance import checklists, dsfa
from techpaten.compliance import services as compliance_services
from techpaten.compliance.models import ChecklistEntry, DsfaScreening, RequirementSet
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.paperwork import services as paperwork_services
from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails
from techpaten.privacy.categories import export_all
from techpaten.privacy.services import delete_account

from .. import factories


@pytest.fixture
def worked(need, volunteer, org_admin, reviewer):
    """The volunteer marked an item, screened, generated a document and saved details; the reviewer reviewed."""
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    engagement = Engagement.objects.get()
    code = checklists.for_need(need).items[0].requirement.code
    compliance_services.mark_item(need, code, volunteer, done=True, evidence_note="AVV liegt im Ordner")
    dsfa.record(need, volunteer, {"vulnerable_subjects": True})
    paperwork_services.produce(engagement, KINDS["tom"], "docx", volunteer)
    paperwork_services.save_details(ProcessingDetails(hoster_name="Hoster"), engagement, volunteer)
    solution = Solution.objects.get(slug="nextcloud")
    Review.objects.create(
        solution=solution,
        reviewer=reviewer,
        reviewer_name="Rita Reviewer",
        reviewer_qualification="DSB",
        status=Review.Status.APPROVED,
        reviewed_on=datetime.date(2026, 1, 1),
        valid_until=datetime.date(2027, 1, 1),
        scope="Nextcloud",
    )
    Review.objects.create(
        solution=solution, reviewer=reviewer, reviewer_name="Rita Reviewer", reviewer_qualification="DSB", scope="x"
    )
    compliance_services.approve_set(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos"), reviewer)
    return engagement


def test_the_export_lists_the_volunteers_data_protection_work(worked, volunteer):
    data = export_all(volunteer)["data_protection_work"]
    assert [e["evidence_note"] for e in data["checklist_entries"]] == ["AVV liegt im Ordner"]
    assert len(data["dsfa_screenings"]) == 1
    assert [d["kind"] for d in data["documents"]] == ["tom"]
    assert data["reviews"] == [] and data["approved_sets"] == []


def test_the_export_lists_the_reviewers_reviews_and_approvals(worked, reviewer):
    data = export_all(reviewer)["data_protection_work"]
    assert len(data["reviews"]) == 2
    assert [s["set"] for s in data["approved_sets"]] == [
        str(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos"))
    ]


def test_deleting_the_volunteer_keeps_the_organisations_records_without_the_person(worked, volunteer):
    delete_account(volunteer)
    entry = ChecklistEntry.objects.get()
    assert entry.done and entry.updated_by is None
    screening = DsfaScreening.objects.get()
    assert screening.created_by is None and screening.created_by_name == ""
    assert GeneratedDocument.objects.get().created_by is None
    assert ProcessingDetails.objects.get().updated_by is None


def test_deleting_a_reviewer_keeps_published_reviews_and_approvals_by_name_and_drops_drafts(worked, reviewer):
    delete_account(reviewer)
    assert list(Review.objects.values_list("status", "reviewer", "reviewer_name")) == [
        (Review.Status.APPROVED, None, "Rita Reviewer")
    ]
    approved = RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos")
    assert approved.approved_by is None and approved.approved_by_name == "Rita Reviewer"


def test_a_volunteer_s_contract_name_and_address_are_exported_and_deleted_with_the_account(worked, volunteer):
    from techpaten.paperwork.models import ProcessorParty

    ProcessorParty.objects.create(
        engagement=worked, user=volunteer, legal_name="Vera Volkmann", postal_address="Lindenweg 3, 14467 Potsdam"
    )
    data = export_all(volunteer)["data_protection_work"]
    assert [(p["legal_name"], p["postal_address"]) for p in data["contract_parties"]] == [
        ("Vera Volkmann", "Lindenweg 3, 14467 Potsdam")
    ]
    delete_account(volunteer)
    assert not ProcessorParty.objects.exists()


def test_a_reviewer_s_source_checks_keep_the_name_but_lose_the_account(reviewer, db):
    from techpaten.compliance import sources
    from techpaten.compliance.models import Requirement, SourceCheck

    sources.mark_checked(Requirement.objects.get(code="kita-photo-consent-per-purpose"), 0, reviewer)
    assert len(export_all(reviewer)["data_protection_work"]["checked_sources"]) == 1
    delete_account(reviewer)
    check = SourceCheck.objects.get()
    assert check.checked_by is None and check.checked_by_name == "Rita Reviewer"
