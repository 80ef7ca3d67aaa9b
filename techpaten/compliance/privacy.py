"""Data-protection work a person did (issue 4), for the export and the account deletion (see techpaten/privacy).

Deleting keeps the organisations' documentation (Art. 5(2) GDPR: the controller must be able to show its checklist,
screenings and documents) but cuts it loose from the person. Two records keep the name on purpose: published
reviews and approvals of requirement sets are professional statements whose value is who made them (the vetting by
registered reviewers is what the platform promises instead of individual legal advice, § 6 RDG). Unpublished review
drafts are deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category
from techpaten.catalogue.models import Review
from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails, ProcessorParty

from .models import ChecklistEntry, DsfaScreening, RequirementSet, SourceCheck

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class DataProtectionWorkData(Category):
    key = "data_protection_work"
    title = _("Data-protection work")
    description = _(
        "Checklist items you marked, DSFA screenings you answered, documents you generated, your name and address "
        "as a party to contracts, reviews you wrote, requirement sets you approved and sources you checked. "
        "Published reviews, approvals and source checks keep your name when you delete your account."
    )
    labels = {
        "checklist_entries": _("checklist items"),
        "dsfa_screenings": _("DSFA screenings"),
        "documents": _("generated documents"),
        "reviews": _("reviews"),
        "approved_sets": _("approved requirement sets"),
        "need": _("need"),
        "requirement": _("requirement"),
        "done": _("done"),
        "evidence_note": _("evidence"),
        "updated_at": _("updated"),
        "created_at": _("created"),
        "presumed_necessary": _("DSFA presumed necessary"),
        "kind": _("document"),
        "template_version": _("template version"),
        "format": _("format"),
        "solution": _("solution"),
        "status": _("status"),
        "scope": _("scope"),
        "findings": _("findings"),
        "set": _("requirement set"),
        "contract_parties": _("you as a party to contracts"),
        "engagement": _("engagement"),
        "legal_name": _("full name"),
        "postal_address": _("postal address"),
        "checked_sources": _("sources you checked"),
        "source": _("source"),
        "processing_details": _("processing details saved last"),
        "role_decisions": _("roles you decided for an engagement"),
    }
    covers = (
        "compliance.ChecklistEntry.updated_by",
        "compliance.DsfaScreening.created_by",
        "compliance.RequirementSet.approved_by",
        "catalogue.Review.reviewer",
        "paperwork.GeneratedDocument.created_by",
        "paperwork.ProcessingDetails.updated_by",
        "paperwork.ProcessingDetails.role_decided_by",
        "paperwork.ProcessorParty.user",
        "compliance.SourceCheck.checked_by",
    )

    def export(self, user: User) -> dict[str, Any]:
        return {
            "checklist_entries": [
                {
                    "need": entry.need.title,
                    "requirement": entry.requirement.code,
                    "done": entry.done,
                    "evidence_note": entry.evidence_note,
                    "updated_at": entry.updated_at,
                }
                for entry in ChecklistEntry.objects.filter(updated_by=user)
                .select_related("need", "requirement")
                .order_by("updated_at", "pk")
            ],
            "dsfa_screenings": [
                {"need": s.need.title, "created_at": s.created_at, "presumed_necessary": s.presumed_necessary}
                for s in DsfaScreening.objects.filter(created_by=user).select_related("need").order_by("created_at")
            ],
            "documents": [
                {"kind": d.kind, "template_version": d.template_version, "format": d.format, "created_at": d.created_at}
                for d in GeneratedDocument.objects.filter(created_by=user).order_by("created_at", "pk")
            ],
            "reviews": [
                {
                    "solution": r.solution.display_name,
                    "status": r.get_status_display(),
                    "scope": r.scope,
                    "findings": r.findings,
                    "created_at": r.created_at,
                }
                for r in Review.objects.filter(reviewer=user).select_related("solution").order_by("created_at", "pk")
            ],
            "contract_parties": [
                {
                    "engagement": str(party.engagement),
                    "legal_name": party.legal_name,
                    "postal_address": party.postal_address,
                    "updated_at": party.updated_at,
                }
                for party in ProcessorParty.objects.filter(user=user).select_related("engagement").order_by("pk")
            ],
            "checked_sources": [
                {"source": check.source, "created_at": check.checked_on}
                for check in SourceCheck.objects.filter(checked_by=user).order_by("checked_on", "pk")
            ],
            "role_decisions": [
                {"engagement": str(d.engagement), "updated_at": d.updated_at}
                for d in ProcessingDetails.objects.filter(role_decided_by=user)
                .select_related("engagement__organisation", "engagement__team")
                .order_by("pk")
            ],
            # The processing details of an engagement (for the AVV and the VVT) the person saved last.
            "processing_details": [
                {"engagement": str(d.engagement), "updated_at": d.updated_at}
                for d in ProcessingDetails.objects.filter(updated_by=user)
                .select_related("engagement__organisation", "engagement__team")
                .order_by("pk")
            ],
            "approved_sets": [
                {"set": str(s), "created_at": s.approved_at}
                for s in RequirementSet.objects.filter(approved_by=user)
                .select_related("sector", "use_case")
                .order_by("approved_at", "pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        drafts, _ = Review.objects.filter(reviewer=user, status=Review.Status.DRAFT).delete()
        # The name and address a volunteer entered for contracts are theirs alone: deleted, not kept.
        parties, _ = ProcessorParty.objects.filter(user=user).delete()
        return {
            "contract_parties_deleted": parties,
            "source_checks_kept": SourceCheck.objects.filter(checked_by=user).update(checked_by=None),
            "roles_decided_anonymised": ProcessingDetails.objects.filter(role_decided_by=user).update(
                role_decided_by=None
            ),
            "review_drafts_deleted": drafts,
            "reviews_kept": Review.objects.filter(reviewer=user).update(reviewer=None),
            "set_approvals_kept": RequirementSet.objects.filter(approved_by=user).update(approved_by=None),
            "checklist_entries_anonymised": ChecklistEntry.objects.filter(updated_by=user).update(updated_by=None),
            "dsfa_screenings_anonymised": DsfaScreening.objects.filter(created_by=user).update(
                created_by=None, created_by_name=""
            ),
            "documents_anonymised": GeneratedDocument.objects.filter(created_by=user).update(created_by=None),
            "processing_details_anonymised": ProcessingDetails.objects.filter(updated_by=user).update(updated_by=None),
        }
