"""compliance.services: marking items, the household question, approving and copying requirement sets."""

from __future__ import annotations

import pytest

from techpaten.compliance import checklists, services
from techpaten.compliance.models import ChecklistEntry, NeedContext, Requirement, RequirementSet
from techpaten.core.rules import RuleViolation
from tests import factories

from .factories_compliance import approved, engage, fresh_set, make_requirement, make_set


@pytest.fixture
def avv(db) -> Requirement:
    return make_requirement("t-avv")


@pytest.fixture
def kita_photos(avv):
    return fresh_set("kita", "photos", [avv])


def test_marking_an_item_records_who_and_the_evidence(need, org_admin, avv, kita_photos):
    entry = services.mark_item(need, "t-avv", org_admin, done=True, evidence_note="  AVV im Ordner  ")
    assert (entry.done, entry.evidence_note, entry.updated_by) == (True, "AVV im Ordner", org_admin)


def test_marking_again_updates_the_one_entry(need, org_admin, org_member, avv, kita_photos):
    services.mark_item(need, "t-avv", org_admin, done=True, evidence_note="a")
    services.mark_item(need, "t-avv", org_member, done=False, evidence_note="b")
    entry = ChecklistEntry.objects.get()
    assert (entry.done, entry.evidence_note, entry.updated_by) == (False, "b", org_member)


def test_a_requirement_outside_the_checklist_cannot_be_marked(need, org_admin, kita_photos):
    make_requirement("t-elsewhere")
    with pytest.raises(RuleViolation):
        services.mark_item(need, "t-elsewhere", org_admin, done=True, evidence_note="")
    assert ChecklistEntry.objects.count() == 0


def test_an_unknown_code_and_a_long_note_are_refused(need, org_admin, kita_photos):
    with pytest.raises(RuleViolation):
        services.mark_item(need, "t-nope", org_admin, done=True, evidence_note="")
    with pytest.raises(RuleViolation):
        services.mark_item(need, "t-avv", org_admin, done=True, evidence_note="x" * 2001)
    assert ChecklistEntry.objects.count() == 0


def test_the_context_answers_are_stored_once_per_need_and_only_those_given_change(need, org_admin):
    services.set_context(need, org_admin, beyond_household=True)
    services.set_context(need, org_admin, beyond_household=False)
    services.set_context(need, org_admin, children_data=True)
    rows = list(NeedContext.objects.values_list("need_id", "beyond_household", "children_data"))
    assert rows == [(need.pk, False, True)]
    with pytest.raises(ValueError):
        services.set_context(need, org_admin, third_party_data=True)


def test_a_reviewer_approves_a_draft_with_name_and_date(reviewer, kita_photos):
    result = services.approve_set(kita_photos, reviewer)
    kita_photos.refresh_from_db()
    assert result.pk == kita_photos.pk
    assert kita_photos.status == RequirementSet.Status.APPROVED
    assert kita_photos.approved_by == reviewer
    assert kita_photos.approved_by_name == "Rita Reviewer"
    assert kita_photos.approved_at is not None


def test_staff_cannot_approve(staff, kita_photos):
    with pytest.raises(RuleViolation):
        services.approve_set(kita_photos, staff)
    kita_photos.refresh_from_db()
    assert kita_photos.status == RequirementSet.Status.DRAFT and kita_photos.approved_by is None


def test_an_approved_version_is_not_approved_twice(reviewer, kita_photos):
    approved(kita_photos, name="Erste Prüferin")
    with pytest.raises(RuleViolation):
        services.approve_set(kita_photos, reviewer)
    kita_photos.refresh_from_db()
    assert kita_photos.approved_by_name == "Erste Prüferin"


def test_an_empty_set_and_an_outdated_draft_are_not_approved(reviewer, avv):
    empty = fresh_set("verein", "backup")
    old_draft = fresh_set("verein", "website", [avv])
    approved(make_set("verein", "website", [avv], version=2))
    for requirement_set in (empty, old_draft):
        with pytest.raises(RuleViolation):
            services.approve_set(requirement_set, reviewer)
    assert RequirementSet.objects.filter(pk__in=[empty.pk, old_draft.pk], status="draft").count() == 2


def test_a_new_version_copies_the_items_as_a_draft_after_the_newest(avv):
    second = make_requirement("t-tom")
    first = approved(fresh_set("schule", "video", [second, avv], notes_de="Hinweis", notes_en="Note"))
    make_set("schule", "video", [avv], version=2)
    copy = services.new_version(first)
    assert (copy.version, copy.status, copy.notes_de, copy.notes_en) == (3, "draft", "Hinweis", "Note")
    assert [(i.requirement.code, i.position) for i in copy.items.order_by("position")] == [("t-tom", 0), ("t-avv", 1)]
    assert first.items.count() == 2  # the approved original is untouched


def test_current_versions_prefer_the_newest_approved_over_a_newer_draft(avv):
    one = approved(fresh_set("wg", "files", [avv]))
    two = make_set("wg", "files", [avv], version=2)
    assert services.current_versions([one, two])[(one.sector_id, one.use_case_id)] == one
    three = approved(make_set("wg", "files", [avv], version=3))
    assert services.current_versions([one, two, three])[(one.sector_id, one.use_case_id)] == three


def test_the_engagement_checklists_match_the_per_need_derivation(organisation, org_admin, volunteer, avv):
    should = make_requirement("t-should", level=Requirement.Level.SHOULD, position=0)
    children = make_requirement("t-children", children_data=True)
    fresh_set("kita", "photos", [should, avv, children])
    approved(fresh_set("kita", "files", [avv, make_requirement("t-files")]))
    photos = factories.make_need(organisation, created_by=org_admin)
    files = factories.make_need(organisation, created_by=org_admin, use_cases=("files", "calendar"))
    RequirementSet.objects.filter(sector__slug="kita", use_case__slug="calendar").delete()
    engagement = engage(photos, volunteer, org_admin)
    engage(files, volunteer, org_admin)
    services.mark_item(files, "t-files", volunteer, done=True, evidence_note="ok")

    batched = checklists.for_engagement(engagement)
    one_by_one = [checklists.for_need(need) for need in engagement.needs.order_by("published_at", "pk")]

    def shape(c):
        return (
            c.need.pk,
            [(i.requirement.code, i.done, [u.slug for u in i.use_cases]) for i in c.items],
            sorted(s.pk for s in c.sets),
            [u.slug for u in c.use_cases_without_set],
            c.context,
        )

    assert [shape(c) for c in batched] == [shape(c) for c in one_by_one]
    assert [i.requirement.code for i in batched[0].items] == ["t-avv", "t-children", "t-should"]
    assert [u.slug for u in batched[1].use_cases_without_set] == ["calendar"]


def test_an_engagement_without_needs_has_no_checklists(organisation):
    from techpaten.engagements.models import Engagement
    from techpaten.volunteers.models import Team

    engagement = Engagement.objects.create(organisation=organisation, team=Team.objects.create())
    assert checklists.for_engagement(engagement) == []
