"""The golden engagement: every fact entered (representative, DPO, the volunteer's full name and address, …). Every
document it is offered, in DOCX, ODT and print HTML, contains each fact it uses and not a single gap.

And the sparse engagement: nothing entered. Every unknown is a marked gap, and nothing the platform does not know is
printed as a fact (no "the organisation contracts the hoster", no "no joint controllers", no claimed encryption).
"""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from techpaten.paperwork.documents.base import Blank
from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.registry import KINDS, offered
from techpaten.paperwork.models import HelperRole, ProcessingDetails
from techpaten.paperwork.render import blank_text

from .conftest import GOLDEN, PARTY
from .parse import produce_any

FORMATS = ("docx", "odt", "html")

# Which entered facts each document uses (field names of GOLDEN and PARTY).
PARTIES = ("controller_legal_name", "controller_representative", "legal_name")
FACTS = {
    "avv": (*PARTIES, "postal_address", "service_description", "hoster_name", "hoster_address", "sub_processors",
            "purposes", "data_subjects", "data_categories"),
    "tom": ("controller_legal_name", "legal_name", "protection_need_reason", "tom_reviewer"),
    "vvt": (*PARTIES, "postal_address", "joint_controllers", "dpo_contact", "supervisory_authority", "purposes",
            "data_subjects", "data_categories", "recipients", "retention"),
    "photo_consent": ("controller_legal_name", "controller_representative", "legal_name", "hoster_name", "retention"),
    "information_notice": (*PARTIES, "dpo_contact", "purposes", "legal_basis", "legitimate_interests",
                           "provision_requirement", "recipients", "retention", "supervisory_authority"),
    "deletion_rules": (*PARTIES, "deletion_trigger_contact", "deletion_checker", "deletion_log", "retention"),
    "breach_plan": ("controller_legal_name", "controller_representative", "dpo_contact", "supervisory_authority",
                    "hoster_name", "out_of_hours_contact"),
    "data_subject_requests": (*PARTIES, "supervisory_authority"),
}  # fmt: skip
VALUES = {**GOLDEN, **PARTY}


def _lines(value: str) -> list[str]:
    return [line for line in value.splitlines() if line.strip()]


def test_the_golden_engagement_is_offered_every_document_but_the_confidentiality_undertaking(details, engagement):
    # The team is a processor: it gets the AVV, never also the undertaking (finding 8).
    keys = {kind.key for kind in offered(gather(engagement, contact_visible=True))}
    assert keys == set(KINDS) - {"confidentiality"}
    assert set(FACTS) == keys


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(FACTS))
def test_every_golden_document_contains_each_fact_and_no_gap(admin_client_, details, engagement, kind, fmt):
    text = produce_any(admin_client_, engagement, kind, fmt, "de")
    flat = " ".join(text.split())
    with translation.override("de"):
        gap = blank_text(Blank("")).split(":")[0]
    assert gap not in text, f"{kind}.{fmt} has gaps: {[line for line in text.splitlines() if gap in line]}"
    missing = [line for field in FACTS[kind] for line in _lines(VALUES[field]) if " ".join(line.split()) not in flat]
    assert not missing, f"{kind}.{fmt} lacks {missing}"


def test_the_golden_confidentiality_undertaking_has_no_gap_for_a_member_team(admin_client_, details, engagement):
    details.helper_role = "member"
    details.save()
    for fmt in FORMATS:
        text = produce_any(admin_client_, engagement, "confidentiality", fmt, "de")
        assert "[bitte ausfüllen" not in text
        assert "Vera Volkmann" in text and "Elterninitiative Sonnenschein e.V." in text


# The sparse engagement: nothing entered (no details, no party, no role).

# What the platform must never print as a fact when nobody entered it (English, as produced in English).
INVENTED = {
    "avv": ("contracts the hoster directly", "engages no sub-processors", "vera.volunteer@example.org"),
    "vvt": ("none: the controller decides alone", "encryption in transit", "Hardened configuration"),
    "tom": ("Backups are kept for",),
    "information_notice": ("The servers are located in",),
}


# Without a decided role the contracts are not offered (tested below); the AVV's sparse form is checked with a role.
SPARSE_KINDS = sorted(set(KINDS) - {"confidentiality"})


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", SPARSE_KINDS)
def test_every_sparse_document_marks_its_unknowns_as_gaps(admin_client_, engagement, kind, fmt):
    if kind == "avv":
        ProcessingDetails.objects.create(engagement=engagement, helper_role=HelperRole.PROCESSOR)
    text = produce_any(admin_client_, engagement, kind, fmt, "en")
    assert "[to fill in:" in text
    for phrase in INVENTED.get(kind, ()):
        assert phrase not in text, (kind, fmt, phrase)
    # The volunteer is known only by the account name (first name and e-mail): the full name is a gap. Outside the
    # gaps the account name appears only in the breach plan's list of whom to call.
    outside_gaps = re.sub(r"\[to fill in:[^\]]*\]", "", text)
    if kind != "breach_plan":
        assert "Vera Volunteer" not in outside_gaps, kind


def test_without_a_decided_role_neither_contract_is_offered(engagement):
    keys = {kind.key for kind in offered(gather(engagement, contact_visible=True))}
    assert "avv" not in keys and "confidentiality" not in keys
    assert {"tom", "vvt", "information_notice", "photo_consent"} <= keys


@pytest.mark.parametrize("kind", ["avv", "vvt", "tom", "information_notice", "deletion_rules", "data_subject_requests"])
def test_the_sparse_documents_name_what_is_missing(engagement, kind, details):
    # Emptying every entered fact again gives gaps for exactly those facts, in the sparse document.
    for field in GOLDEN:
        setattr(details, field, "")
    details.save()
    engagement.processor_parties.all().delete()
    with translation.override("en"):
        blanks = [blank.label for blank in KINDS[kind].build(gather(engagement, contact_visible=True)).blanks()]
    assert any("full legal name of the organisation" in label for label in blanks)
    if kind in ("avv", "vvt"):
        assert "full name of Vera Volunteer" in blanks
