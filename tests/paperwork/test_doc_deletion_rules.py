"""The deletion rules (Löschkonzept, DIN 66398 style) contain every item, backups and SDM module 60 included,
checked one by one in the produced DOCX and ODT."""

from __future__ import annotations

import pytest

from techpaten.paperwork.documents.deletion_rules import data_types
from techpaten.paperwork.documents.registry import get_kind
from techpaten.taxonomy.models import Sector

from .checks import FORMATS, assert_gaps, assert_phrases
from .parse import produce_text

KIND = "deletion_rules"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Löschkonzept"; SDM M60) with phrases only it contains.
ITEMS = {
    "scope": ("storage limitation, Art. 5(1)(e) GDPR", "Service: Nextcloud 32, preset CLUB, hardened"),
    "data-types": ("The service holds these types of personal data:", "E-Mail-Adressen"),
    "deletion-classes": (
        "form a deletion class",
        "A (creation)",
        "B (end of a process)",
        "C (end of a relationship)",
        "Standard periods:",
    ),
    "deletion-rules": (
        "Namen: Agreed rule: drei Monate nach dem Austritt",
        "Fotos: Agreed rule: wenn das Kind die Kita verlässt",
        "Backups: Start event: the backup is made; standard period: 30 days; deletion class: A / 30 days",
    ),
    "responsibilities": (
        "Responsible for these rules (controller): Elterninitiative Sonnenschein e.V., Anna Admin, Kita-Leitung",
        "Carries out the deletions in the service (processor): Vera Volkmann",
        "Tells the team when a start event occurs (e.g. a child leaves): Anna Admin, Kita-Leitung",
        "Checks once a year that deletions happen: Carla Controlle, Vorstand",
    ),
    "backups": ("Backups have their own retention period", "no longer than 90 days", "Backups are kept for: 30 days"),
    "restore": ("must not come back when that backup is restored", "M60.S10"),
    "logging": ("Every deletion under these rules is logged", "M60.S05", "Ordner Datenschutz, ein Jahr"),
    "review": ("reviewed at least once a year", "by the person named under responsibilities"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_deletion_rules_mark_unknown_facts_as_gaps(engagement, fmt):
    labels = (
        "data type, e.g. photos of the children",
        "name of the data type",
        "start event, e.g. the child leaves",
        "number of days backups are kept",
        "the service, e.g. the parents' photo gallery",
    )
    assert_gaps(engagement, KIND, fmt, labels)


def test_backups_kept_longer_than_90_days_get_a_warning(details, engagement):
    details.backup_retention_days = 180
    details.save()
    assert_phrases(
        produce_text(engagement, KIND, "docx", "en"),
        ("Backups are kept for: 180 days", "longer than the recommended 90 days"),
    )


def test_photo_rules_are_prefilled_only_for_kitas(details, engagement):
    details.retention = ""
    details.save()
    text = " ".join(produce_text(engagement, KIND, "docx", "en").split())
    assert "Fotos: Start event: the child leaves the Kita (group photos: the last child shown leaves)" in text
    assert "Namen: Start event: [to fill in: start event" in text
    engagement.organisation.sector = Sector.objects.get(slug="verein")
    engagement.organisation.save()
    text = " ".join(produce_text(engagement, KIND, "docx", "en").split())
    assert "Fotos: Start event: [to fill in: start event" in text
    assert "the last child shown leaves" not in text


def test_a_deletion_period_entered_for_a_data_type_is_its_rule(details, engagement):
    details.retention = "Fotos: nach dem Sommerfest löschen\nSonstiges ohne Doppelpunkt"
    details.save()
    text = " ".join(produce_text(engagement, KIND, "docx", "en").split())
    assert "Fotos: Agreed rule: nach dem Sommerfest löschen" in text
    assert "E-Mail-Adressen: Start event: [to fill in: start event" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Namen\nFotos", ["Namen", "Fotos"]),
        ("Namen, Fotos; E-Mail-Adressen", ["Namen", "Fotos", "E-Mail-Adressen"]),
        ("Namen (Kinder, Eltern), Fotos", ["Namen (Kinder, Eltern)", "Fotos"]),
        ("- Namen\n\n- Fotos\n", ["Namen", "Fotos"]),
        ("", []),
    ],
)
def test_data_types_are_split_by_lines_and_commas_but_not_inside_brackets(text, expected):
    assert data_types(text) == expected
