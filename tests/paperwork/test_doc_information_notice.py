"""The information notice contains every item Art. 13 GDPR requires, checked one by one in the produced DOCX and
ODT."""

from __future__ import annotations

import pytest

from techpaten.paperwork.documents.common import is_eu_eea
from techpaten.paperwork.documents.registry import get_kind

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "information_notice"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Information notice") with phrases only it contains.
ITEMS = {
    "controller": (
        "Name and contact details of the controller",
        "Controller: Elterninitiative Sonnenschein e.V.",
        "Facility or group: Kita Sonnenschein",
        "Address: Sonnenallee 1, 10115 Berlin",
        "Represented by: Anna Admin, Kita-Leitung",
    ),
    "dpo": ("Our data-protection officer: datenschutz@traeger.example",),
    "purposes-legal-basis": (
        "Purposes and legal basis of the processing",
        "Fotos von Kita-Festen mit den Eltern teilen",
        "Legal basis for each purpose:",
        "Fotos: Einwilligung der Eltern",
    ),
    "legitimate-interests": (
        "Where we base processing on legitimate interests (Art. 6(1)(f) GDPR)",
        "Wir stützen uns nicht auf berechtigte Interessen.",
    ),
    "recipients": (
        "as a processor bound by our instructions (Art. 28 GDPR): Vera Volkmann",
        "as a further processor: Hetzner Online GmbH",
        "Eltern der jeweiligen Gruppe",
    ),
    "third-country": ("The servers are located in Deutschland", "outside the EU or the EEA (third countries)"),
    "storage-period": ("How long we keep the data", "Fotos: wenn das Kind die Kita verlässt", "30 days"),
    "right-of-access": ("access to the data we hold about you (Art. 15 GDPR)",),
    "right-to-rectification": ("rectification of inaccurate data (Art. 16 GDPR)",),
    "right-to-erasure": ("erasure of your data (Art. 17 GDPR)",),
    "right-to-restriction": ("restriction of the processing (Art. 18 GDPR)",),
    "right-to-portability": ("data portability", "machine-readable format (Art. 20 GDPR)"),
    "objection": (
        "Right to object (Art. 21 GDPR)",
        "on grounds relating to your particular situation",
        "compelling legitimate grounds for the processing which override your interests, rights and freedoms",
        "the establishment, exercise or defence of legal claims (Art. 21(1) GDPR)",
    ),
    "withdraw-consent": ("withdraw it at any time with effect for the future", "(Art. 7(3) GDPR)"),
    "complaint": (
        "lodge a complaint with a data-protection supervisory authority (Art. 77 GDPR)",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    ),
    "requirement": ("Are you required to provide the data?", "ohne Angaben gibt es kein Konto in der Elterngalerie"),
    "automated-decisions": ("☐ We do not use automated decision-making, including profiling", "Art. 22 GDPR"),
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
        "our legitimate interests, or “we do not rely on legitimate interests”",
        "whether providing the data is required by law or contract, needed to use the service, or voluntary, and what "
        "happens if it is not provided",
    )
    assert_gaps(engagement, KIND, fmt, labels)
    assert "Our data-protection officer: [to fill in: contact details of the data-protection officer" in " ".join(
        produce_text(engagement, KIND, fmt, "en").split()
    )


def test_servers_outside_the_eea_leave_the_transfer_safeguard_to_fill_in(details, engagement):
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, KIND, "docx", "en")
    assert_phrases(text, ("Location of the servers: USA", "an adequacy decision or standard contractual clauses"))
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


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", ("which override your interests, rights and freedoms", "establishment, exercise or defence of legal")),
        ("de", ("die Ihre Interessen, Rechte und Freiheiten überwiegen", "Verteidigung von Rechtsansprüchen")),
    ],
)
def test_the_right_to_object_states_both_halves_of_art_21_1(engagement, language, phrases):
    """Finding 2: not just "compelling legitimate grounds", but grounds that override the person's interests, rights
    and freedoms, or the establishment, exercise or defence of legal claims."""
    assert_phrases(produce_text(engagement, KIND, "docx", language), phrases)


def test_automated_decision_making_is_a_choice_to_tick_not_a_statement(engagement):
    text = produce_text(engagement, KIND, "docx", "en")
    assert "☐ We do not use automated decision-making" in text
    assert "☐ We use automated decision-making" in text


def test_for_a_catholic_sponsor_the_notice_cites_the_kdg(details, engagement):
    engagement.organisation.sponsor_kind = "catholic"
    engagement.organisation.save()
    text = produce_text(engagement, KIND, "docx", "en")
    assert_phrases(
        text,
        ("Information under § 15 KDG", "access to the data we hold about you (§ 17 KDG)", "Right to object (§ 23 KDG)"),
    )
    assert "Art. 15 GDPR" not in text and "Art. 21 GDPR" not in text
