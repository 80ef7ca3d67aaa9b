"""The VVT has every item of Art. 30(1) (organisation) and Art. 30(2) (volunteer), checked in the produced files; its
measures are the TOM's, section by section, and nothing it says was not entered."""

from __future__ import annotations

import pytest

from techpaten.catalogue.models import BaselineSetting

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "vvt"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)

ITEMS = {
    # Art. 30(1): the controller's record
    "art30-1-a": (
        "Art. 30(1)(a)",
        "Controller: Elterninitiative Sonnenschein e.V.",
        "Joint controllers (Art. 26 GDPR): keine",
        "Representative in the EU",
        "Data-protection officer: datenschutz@traeger.example",
    ),
    "art30-1-b": ("Art. 30(1)(b)", "Termine der Gruppen planen"),
    "art30-1-c": ("Art. 30(1)(c)", "Data subjects:", "Erzieherinnen", "Personal data:", "E-Mail-Adressen"),
    "art30-1-d": ("Art. 30(1)(d)", "third countries", "Eltern der jeweiligen Gruppe", "Hoster: Hetzner Online GmbH"),
    "art30-1-e": ("Art. 30(1)(e)", "no transfer to a third country"),
    "art30-1-f": ("Art. 30(1)(f)", "Fotos: wenn das Kind die Kita verlässt", "Backups: deleted after 30 days"),
    "art30-1-g": ("Art. 30(1)(g)", "from the TOM description", "Protection need: high", "admin_audit: switched on"),
    # Art. 30(2): the processor's record
    "art30-2-a": ("Art. 30(2)(a)", "Processor: Vera Volkmann", "Lindenweg 3, 14467 Potsdam"),
    "art30-2-b": ("Art. 30(2)(b)", "For Elterninitiative Sonnenschein e.V.: operation, administration"),
    "art30-2-c": ("Art. 30(2)(c)",),
    "art30-2-d": ("Art. 30(2)(d)", "1.2 Confidentiality: system access control (Zugangskontrolle): twofactor_enforced"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_vvt_marks_unknown_facts_as_gaps(engagement, fmt):
    labels = (
        "purposes of the processing",
        "categories of data subjects",
        "categories of personal data",
        "categories of recipients",
        "country of the servers",
        "deletion periods",
        "joint controllers, or “none”",
        "measures, see the TOM",
        "contact of the data-protection officer, or “none designated”",
    )
    assert_gaps(engagement, "vvt", fmt, labels)


def test_servers_outside_the_eu_ask_for_the_safeguards(details, engagement):
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, "vvt", "odt", "en")
    assert_phrases(text, ("Country of the servers: USA", "[to fill in: none, or the safeguards under Chapter V GDPR"))


# Finding 4: no joint controllers and no encryption claimed unless entered; the measures come from the TOM.


def test_nothing_entered_claims_neither_joint_controllers_nor_encryption(engagement):
    text = produce_text(engagement, "vvt", "docx", "en")
    assert "none: the controller decides alone" not in text
    assert "encryption in transit" not in text
    assert_phrases(text, ("Joint controllers (Art. 26 GDPR): [to fill in: joint controllers, or “none”]",))


def test_the_measures_summary_follows_the_tom_where_it_has_a_gap(details, engagement, profile):
    BaselineSetting.objects.filter(profile=profile, control=BaselineSetting.Control.ENCRYPTION).delete()
    vvt = produce_text(engagement, "vvt", "docx", "en")
    tom = produce_text(engagement, "tom", "docx", "en")
    assert "[to fill in: encryption in transit and at rest]" in tom
    assert_phrases(
        vvt, ("1.5 Pseudonymisation and encryption (Art. 32(1)(a) GDPR): [to fill in: measures, see the TOM]",)
    )
    assert "encryption_enabled" not in vvt
