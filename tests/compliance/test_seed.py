"""The seeded requirement library, the version-1 sets of every sector and use case, and the seeded catalogue."""

from __future__ import annotations

import re

from django.apps import apps
from django.db.models import Count

from techpaten.catalogue import seed as catalogue_seed
from techpaten.catalogue.models import BaselineSetting, Coverage, DeploymentProfile, Review, Solution
from techpaten.catalogue.seed_data import PROFILES
from techpaten.compliance import seed
from techpaten.compliance.models import Requirement, RequirementSet, RequirementSetItem
from techpaten.compliance.seed_requirements import REQUIREMENTS
from techpaten.taxonomy.seed import SECTORS, USE_CASES

from .factories_compliance import approved

DOCUMENT_KEYS = {
    "avv",
    "tom",
    "vvt",
    "photo_consent",
    "information_notice",
    "deletion_rules",
    "breach_plan",
    "confidentiality",
    "data_subject_requests",
}
SECTOR_SLUGS = [slug for slug, *_ in SECTORS]
USE_CASE_SLUGS = [slug for slug, *_ in USE_CASES]


def snapshot() -> tuple[list, ...]:
    """Every seeded row with its values, for comparing before and after a second load."""
    return (
        list(Requirement.objects.order_by("code").values()),
        list(Requirement.sectors.through.objects.order_by("pk").values_list("requirement_id", "sector_id")),
        list(Requirement.use_cases.through.objects.order_by("pk").values_list("requirement_id", "usecase_id")),
        list(RequirementSet.objects.order_by("pk").values()),
        list(RequirementSetItem.objects.order_by("pk").values()),
        list(Solution.objects.order_by("pk").values()),
        list(DeploymentProfile.objects.order_by("pk").values()),
        list(BaselineSetting.objects.order_by("pk").values()),
        list(Coverage.objects.order_by("pk").values()),
    )


def items_of(sector: str, use_case: str) -> list[str]:
    return list(
        RequirementSetItem.objects.filter(
            requirement_set__sector__slug=sector, requirement_set__use_case__slug=use_case, requirement_set__version=1
        )
        .order_by("position", "pk")
        .values_list("requirement__code", flat=True)
    )


# --- the library ---


def test_the_library_holds_between_35_and_60_requirements_with_unique_slug_codes(db):
    codes = [req.code for req in REQUIREMENTS]
    assert 35 <= len(codes) <= 60
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code) for code in codes)
    assert Requirement.objects.filter(code__in=codes).count() == len(codes)


def test_every_requirement_has_both_languages_a_legal_basis_and_a_source(db):
    for requirement in Requirement.objects.filter(code__in=[req.code for req in REQUIREMENTS]):
        assert requirement.title_de and requirement.title_en, requirement.code
        assert requirement.text_de and requirement.text_en, requirement.code
        assert requirement.evidence_de and requirement.evidence_en, requirement.code
        assert requirement.legal_basis, requirement.code
        assert requirement.source_list, requirement.code
        assert requirement.level in {Requirement.Level.MUST, Requirement.Level.SHOULD}
        assert requirement.evidence_kind in Requirement.Evidence.values


def test_document_keys_and_household_conditions_are_from_their_lists(db):
    seeded = Requirement.objects.filter(code__in=[req.code for req in REQUIREMENTS])
    assert {r.document for r in seeded} - {""} <= DOCUMENT_KEYS
    assert {r.household for r in seeded} <= set(Requirement.Household.values)
    # Each helpful document is offered by at least one requirement.
    assert {r.document for r in seeded} - {""} == DOCUMENT_KEYS


def test_the_household_exemption_has_requirements_on_both_sides(db):
    exempt = set(Requirement.objects.filter(household=Requirement.Household.EXEMPT).values_list("code", flat=True))
    not_exempt = Requirement.objects.filter(household=Requirement.Household.NOT_EXEMPT).values_list("code", flat=True)
    assert {"wg-household-exemption-r2", "wg-admin-agreement", "wg-basic-security", "wg-outside-helper"} <= exempt
    assert {"avv-art28-r2", "info-notice-art13-r2", "vvt-entry", "wg-controllers-named-r2"} <= set(not_exempt)


def test_conditions_are_stored_as_sectors_use_cases_and_children_data(db):
    consent = Requirement.objects.get(code="kita-photo-consent-per-purpose")
    assert list(consent.sectors.values_list("slug", flat=True)) == ["kita"]
    assert list(consent.use_cases.values_list("slug", flat=True)) == ["photos"]
    assert Requirement.objects.get(code="dsfa-children-r2").children_data is True
    assert not Requirement.objects.get(code="confidentiality-members-r2").use_cases.exists()  # empty: every use case


# --- the sets ---


def test_every_sector_and_use_case_has_a_version_one_draft_set_with_items(db):
    sets = RequirementSet.objects.filter(version=1).annotate(n=Count("items"))
    pairs = {(s.sector.slug, s.use_case.slug) for s in sets.select_related("sector", "use_case")}
    assert pairs == {(sector, use_case) for sector in SECTOR_SLUGS for use_case in USE_CASE_SLUGS}
    assert all(s.status == RequirementSet.Status.DRAFT for s in sets)
    assert all(s.n > 0 for s in sets)


def test_each_set_holds_exactly_the_requirements_whose_conditions_match_in_order(db):
    by_code = {r.code: r for r in Requirement.objects.prefetch_related("sectors", "use_cases")}
    for sector in SECTOR_SLUGS:
        for use_case in USE_CASE_SLUGS:
            expected = [
                r.code
                for r in sorted(by_code.values(), key=lambda r: (r.position, r.code))
                if (not r.sectors.all() or sector in {s.slug for s in r.sectors.all()})
                and (not r.use_cases.all() or use_case in {u.slug for u in r.use_cases.all()})
            ]
            assert items_of(sector, use_case) == expected, (sector, use_case)


def test_the_worked_cases_carry_notes_in_both_languages(db):
    for sector, use_case in [("kita", "photos"), ("schule", "video"), ("wg", "files")]:
        requirement_set = RequirementSet.objects.get(sector__slug=sector, use_case__slug=use_case, version=1)
        assert requirement_set.notes_de and requirement_set.notes_en
    assert "HmbBfDI" in RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos").notes_de
    assert "§ 79 SchulG NRW" in RequirementSet.objects.get(sector__slug="schule", use_case__slug="video").notes_de
    assert "OVG" not in RequirementSet.objects.get(sector__slug="schule", use_case__slug="video").notes_de
    assert "Art. 2 Abs. 2 lit. c" in RequirementSet.objects.get(sector__slug="wg", use_case__slug="files").notes_de


# --- idempotence ---


def test_loading_twice_changes_nothing(db):
    before = snapshot()
    seed.load(apps)
    catalogue_seed.load(apps)
    assert snapshot() == before


def test_a_second_load_leaves_an_approved_set_alone_and_repairs_a_draft(db):
    frozen = approved(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=1))
    frozen.items.filter(requirement__code="kita-portfolio-care-contract-r2").delete()
    RequirementSet.objects.filter(pk=frozen.pk).update(notes_de="Geprüft.")
    frozen_items = items_of("kita", "photos")
    draft = RequirementSet.objects.get(sector__slug="verein", use_case__slug="photos", version=1)
    expected_draft_items = items_of("verein", "photos")
    draft.items.filter(requirement__code="avv-art28-r2").delete()
    draft.items.update(position=0)

    seed.load(apps)

    frozen.refresh_from_db()
    assert frozen.status == RequirementSet.Status.APPROVED
    assert frozen.notes_de == "Geprüft."
    assert items_of("kita", "photos") == frozen_items
    assert "kita-portfolio-care-contract-r2" not in frozen_items
    assert items_of("verein", "photos") == expected_draft_items
    # The library differs from what the reviewer approved: a new draft version holds it, for the next review.
    newer = RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=2)
    assert newer.status == RequirementSet.Status.DRAFT and newer.notes_de != "Geprüft."
    assert "kita-portfolio-care-contract-r2" in newer.items.values_list("requirement__code", flat=True)


def test_a_load_adds_no_second_version(db):
    seed.load(apps)
    assert RequirementSet.objects.count() == len(SECTOR_SLUGS) * len(USE_CASE_SLUGS)


# --- the catalogue ---


def test_the_catalogue_holds_12_to_14_solutions_each_with_a_profile_and_both_languages(db):
    solutions = Solution.objects.filter(slug__in=[p.solution for p in PROFILES]).prefetch_related("use_cases")
    assert 12 <= solutions.count() <= 14
    for solution in solutions:
        assert solution.summary_de and solution.summary_en, solution.slug
        assert solution.hosting_notes_de and solution.hosting_notes_en, solution.slug
        assert solution.use_cases.all(), solution.slug
        assert 0 < solution.cost_min_cents <= solution.cost_max_cents, solution.slug
        assert solution.profiles.exists(), solution.slug
        assert solution.contract_by in Solution.ContractBy.values
    assert list(Solution.objects.get(slug="moodle").sectors.values_list("slug", flat=True)) == ["schule"]
    assert not Solution.objects.get(slug="nextcloud").sectors.exists()


def test_every_baseline_setting_has_a_kind_and_a_reason_in_both_languages(db):
    settings = BaselineSetting.objects.filter(profile__solution__slug__in=[p.solution for p in PROFILES])
    assert settings.count() >= 40
    for setting in settings:
        assert setting.kind in BaselineSetting.Kind.values
        assert setting.reason_de and setting.reason_en, setting.setting


def test_the_club_profile_enforces_link_passwords_and_keeps_face_recognition_off(db):
    profile = DeploymentProfile.objects.get(solution__slug="nextcloud", slug="club-hardened")
    baseline = {s.setting: s for s in profile.baseline.all()}
    assert profile.software_version == "32"
    assert baseline["shareapi_enforce_links_password"].kind == BaselineSetting.Kind.ON
    assert baseline["shareapi_enforce_expire_date"].kind == BaselineSetting.Kind.ON
    assert baseline["shareapi_allow_public_upload"].kind == BaselineSetting.Kind.OFF
    assert baseline["recognize"].kind == BaselineSetting.Kind.APP_DISABLED
    assert baseline["facerecognition"].kind == BaselineSetting.Kind.APP_DISABLED


def test_the_jitsi_profile_starts_muted_and_never_records(db):
    baseline = {
        s.setting: s
        for s in BaselineSetting.objects.filter(profile__solution__slug="jitsi-meet", profile__slug="privacy-friendly")
    }
    assert baseline["startWithAudioMuted"].kind == BaselineSetting.Kind.ON
    assert baseline["startWithVideoMuted"].kind == BaselineSetting.Kind.ON
    assert baseline["fileRecordingsEnabled"].kind == BaselineSetting.Kind.OFF


def test_coverage_codes_exist_in_the_library_and_the_key_profiles_have_coverage(db):
    library = {req.code for req in REQUIREMENTS}
    assert {cover.code for profile in PROFILES for cover in profile.coverage} <= library
    covered = set(Coverage.objects.values_list("profile__solution__slug", flat=True))
    assert {"nextcloud", "jitsi-meet", "bigbluebutton", "immich", "borgbackup"} <= covered
    assert set(Coverage.objects.values_list("level", flat=True)) == set(Coverage.Level.values)
    kita = DeploymentProfile.objects.get(solution__slug="nextcloud", slug="kita-photos")
    assert kita.coverage.filter(requirement__code="photos-no-face-recognition", level=Coverage.Level.SATISFIED).exists()


def test_no_review_is_seeded(db):
    assert not Review.objects.exists()
