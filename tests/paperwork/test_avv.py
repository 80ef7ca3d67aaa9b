"""The AVV contains every item Art. 28(3) GDPR requires, checked one by one in the produced DOCX and ODT; it invents
nothing (who signs the hosting contract, the sub-processors), names the parties by full legal name and address, and
its liability clause is right about Art. 82 GDPR and § 276(3) BGB."""

from __future__ import annotations

import pytest

from techpaten.paperwork.models import HosterContract

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "avv"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)

# Each mandatory item (datenschutz.md, "Documents and their mandatory contents") with phrases only it contains.
ITEMS = {
    "parties": (
        "Controller: Elterninitiative Sonnenschein e.V.",
        "Facility or group: Kita Sonnenschein",
        "Processor: Vera Volkmann",
        "Address of the processor: Lindenweg 3, 14467 Potsdam",
    ),
    "subject-duration": ("subject matter and duration", "Nextcloud für die Elternfotos der Kita", "01.12.2026"),
    "nature-purpose": ("nature and purpose of the processing", "Fotos von Kita-Festen mit den Eltern teilen"),
    "data-types": ("type of personal data", "E-Mail-Adressen"),
    "data-subjects": ("categories of data subjects", "Erzieherinnen"),
    "controller": ("obligations and rights of the controller", "lawfulness of the processing"),
    "art28-3-a": ("Art. 28(3)(a)", "only on documented instructions", "transfers to a third country"),
    "art28-3-b": ("Art. 28(3)(b)", "committed themselves to confidentiality"),
    "art28-3-c": ("Art. 28(3)(c)", "measures required under Art. 32 GDPR", "Annex 1 (TOM)"),
    "art28-3-d": (
        "Art. 28(3)(d)",
        "Art. 28(2) GDPR",
        "prior specific written authorisation",
        "contracts the hoster directly",
        "Hetzner Online GmbH",
        "Further sub-processors authorised at the time of signing: keine weiteren",
    ),
    "art28-3-e": ("Art. 28(3)(e)", "exercising the data subject's rights (Chapter III GDPR)"),
    "art28-3-f": ("Art. 28(3)(f)", "(Art. 32 GDPR)", "(Art. 33 GDPR)", "personal data breach without undue delay"),
    "art28-3-g": ("Art. 28(3)(g)", "deletes or returns all personal data", "Backups are included", "30 days"),
    "art28-3-h": ("Art. 28(3)(h)", "audits, including inspections"),
    "official-model": ("Art. 28(7) GDPR", "Implementing Decision (EU) 2021/915"),
    "liability": ("Art. 82(2) GDPR", "Art. 82(4) GDPR", "Art. 82(5) GDPR", "§ 276(3) BGB"),
    "signatures": ("Signatures", "For the controller: Elterninitiative Sonnenschein e.V.", "Processor: Vera Volkmann"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_avv_marks_unknown_facts_as_gaps(details, engagement, fmt):
    for field in ("purposes", "data_categories", "data_subjects", "hoster_name", "sub_processors"):
        setattr(details, field, "")
    details.starts_on = None
    details.save()
    labels = ("purposes of the processing", "categories of personal data", "categories of data subjects")
    assert_gaps(engagement, "avv", fmt, (*labels, "start date", "name of the hoster"))


# Finding 4: nothing entered, nothing claimed.


def test_an_undecided_hosting_contract_is_a_gap_not_the_organisation_contracting_the_hoster(details, engagement):
    details.hoster_contract = HosterContract.UNDECIDED
    details.sub_processors = ""
    details.save()
    text = produce_text(engagement, "avv", "docx", "en")
    assert "contracts the hoster directly" not in text
    assert "no sub-processors" not in text and "engages no sub-processors" not in text
    assert_phrases(
        text,
        (
            "Who signs the hosting contract: [to fill in: the organisation itself, or the processor",
            "Further sub-processors authorised at the time of signing: [to fill in: name, address and task of each",
        ),
    )


def test_the_avv_names_the_hoster_as_sub_processor_when_the_volunteer_signs_its_contract(details, engagement):
    details.hoster_contract = HosterContract.VOLUNTEER
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, "avv", "docx", "en")
    assert_phrases(text, ("Sub-processor (hoster)", "Hetzner Online GmbH", "servers in USA", "Chapter V GDPR"))
    assert "contracts the hoster directly" not in text


# Finding 11: full legal names and postal addresses; an account's first name is never a party's name.


def test_a_volunteer_known_only_by_the_account_name_is_a_gap_not_the_account_name_and_e_mail(details, engagement):
    engagement.processor_parties.all().delete()
    text = produce_text(engagement, "avv", "docx", "en")
    assert "vera.volunteer@example.org" not in text
    assert "Processor: Vera Volunteer" not in text
    assert_phrases(
        text,
        (
            "Processor: [to fill in: full name of Vera Volunteer]",
            "Address of the processor: [to fill in: postal address of Vera Volunteer]",
        ),
    )


def test_the_organisation_s_legal_name_is_a_gap_until_entered(details, engagement):
    details.controller_legal_name = ""
    details.save()
    text = produce_text(engagement, "avv", "odt", "en")
    assert_phrases(
        text,
        (
            "Controller: [to fill in: full legal name of the organisation or its sponsor]",
            "For the controller: [to fill in: full legal name of the organisation or its sponsor]",
        ),
    )


# Finding 6: Art. 82(2) is about the data subjects, not a limit between the parties.


def test_the_liability_clause_limits_the_volunteer_to_intent_and_gross_negligence_with_indemnity(details, engagement):
    text = " ".join(produce_text(engagement, "avv", "docx", "en").split())
    assert "Liability follows Art. 82 GDPR: the processor is liable only" not in text
    assert_phrases(
        text,
        (
            "This rule governs liability towards the data subjects; it does not limit liability between the parties",
            "each is liable towards the data subject for the entire damage (Art. 82(4) GDPR)",
            "may claim back from the other party the part of the compensation corresponding to",
            "the processor is liable to the controller only for intent and gross negligence",
            "The controller indemnifies the processor against claims of third parties",
            "unless the processor caused the damage intentionally or with gross negligence",
            "Liability for intent cannot be excluded in advance (§ 276(3) BGB)",
        ),
    )
