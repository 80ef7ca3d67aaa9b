"""Checklists and requirement sets: every change of state, and the rules for it, in one place.

Views and the admin call these functions; none of them writes ChecklistEntry, NeedContext or a set's approval itself.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.access import is_reviewer
from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.needs.models import Need

from . import checklists
from .checklists import Checklist
from .models import ChecklistEntry, NeedContext, Requirement, RequirementSet, RequirementSetItem

EVIDENCE_NOTE_MAX = 2000  # the column's max_length (ChecklistEntry.evidence_note)


@transaction.atomic
def mark_item(need: Need, requirement_code: str, user: User, *, done: bool, evidence_note: str) -> ChecklistEntry:
    """Record that a checklist item is done (or open again), with a note of the evidence.

    Only requirements of the need's current checklist can be marked: an entry for anything else would claim
    progress the checklist never asked for (and outlive a changed sector or use case unnoticed).
    """
    requirement = Requirement.objects.filter(code=requirement_code).first()
    if requirement is None:
        raise RuleViolation(_("This requirement does not exist."))
    if len(evidence_note) > EVIDENCE_NOTE_MAX:
        raise RuleViolation(
            _("Please keep the note of the evidence to %(max)d characters.") % {"max": EVIDENCE_NOTE_MAX}
        )
    codes = {item.requirement.code for item in checklists.for_need(need).items}
    if requirement.code not in codes:
        raise RuleViolation(_("This requirement is not on the checklist of this need."))
    entry, _created = ChecklistEntry.objects.update_or_create(
        need=need,
        requirement=requirement,
        defaults={"done": done, "evidence_note": evidence_note.strip(), "updated_by": user},
    )
    return entry


@transaction.atomic
def set_context(need: Need, user: User, **answers: bool | None) -> NeedContext:
    """Answer what the checklist asks beyond sector and use cases: whether a household's service goes beyond private
    life (which ends the exemption of Art. 2(2)(c) GDPR), and whether it holds children's data.

    Only the answers given are changed. `user` is who answered; the context keeps no author.
    """
    allowed = {"beyond_household", "children_data"}
    unknown = set(answers) - allowed
    if unknown:
        raise ValueError(f"unknown context answers: {sorted(unknown)}")
    context, _created = NeedContext.objects.update_or_create(
        need=need, defaults={name: value for name, value in answers.items() if value is not None}
    )
    return context


def may_approve(user: Any) -> bool:
    """Registered reviewers approve requirement sets (staff edit drafts but cannot approve)."""
    return is_reviewer(user)


@transaction.atomic
def approve_set(requirement_set: RequirementSet, reviewer: User) -> RequirementSet:
    """A registered reviewer approves a draft version; from then on it is frozen and checklists follow it.

    Only reviewers: the vetting by registered data-protection officers or lawyers is what the platform offers instead
    of individual legal advice (§ 6 RDG). Staff edit drafts in the admin but cannot approve.
    """
    if not may_approve(reviewer):
        raise RuleViolation(_("Only registered reviewers can approve a requirement set."))
    # Lock the row: two reviewers approving at the same moment must not both write their name.
    locked = RequirementSet.objects.select_for_update().get(pk=requirement_set.pk)
    if locked.status != RequirementSet.Status.DRAFT:
        raise RuleViolation(_("This version has already been approved."))
    if not locked.items.exists():
        raise RuleViolation(_("A requirement set without requirements cannot be approved."))
    newer_approved = RequirementSet.objects.filter(
        sector_id=locked.sector_id,
        use_case_id=locked.use_case_id,
        version__gt=locked.version,
        status=RequirementSet.Status.APPROVED,
    )
    if newer_approved.exists():
        raise RuleViolation(_("A newer version of this set is already approved."))
    locked.status = RequirementSet.Status.APPROVED
    locked.approved_by = reviewer
    locked.approved_by_name = reviewer.display_name
    locked.approved_at = timezone.now()
    locked.save(update_fields=["status", "approved_by", "approved_by_name", "approved_at"])
    return locked


@transaction.atomic
def new_version(requirement_set: RequirementSet) -> RequirementSet:
    """A draft copy with the same requirements, numbered after the newest version of the pair (for staff)."""
    # Lock the pair's versions: two copies made at once must not get the same number.
    versions = RequirementSet.objects.select_for_update().filter(
        sector_id=requirement_set.sector_id, use_case_id=requirement_set.use_case_id
    )
    newest = max((v.version for v in versions), default=requirement_set.version)
    copy = RequirementSet.objects.create(
        sector_id=requirement_set.sector_id,
        use_case_id=requirement_set.use_case_id,
        version=newest + 1,
        status=RequirementSet.Status.DRAFT,
        notes_de=requirement_set.notes_de,
        notes_en=requirement_set.notes_en,
    )
    RequirementSetItem.objects.bulk_create(
        RequirementSetItem(requirement_set=copy, requirement_id=item.requirement_id, position=item.position)
        for item in requirement_set.items.order_by("position", "pk")
    )
    return copy


def current_versions(sets: list[RequirementSet]) -> dict[tuple[int, int], RequirementSet]:
    """For lists of sets already fetched (overview pages): the same rule as the checklists."""
    return checklists.newest_counting(sets)


def attach_authors(checklist_list: list[Checklist]) -> None:
    """Fetch who marked the entries in one query (the checklists load entries without their authors)."""
    entries = [item.entry for checklist in checklist_list for item in checklist.items if item.entry is not None]
    ids = {entry.updated_by_id for entry in entries if entry.updated_by_id is not None}
    users = User.objects.in_bulk(ids) if ids else {}
    for entry in entries:
        if entry.updated_by_id is not None:
            entry.updated_by = users.get(entry.updated_by_id)
