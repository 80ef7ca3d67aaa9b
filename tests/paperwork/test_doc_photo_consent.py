"""The Kita photo consent form contains every item Art. 6(1)(a) and Art. 7 GDPR ask for, with one decision per
purpose, checked one by one in the produced DOCX and ODT."""

from __future__ import annotations

import pytest

from techpaten.paperwork.documents.registry import get_kind

from .checks import FORMATS
from .parse import produce_text

KIND = "photo_consent"
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Photo consent") with phrases only it contains.
ITEMS = {
    "controller": ("Who is responsible for the photos", "Sonnenallee 1, 10115 Berlin", "Anna Admin, Kita-Leitung"),
    "child-and-parents": (
        "Child's name: [to fill in: first and last name of the child]",
        "Parent(s) or guardian(s): [to fill in: names of the parents or guardians]",
    ),
    "informed": ("we ask for your consent in advance, before photos are taken",),
    "legal-basis": ("your consent (Art. 6(1)(a) and Art. 7 GDPR)", "§ 22 of the Art Copyright Act (KUG)"),
    "voluntary": ("Your consent is voluntary", "suffers no disadvantage", "decide separately for each purpose"),
    "purpose-kita-gallery": (
        "Purpose 1: display in the Kita and in the parents' gallery or app",
        "Gallery or app used: Nextcloud 32, preset CLUB, hardened",
    ),
    "purpose-portfolio": ("Purpose 2: portfolio", "development and learning in their portfolio"),
    "portfolio-care-contract": ("part of the care contract", "(LAG Hessen)", "not needed for purpose 2"),
    "purpose-public": (
        "Purpose 3: public relations (website, press, print)",
        "on the Kita's website: ☐ Yes, I/we consent.",
        "in the local press",
        "printed material (flyers, brochures, annual report): ☐ Yes",
    ),
    "not-done": ("do not take photos with private phones", "No face recognition", "biometric data under Art. 9"),
    "recipients": (
        "Who sees the photos",
        "bound by a data-processing agreement (Art. 28 GDPR): Vera Volunteer",
        "Hetzner Online GmbH, Deutschland",
    ),
    "storage-deletion": (
        "We delete the photos of your child when your child leaves the Kita",
        "Group photos are deleted when the last child shown on them has left the Kita",
        "overwritten after at most 30 days",
    ),
    "withdrawal": (
        "withdraw your consent at any time",
        "without any disadvantage for your child",
        "takes effect for the future",
        "Art. 7(3) GDPR",
        "Please send your withdrawal to: Kita Sonnenschein, leitung",
    ),
    "proof": ("proof of your consent (Art. 7(1) GDPR)",),
    "signature": ("Parent or guardian 1", "Parent or guardian 2", "Place, date", "Signature"),
}
# Facts nobody entered, shown as marked gaps (test_every_kind.py checks ITEMS and GAPS of every document).
GAPS = (
    "first and last name of the child",
    "names of the parents or guardians",
    "name of the photo gallery or app",
    "name of the hoster",
    "number of days backups are kept",
    "name and function of the Kita's management",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_purpose_and_public_channel_has_its_own_tick_boxes(details, engagement, fmt):
    text = produce_text(engagement, KIND, fmt, "en")
    # Gallery, portfolio, and website / press / print: five separate decisions, never one bundled consent.
    assert text.count("☐ Yes, I/we consent.") == 5
    assert text.count("☐ No, I/we do not consent.") == 5
