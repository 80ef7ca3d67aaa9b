"""Checklists derived from the seeded sets: sector and use case, children's data and the household exemption."""

from __future__ import annotations

import pytest

from techpaten.compliance.checklists import Checklist, for_need
from techpaten.compliance.models import NeedContext, Requirement, RequirementSet
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.taxonomy.models import Sector
from tests import factories

from .factories_compliance import approved, make_requirement, make_set

WG_EXEMPT = {"wg-household-exemption-r2", "wg-admin-agreement", "wg-basic-security", "wg-outside-helper"}
WG_FULL_GDPR = {
    "avv-art28-r2",
    "info-notice-art13-r2",
    "vvt-entry",
    "tom-art32-r2",
    "breach-plan-72h",
    "wg-controllers-named-r2",
}


def need_in(sector: str, *use_cases: str, admin=None) -> Need:
    admin = admin or factories.make_user()
    organisation = factories.make_organisation(admin=admin, sector=Sector.objects.get(slug=sector))
    return factories.make_need(organisation, use_cases=use_cases, created_by=admin)


def codes(checklist: Checklist) -> list[str]:
    return [item.requirement.code for item in checklist.items]


# --- several pairs of sector and use case ---


@pytest.mark.parametrize(
    ("sector", "use_case", "present", "absent"),
    [
        (
            "kita",
            "photos",
            {"kita-photo-consent-per-purpose", "photos-no-face-recognition", "kita-photo-delete-on-leaving-r2"},
            {"schule-traeger-approval-r2", "wg-household-exemption-r2", "video-privacy-by-default"},
        ),
        (
            "schule",
            "video",
            {"schule-traeger-approval-r2", "video-privacy-by-default", "schule-video-lessons-private"},
            {"kita-photo-consent-per-purpose", "photos-no-face-recognition", "wg-basic-security"},
        ),
        (
            "verein",
            "website",
            {"website-imprint-r2", "website-no-third-party", "website-cookie-free", "photos-publication-adults"},
            {"dsfa-children-r2", "schule-dpo-r2", "mail-transport-security", "photos-publication-children"},
        ),
        (
            "schule",
            "messenger",
            {"messenger-no-whatsapp-schools", "schule-traeger-approval-r2", "avv-art28-r2"},
            {"messenger-no-consumer-apps", "video-privacy-by-default"},
        ),
        (
            "initiative",
            "backup",
            {"backup-encrypted-offsite", "backup-retention-no-resurrection", "backup-restore-tested"},
            {"info-notice-art13-r2", "share-links-password-expiry", "dsfa-children-r2"},
        ),
        (
            "sonstige",
            "training",
            {"training-briefing-r2", "confidentiality-members-r2"},
            {"tls-everywhere", "avv-art28-r2"},
        ),
        (
            "kita",
            "network",
            {"network-separation", "devices-secured", "avv-art28-r2"},
            {"eu-hosting-r2", "tls-everywhere"},
        ),
    ],
)
def test_the_checklist_follows_sector_and_use_case(db, sector, use_case, present, absent):
    found = set(codes(for_need(need_in(sector, use_case))))
    assert present <= found
    assert not absent & found


def test_must_items_come_before_should_items(db):
    levels = [item.requirement.level for item in for_need(need_in("kita", "photos")).items]
    assert Requirement.Level.SHOULD in levels
    assert levels == sorted(levels, key=lambda level: level != Requirement.Level.MUST)


# --- the worked cases in depth ---


def test_kita_photos_covers_consent_faces_deletion_phones_links_and_the_children_screening(need):
    checklist = for_need(need)  # the Kita fixture's need is about photos
    found = codes(checklist)
    assert checklist.context.children_data and not checklist.context.household_exempt
    for code in (
        "kita-photo-consent-per-purpose",
        "kita-portfolio-care-contract-r2",
        "kita-photo-delete-on-leaving-r2",
        "photos-no-private-phones",
        "photos-no-face-recognition",
        "share-links-password-expiry",
        "dsfa-children-r2",
        "dsfa-screening",
        "avv-art28-r2",
    ):
        assert code in found, code
    consent = next(
        item.requirement for item in checklist.items if item.requirement.code == "kita-photo-consent-per-purpose"
    )
    assert consent.document == "photo_consent" and "Art. 8" in consent.text_de


def test_schule_video_asks_for_approval_dpo_privacy_defaults_information_and_screening(db):
    found = codes(for_need(need_in("schule", "video")))
    for code in (
        "schule-traeger-approval-r2",
        "schule-dpo-r2",
        "schule-state-solutions-first",
        "video-privacy-by-default",
        "schule-video-lessons-private",
        "schule-video-information",
        "dsfa-children-r2",
    ):
        assert code in found, code
    assert found.index("schule-traeger-approval-r2") < found.index("avv-art28-r2")


def test_wg_files_among_members_is_household_exempt_without_avv(db):
    checklist = for_need(need_in("wg", "files"))
    found = set(codes(checklist))
    assert checklist.context.household_exempt
    assert found >= WG_EXEMPT
    assert not found & WG_FULL_GDPR
    assert "dsfa-children-r2" not in found
    assert all(item.requirement.level == Requirement.Level.SHOULD for item in checklist.items)


def test_wg_files_with_friends_and_landlord_in_the_address_book_stays_exempt(db):
    """Finding 5: third persons' contact data do not end the exemption (Recital 18: the holding of addresses)."""
    need = need_in("wg", "files", "calendar")
    NeedContext.objects.create(need=need, beyond_household=False)
    checklist = for_need(need)
    assert checklist.context.household_exempt
    assert not set(codes(checklist)) & WG_FULL_GDPR


def test_wg_files_going_beyond_private_life_gets_the_full_gdpr_and_loses_the_exempt_items(db):
    need = need_in("wg", "files")
    NeedContext.objects.create(need=need, beyond_household=True)
    checklist = for_need(need)
    found = set(codes(checklist))
    assert not checklist.context.household_exempt
    assert found >= WG_FULL_GDPR
    assert not found & WG_EXEMPT


def test_wg_files_with_an_accepted_outside_volunteer_stays_exempt_without_an_avv(db, volunteer, org_admin):
    """Finding 5: the helper who provides the means is bound by the GDPR, the household stays exempt (Recital 18)."""
    need = need_in("wg", "files", admin=org_admin)
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    checklist = for_need(need)
    found = set(codes(checklist))
    assert checklist.context.outside_admin and checklist.context.household_exempt
    assert "avv-art28-r2" not in found and "confidentiality-members-r2" not in found
    assert found >= WG_EXEMPT


def test_a_wg_member_looking_after_the_service_keeps_the_exemption(db, volunteer, org_admin):
    need = need_in("wg", "files", admin=org_admin)
    factories.add_member(need.organisation, volunteer)
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    found = set(codes(for_need(need)))
    assert found >= WG_EXEMPT
    assert "avv-art28-r2" not in found


def test_a_club_with_a_youth_section_gets_the_children_requirements_once_it_says_so(db):
    """Finding 9: the "children's data?" question for every sector."""
    need = need_in("verein", "photos")
    assert "dsfa-children-r2" not in codes(for_need(need))
    NeedContext.objects.create(need=need, children_data=True)
    found = codes(for_need(need))
    assert "dsfa-children-r2" in found and "photos-publication-children" in found


def test_church_law_is_a_requirement_only_for_church_sponsors(db):
    need = need_in("kita", "files")
    assert "church-data-protection-law" not in codes(for_need(need))
    need.organisation.sponsor_kind = "catholic"
    need.organisation.save()
    assert "church-data-protection-law" in codes(for_need(need))


def test_kitas_are_asked_for_social_data_protection_and_schools_for_photo_consent(db):
    assert "kita-social-data" in codes(for_need(need_in("kita", "files")))
    assert "schule-photos-consent" in codes(for_need(need_in("schule", "photos")))
    assert "data-subject-requests" in codes(for_need(need_in("verein", "gdpr-docs")))


# --- several use cases, versions, reviews ---


def test_a_requirement_shared_by_two_use_cases_is_listed_once_with_both(db):
    checklist = for_need(need_in("kita", "photos", "files"))
    found = codes(checklist)
    assert found.count("avv-art28-r2") == 1
    assert found.count("share-links-password-expiry") == 1
    shared = next(item for item in checklist.items if item.requirement.code == "share-links-password-expiry")
    assert {uc.slug for uc in shared.use_cases} == {"photos", "files"}
    assert "files-special-categories" in found and "kita-photo-consent-per-purpose" in found


def test_the_newest_approved_version_wins_over_a_newer_draft(need):
    seeded = approved(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=1))
    newer_draft = make_set("kita", "photos", [make_requirement("t-only-in-v2")], version=2)
    checklist = for_need(need)
    assert checklist.sets == [seeded]
    assert "t-only-in-v2" not in codes(checklist)
    assert checklist.unreviewed_sets == []

    approved(newer_draft)
    assert codes(for_need(need)) == ["t-only-in-v2"]


def test_draft_only_sets_are_flagged_as_not_yet_reviewed(db):
    checklist = for_need(need_in("kita", "photos", "video"))
    assert {(s.use_case.slug, s.version) for s in checklist.unreviewed_sets} == {("photos", 1), ("video", 1)}
    assert all(s.status == RequirementSet.Status.DRAFT for s in checklist.unreviewed_sets)


def test_a_use_case_without_any_set_is_reported(db):
    RequirementSet.objects.filter(sector__slug="verein", use_case__slug="calendar").delete()
    checklist = for_need(need_in("verein", "calendar", "files"))
    assert [uc.slug for uc in checklist.use_cases_without_set] == ["calendar"]
    assert "avv-art28-r2" in codes(checklist)
