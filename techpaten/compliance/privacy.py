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
from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails

from .models import ChecklistEntry, DsfaScreening, RequirementSet

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class DataProtectionWorkData(Category):
    key = "data_protection_work"
    title = _("Data-protection work")
    description = _(
        "Checklist items you marked, DSFA screenings you answered, documents you generated, reviews you wrote and "
        "requirement sets you approved. Published reviews and approvals keep your name when you delete your account."
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
    }

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
                    "solution": r.solution.name,
                    "status": r.get_status_display(),
                    "scope": r.scope,
                    "findings": r.findings,
                    "created_at": r.created_at,
                }
                for r in Review.objects.filter(reviewer=user).select_related("solution").order_by("created_at", "pk")
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
        return {
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
