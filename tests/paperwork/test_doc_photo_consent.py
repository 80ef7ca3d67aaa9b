"""The photo consent forms contain every item Art. 6(1)(a) and Art. 7 GDPR ask for, with one decision per purpose,
checked one by one in the produced DOCX and ODT; the form follows the sector (finding 8): the Kita form with the
parents, a school form where pupils from 14 sign themselves, with the school-law basis, none for a shared flat."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.registry import get_kind, offered
from techpaten.taxonomy.models import Sector

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "photo_consent"
NAMES = ("Kita Sonnenschein", "Vera Volkmann")  # the parties, as named (test_every_kind)
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Photo consent") with phrases only it contains.
ITEMS = {
    "controller": (
        "Who is responsible for the photos",
        "Controller: Elterninitiative Sonnenschein e.V.",
        "Sonnenallee 1, 10115 Berlin",
        "Anna Admin, Kita-Leitung",
    ),
    "child-and-parents": ("Child's name: ____", "Parent(s) or guardian(s): ____"),
    "who-decides": ("Those with parental responsibility decide for their child",),
    "informed": ("we ask for consent in advance, before photos are taken",),
    "legal-basis": ("consent (Art. 6(1)(a) GDPR and Art. 7 GDPR)", "§ 22 of the Art Copyright Act (KUG)"),
    "voluntary": ("Your consent is voluntary", "suffers a disadvantage", "decide separately for each purpose"),
    "purpose-kita-gallery": (
        "Purpose 1: display in the Kita and in the parents' gallery or app",
        "Gallery or app used: Nextcloud 32, preset CLUB, hardened",
    ),
    "purpose-portfolio": ("Purpose 2: portfolio", "development and learning in their portfolio"),
    "portfolio-care-contract": (
        "part of the care contract",
        "(Art. 6(1)(b) GDPR)",
        "the view of a Kita association's guidance, not a court's",
        "☐ Our concept makes the portfolio part of the care contract",
    ),
    "purpose-public": (
        "Public relations (website, press, print)",
        "on the Kita's website: ☐ Yes, I/we consent.",
        "in the local press",
        "printed material (flyers, brochures, annual report): ☐ Yes",
    ),
    "not-done": ("do not take photos with private phones", "No face recognition", "biometric data under Art. 9"),
    "recipients": (
        "Who sees the photos",
        "bound by a data-processing agreement (Art. 28 GDPR): Vera Volkmann",
        "Hetzner Online GmbH, Deutschland",
    ),
    "storage-deletion": (
        "We delete the photos of your child when your child leaves the Kita",
        "Group photos are deleted when the last child shown on them has left the Kita",
        "overwritten after at most 30 days",
    ),
    "withdrawal": (
        "withdraw your consent at any time",
        "without any disadvantage",
        "takes effect for the future",
        "Art. 7(3) GDPR",
        "Please send your withdrawal to: Kita Sonnenschein, leitung",
    ),
    "proof": ("proof of the consent (Art. 7(1) GDPR)",),
    "signature": ("Parent or guardian 1", "Parent or guardian 2", "Place, date", "Signature"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_purpose_and_public_channel_has_its_own_tick_boxes(details, engagement, fmt):
    text = produce_text(engagement, KIND, fmt, "en")
    # Gallery, portfolio, and website / press / print: five separate decisions, never one bundled consent.
    assert text.count("☐ Yes, I/we consent.") == 5
    assert text.count("☐ No, I/we do not consent.") == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_german_form_has_german_tick_boxes(details, engagement, fmt):
    """Finding 1: the boxes were built inside an f-string, never extracted, and stayed English in German."""
    text = produce_text(engagement, KIND, fmt, "de")
    assert "Yes, I/we consent" not in text and "No, I/we do not consent" not in text
    assert text.count("☐ Ja, ich/wir willige(n) ein.") == 5
    assert text.count("☐ Nein, ich/wir willige(n) nicht ein.") == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_photo_consent_marks_unknown_facts_as_gaps(engagement, fmt):
    labels = (
        "name of the photo gallery or app",
        "name of the hoster",
        "number of days backups are kept",
        "name and function",
    )
    assert_gaps(engagement, KIND, fmt, labels)


def set_sector(engagement, slug: str) -> None:
    engagement.organisation.sector = Sector.objects.get(slug=slug)
    engagement.organisation.save()


def test_a_school_gets_the_school_form_where_pupils_from_14_sign_with_the_school_law(details, engagement):
    set_sector(engagement, "schule")
    text = " ".join(produce_text(engagement, KIND, "docx", "en").split())
    assert_phrases(
        text,
        (
            "Pupil and parents",
            "Pupil's name: ____",
            "For pupils under 14, their parents decide. From 14",
            "they sign themselves, and their parents sign too until they are 18",
            "School law of the Land that also applies: § 47 SGB VIII, KitaFöG Berlin",
            "Pupil (from 14)",
            "on the school's website: ☐ Yes",
        ),
    )
    assert "portfolio" not in text.lower() and "the Kita" not in text and "parents' gallery" not in text


def test_a_school_without_the_school_law_entered_gets_a_gap_for_it(details, engagement):
    set_sector(engagement, "schule")
    details.sector_law = ""
    details.save()
    assert_gaps(
        engagement,
        KIND,
        "odt",
        ("data-protection provision of your Land's school act, e.g. Art. 85 BayEUG or § 20b SchoG",),
    )


def test_a_club_gets_the_form_for_people_of_all_ages(details, engagement):
    set_sector(engagement, "verein")
    text = " ".join(produce_text(engagement, KIND, "docx", "en").split())
    assert_phrases(
        text,
        (
            "Adults decide for themselves",
            "young people aged 14 to 17 sign together with their parents",
            "legitimate interests (Art. 6(1)(f) GDPR) or the exceptions of § 23 KUG",
            "Person shown (from 14)",
        ),
    )


def test_a_shared_flat_is_offered_no_photo_consent_form(admin_client_, details, engagement):
    set_sector(engagement, "wg")
    assert KIND not in {kind.key for kind in offered(gather(engagement, contact_visible=True))}
    assert admin_client_.get(reverse("paperwork:document", args=[engagement.pk, KIND])).status_code == 404
    assert admin_client_.get(reverse("paperwork:download", args=[engagement.pk, KIND, "docx"])).status_code == 404
