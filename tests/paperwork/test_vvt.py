"""The VVT has every item of Art. 30(1) (organisation) and Art. 30(2) (volunteer), checked in the produced files."""

from __future__ import annotations

from .checks import assert_phrases
from .parse import produce_text

KIND = "vvt"
ITEMS = {
    # Art. 30(1): the controller's record
    "art30-1-a": (
        "Art. 30(1)(a)",
        "Controller: Kita Sonnenschein",
        "Joint controllers",
        "Representative (Art. 27 GDPR)",
        "Data-protection officer: datenschutz@traeger.example",
    ),
    "art30-1-b": ("Art. 30(1)(b)", "Termine der Gruppen planen"),
    "art30-1-c": ("Art. 30(1)(c)", "Data subjects:", "Erzieherinnen", "Personal data:", "E-Mail-Adressen"),
    "art30-1-d": ("Art. 30(1)(d)", "third countries", "Eltern der jeweiligen Gruppe", "Hoster: Hetzner Online GmbH"),
    "art30-1-e": ("Art. 30(1)(e)", "no transfer to a third country"),
    "art30-1-f": ("Art. 30(1)(f)", "Löschung, wenn das Kind die Kita verlässt", "Backups: deleted after 30 days"),
    "art30-1-g": ("Art. 30(1)(g)", "Nextcloud 32, preset CLUB, hardened", "8 settings of its configuration baseline"),
    # Art. 30(2): the processor's record
    "art30-2-a": ("Art. 30(2)(a)", "Processor: Vera Volunteer <vera.volunteer@example.org>"),
    "art30-2-b": ("Art. 30(2)(b)", "For Kita Sonnenschein: operation, administration"),
    "art30-2-c": ("Art. 30(2)(c)",),
    "art30-2-d": ("Art. 30(2)(d)",),
}
# Facts nobody entered, shown as marked gaps (test_every_kind.py checks ITEMS and GAPS of every document).
GAPS = (
    "purposes of the processing",
    "categories of data subjects",
    "categories of personal data",
    "categories of recipients",
    "country of the servers",
    "deletion periods",
    "general description of the technical and organisational measures",
    "contact of the data-protection officer, or “none appointed”",
)


def test_servers_outside_the_eu_ask_for_the_safeguards(details, engagement):
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, "vvt", "odt", "en")
    assert_phrases(text, ("Country of the servers: USA", "[to fill in: none, or the safeguards under Art. 44 to 49"))
