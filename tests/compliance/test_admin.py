"""The admin for requirements and sets: staff edit drafts and copy versions; approved versions stay frozen."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.compliance.models import ChecklistEntry, Requirement, RequirementSet
from tests import factories
from tests.conftest import login

from .factories_compliance import approved, fresh_set, make_requirement


@pytest.fixture
def superuser_client(client, db):
    user = factories.make_user("chefin@techpaten.example", is_staff=True, is_superuser=True)
    factories.add_totp(user)
    return login(client, user)


@pytest.fixture
def avv(db) -> Requirement:
    return make_requirement("t-avv", title_de="AVV abschließen")


def test_requirements_can_be_searched_by_code(superuser_client, avv):
    make_requirement("t-other", title_de="Etwas anderes")
    response = superuser_client.get(reverse("admin:compliance_requirement_changelist"), {"q": "t-avv"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "AVV abschließen" in html and "Etwas anderes" not in html


def test_a_draft_set_has_editable_items_and_a_read_only_status(superuser_client, avv):
    draft = fresh_set("sonstige", "passwords", [avv])
    url = reverse("admin:compliance_requirementset_change", args=[draft.pk])
    response = superuser_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="items-0-requirement"' in html
    assert 'name="status"' not in html and 'name="approved_by_name"' not in html


def test_posting_a_status_does_not_approve_a_draft(superuser_client, avv):
    draft = fresh_set("sonstige", "passwords", [avv])
    item = draft.items.get()
    data = {
        "sector": draft.sector_id,
        "use_case": draft.use_case_id,
        "version": 1,
        "notes_de": "geändert",
        "notes_en": "",
        "status": "approved",
        "approved_by_name": "Niemand",
        "items-TOTAL_FORMS": 1,
        "items-INITIAL_FORMS": 1,
        "items-MIN_NUM_FORMS": 0,
        "items-MAX_NUM_FORMS": 1000,
        "items-0-id": item.pk,
        "items-0-requirement_set": draft.pk,
        "items-0-requirement": avv.pk,
        "items-0-position": 3,
    }
    response = superuser_client.post(reverse("admin:compliance_requirementset_change", args=[draft.pk]), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.notes_de, draft.status, draft.approved_by_name) == ("geändert", "draft", "")
    assert draft.items.get().position == 3


def test_an_approved_set_is_frozen_in_the_admin(superuser_client, avv):
    frozen = approved(fresh_set("sonstige", "passwords", [avv], notes_de="alt"))
    url = reverse("admin:compliance_requirementset_change", args=[frozen.pk])
    html = superuser_client.get(url).content.decode()
    assert 'name="items-0-requirement"' not in html and 'name="notes_de"' not in html
    superuser_client.post(url, {"notes_de": "neu", "items-TOTAL_FORMS": 0, "items-INITIAL_FORMS": 1})
    frozen.refresh_from_db()
    assert frozen.notes_de == "alt" and frozen.items.count() == 1
    delete = superuser_client.get(reverse("admin:compliance_requirementset_delete", args=[frozen.pk]))
    assert delete.status_code == 403


def test_the_admin_action_creates_a_new_draft_version(superuser_client, avv):
    frozen = approved(fresh_set("sonstige", "passwords", [avv, make_requirement("t-tom")]))
    response = superuser_client.post(
        reverse("admin:compliance_requirementset_changelist"),
        {"action": "make_new_version", "_selected_action": [frozen.pk]},
        follow=True,
    )
    assert response.status_code == 200
    copy = RequirementSet.objects.get(sector=frozen.sector, use_case=frozen.use_case, version=2)
    assert copy.status == "draft"
    assert list(copy.items.values_list("requirement__code", flat=True)) == ["t-avv", "t-tom"]


def test_checklist_entries_are_read_only_for_staff(superuser_client, need, org_admin, avv):
    entry = ChecklistEntry.objects.create(need=need, requirement=avv, done=True, updated_by=org_admin)
    assert superuser_client.get(reverse("admin:compliance_checklistentry_add")).status_code == 403
    response = superuser_client.get(reverse("admin:compliance_checklistentry_change", args=[entry.pk]))
    assert response.status_code == 200
    assert 'name="evidence_note"' not in response.content.decode()
    for name in ("admin:compliance_needcontext_changelist", "admin:compliance_dsfascreening_changelist"):
        assert superuser_client.get(reverse(name)).status_code == 200


def test_a_requirement_in_an_approved_set_cannot_be_changed_in_the_admin(superuser_client, avv):
    approved(fresh_set("sonstige", "passwords", [avv]))
    url = reverse("admin:compliance_requirement_change", args=[avv.pk])
    assert 'name="title_de"' not in superuser_client.get(url).content.decode()
    response = superuser_client.post(url, {"code": avv.code, "title_de": "Umgeschrieben", "title_en": "x"})
    assert response.status_code == 403
    avv.refresh_from_db()
    assert avv.title_de == "AVV abschließen"


def test_a_requirement_only_in_drafts_can_be_changed_in_the_admin(superuser_client, avv):
    fresh_set("sonstige", "passwords", [avv])
    url = reverse("admin:compliance_requirement_change", args=[avv.pk])
    assert 'name="title_de"' in superuser_client.get(url).content.decode()
