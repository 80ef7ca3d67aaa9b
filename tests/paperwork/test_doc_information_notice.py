"""The information notice contains every item Art. 13 GDPR requires, checked one by one in the produced DOCX and
ODT."""

from __future__ import annotations

import pytest

from techpaten.paperwork.documents.common import is_eu_eea
from techpaten.paperwork.documents.registry import get_kind

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "information_notice"
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Information notice") with phrases only it contains.
ITEMS = {
    "controller": (
        "Name and contact details of the controller",
        "Name: Kita Sonnenschein",
        "Address: Sonnenallee 1, 10115 Berlin",
        "Represented by: Anna Admin, Kita-Leitung",
    ),
    "dpo": ("Our data-protection officer: datenschutz@traeger.example",),
    "purposes-legal-basis": (
        "Purposes and legal basis of the processing",
        "Fotos von Kita-Festen mit den Eltern teilen",
        "Legal basis: [to fill in: legal basis for each purpose",
    ),
    "legitimate-interests": ("Where we base processing on legitimate interests (Art. 6(1)(f) GDPR)",),
    "recipients": (
        "as a processor bound by our instructions (Art. 28 GDPR): Vera Volunteer",
        "as a further processor: Hetzner Online GmbH",
        "Eltern der jeweiligen Gruppe",
    ),
    "third-country": ("The servers are located in Deutschland", "outside the EU or the EEA (third countries)"),
    "storage-period": ("How long we keep the data", "Fotos: Löschung, wenn das Kind die Kita verlässt", "30 days"),
    "right-of-access": ("access to the data we hold about you (Art. 15 GDPR)",),
    "right-to-rectification": ("rectification of inaccurate data (Art. 16 GDPR)",),
    "right-to-erasure": ("erasure of your data (Art. 17 GDPR)",),
    "right-to-restriction": ("restriction of the processing (Art. 18 GDPR)",),
    "right-to-portability": ("data portability", "machine-readable format (Art. 20 GDPR)"),
    "objection": ("Right to object (Art. 21 GDPR)", "on grounds relating to your particular situation"),
    "withdraw-consent": ("withdraw it at any time with effect for the future", "(Art. 7(3) GDPR)"),
    "complaint": (
        "lodge a complaint with a data-protection supervisory authority (Art. 77 GDPR)",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    ),
    "requirement": ("Are you required to provide the data?", "If you do not provide the data:"),
    "automated-decisions": ("We do not use automated decision-making, including profiling", "Art. 22 GDPR"),
}
# The rights are one item of Art. 13(2)(b) and share a section; each is checked on its own above.
SECTION_KEYS = [key for key in ITEMS if not key.startswith("right-")] + ["rights"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_notice_marks_unknown_facts_as_gaps(engagement, fmt):
    labels = (
        "purposes of the processing",
        "name of the hoster",
        "country of the servers",
        "name and address of the competent supervisory authority",
        "how long the data is kept, or the criteria for the period",
    )
    assert_gaps(engagement, KIND, fmt, labels)
    assert "Our data-protection officer: [to fill in: contact details of the data-protection officer" in " ".join(
        produce_text(engagement, KIND, fmt, "en").split()
    )


def test_servers_outside_the_eea_leave_the_transfer_safeguard_to_fill_in(details, engagement):
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, KIND, "docx", "en")
    assert_phrases(text, ("Location of the servers: USA", "standard contractual clauses (Art. 46 GDPR)"))
    assert "We do not transfer your data to countries outside" not in text


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Deutschland", True),
        ("Germany", True),
        ("DE", True),
        ("Finnland (Helsinki)", True),
        ("Norwegen", True),
        ("Schweiz", False),
        ("USA", False),
        ("Vereinigtes Königreich", False),
        ("", False),
    ],
)
def test_the_notice_knows_which_server_countries_are_in_the_eea(country, expected):
    assert bool(is_eu_eea(country)) is expected
