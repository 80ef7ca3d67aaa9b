"""Revising the requirement library the way the app intends (finding 9): a requirement in an approved set is frozen,
so a corrected wording comes as a new requirement that replaces the old one in the next draft version; the loader
never rewrites a frozen row. And the corrections themselves: the statements of law the review found wrong."""

from __future__ import annotations

import dataclasses

import pytest
from django.apps import apps

from techpaten.compliance import seed
from techpaten.compliance.models import Requirement, RequirementSet
from techpaten.compliance.seed_requirements import REQUIREMENTS

from .factories_compliance import approved


def library(code: str):
    return next(req for req in REQUIREMENTS if req.code == code)


def test_the_loader_never_rewrites_a_requirement_frozen_in_an_approved_set(db, monkeypatch):
    approved(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=1))
    original = Requirement.objects.get(code="photos-no-face-recognition").text_de
    edited = [
        dataclasses.replace(req, text_de="Stillschweigend geändert.")
        if req.code == "photos-no-face-recognition"
        else req
        for req in REQUIREMENTS
    ]
    monkeypatch.setattr(seed, "REQUIREMENTS", edited)
    seed.load(apps)
    assert Requirement.objects.get(code="photos-no-face-recognition").text_de == original


def test_a_revised_requirement_replaces_the_old_one_in_a_new_draft_version_and_the_approved_one_stays(db, monkeypatch):
    v1 = approved(RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=1))
    old = library("photos-no-face-recognition")
    revised = dataclasses.replace(old, code="photos-no-face-recognition-r2", replaces=(old.code,), text_de="Neu.")
    monkeypatch.setattr(seed, "REQUIREMENTS", [revised if req is old else req for req in REQUIREMENTS])
    seed.load(apps)

    codes_v1 = set(v1.items.values_list("requirement__code", flat=True))
    v2 = RequirementSet.objects.get(sector__slug="kita", use_case__slug="photos", version=2)
    codes_v2 = set(v2.items.values_list("requirement__code", flat=True))
    assert "photos-no-face-recognition" in codes_v1 and "photos-no-face-recognition-r2" not in codes_v1
    assert "photos-no-face-recognition-r2" in codes_v2 and "photos-no-face-recognition" not in codes_v2
    assert v2.status == RequirementSet.Status.DRAFT
    # A second load finds the draft in line and makes no third version.
    seed.load(apps)
    assert not RequirementSet.objects.filter(sector__slug="kita", use_case__slug="photos", version=3).exists()


def test_every_revised_requirement_names_what_it_replaces_and_no_old_code_is_still_seeded():
    codes = {req.code for req in REQUIREMENTS}
    for req in REQUIREMENTS:
        if req.code.endswith("-r2"):
            assert req.replaces, req.code
        assert not set(req.replaces) & codes, req.code


# The corrections (finding 9), each against the library text.


def test_schools_in_free_sponsorship_are_not_told_art_37_1_a_applies():
    req = library("schule-dpo-r2")
    assert "Ersatzschulen" in req.text_de and "Art. 37 Abs. 1 lit. a nicht" in req.text_de
    assert "§ 38 BDSG" in req.text_de and "Ersatzschulen" in req.text_en
    assert not req.text_de.startswith("Schulen sind öffentliche Stellen")


def test_no_court_is_cited_without_date_and_file_number_and_the_association_is_not_a_court():
    for req in REQUIREMENTS:
        assert "OVG NRW" not in req.text_de + " ".join(req.sources), req.code
        assert "(LAG Hessen)" not in req.text_de + req.text_en, req.code
    assert any(
        "Verbandsinformation (keine Rechtsprechung)" in source
        for source in library("kita-photo-delete-on-leaving-r2").sources
    )


def test_the_imprint_of_non_commercial_sites_rests_on_section_18_1_mstv():
    req = library("website-imprint-r2")
    assert "§ 18 Abs. 1 MStV" in req.text_de and "§ 18(1) MStV" in req.text_en
    assert "§ 18 Abs. 1" in req.legal_basis


def test_adults_photos_are_a_should_children_s_photos_a_must():
    adults, children = library("photos-publication-adults"), library("photos-publication-children")
    assert adults.level == "should" and "Art. 6 Abs. 1 lit. f" in adults.text_de and "§ 23 KUG" in adults.text_de
    assert children.level == "must" and children.children_data


def test_writing_for_confidentiality_is_a_recommendation_not_a_gdpr_duty():
    req = library("confidentiality-members-r2")
    assert "keine Schriftform" in req.text_de and "empfohlen" in req.text_de
    assert "Empfehlung" in req.legal_basis


def test_eu_hosting_is_called_a_policy_stricter_than_chapter_v_with_the_2023_adequacy_decision():
    req = library("eu-hosting-r2")
    assert req.level == "should"
    assert "strenger" in req.text_de and "Kapitel V" in req.text_de and "Data Privacy Framework" in req.text_de
    assert any("2023/1795" in source for source in req.sources)


def test_staff_briefing_rests_on_art_32_4_24_and_5_2_not_on_the_dpo_s_tasks():
    req = library("training-briefing-r2")
    assert "Art. 32 Abs. 4" in req.legal_basis and "Art. 24" in req.legal_basis and "Art. 5 Abs. 2" in req.legal_basis
    assert "Art. 39" not in req.legal_basis


@pytest.mark.parametrize(
    ("code", "phrases"),
    [
        ("data-subject-requests", ("Art. 12 Abs. 3", "innerhalb eines Monats", "Art. 15")),
        ("kita-social-data", ("§ 35 SGB I", "§ 61 Abs. 3 SGB VIII")),
        ("church-data-protection-law", ("KDG", "DSG-EKD", "Art. 91")),
        ("schule-photos-consent", ("ab 14", "§ 22 KUG")),
    ],
)
def test_what_was_missing_is_in_the_library(code, phrases):
    req = library(code)
    assert all(phrase in req.text_de for phrase in phrases), code


def test_the_church_law_requirement_is_only_for_church_sponsors():
    assert set(library("church-data-protection-law").sponsors) == {"catholic", "protestant"}
