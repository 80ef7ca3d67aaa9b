"""The data-breach plan contains every item of Art. 33 and 34 GDPR (who tells whom, the 72-hour clock, what a report
contains), checked one by one in the produced DOCX and ODT."""

from __future__ import annotations

import pytest

from techpaten.paperwork.documents.registry import get_kind

from .checks import FORMATS, assert_gaps

KIND = "breach_plan"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)
VERSION = get_kind(KIND).template_version

# Each mandatory item (datenschutz.md, "Data breach") with phrases only it contains.
ITEMS = {
    "what-is-a-breach": ("A personal data breach is a breach of security", "(Art. 4(12) GDPR)"),
    "first-hour": ("The first hour: checklist", "☐ Note the date and time you became aware of the breach"),
    "contacts": (
        "Organisation (controller): Elterninitiative Sonnenschein e.V. (Kita Sonnenschein)",
        "Contact person at the organisation: Anna Admin, Kita-Leitung",
        "Volunteer admin team (processor): Vera Volkmann",
        "vera.volunteer@example.org",
        "Data-protection officer: datenschutz@traeger.example",
        "Supervisory authority: Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        "Hoster (server provider): Hetzner Online GmbH",
        "Reachable out of hours: Anna Admin, 0151 2345678",
    ),
    "processor-informs-controller": (
        "The volunteer admin team (processor) informs the organisation without undue delay",
        "(Art. 33(2) GDPR)",
    ),
    "controller-reports": ("reports the breach to the supervisory authority (Art. 33(1) GDPR)",),
    "deadline-72h": ("within 72 hours after becoming aware of it", "reasons for the delay"),
    "report-nature": ("the nature of the breach",),
    "report-people": ("the categories and approximate number of people affected",),
    "report-records": ("the categories and approximate number of personal data records affected",),
    "report-contact-point": ("contact details of the data-protection officer or another contact point",),
    "report-consequences": ("the likely consequences of the breach",),
    "report-measures": ("the measures taken or proposed to address the breach",),
    "staged-reporting": ("supply the rest in stages without undue further delay (Art. 33(4) GDPR)",),
    "documentation": (
        "documents every breach, including those it does not report",
        "(Art. 33(5) GDPR)",
        "Breach record (one per breach):",
        "Became aware on (date, time): ____",
    ),
    "data-subjects": ("likely to result in a high risk", "informs them without undue delay", "(Art. 34 GDPR)"),
    "data-subjects-exceptions": ("not required if (Art. 34(3) GDPR)", "in particular by encryption"),
}
# Several items share a section (who tells whom; the contents of a report); these are the sections' keys.
SECTION_KEYS = [
    "what-is-a-breach",
    "first-hour",
    "contacts",
    "who-tells-whom",
    "deadline-72h",
    "report-contents",
    "staged-reporting",
    "data-subjects",
    "data-subjects-exceptions",
    "documentation",
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_breach_plan_marks_unknown_facts_as_gaps(engagement, fmt):
    labels = (
        "name, phone and online reporting form of the supervisory authority",
        "contact of the data-protection officer, or “not designated”",
        "name and function",
        "name of the hoster",
        "name, online form or address of the supervisory authority",
        "who can be reached at weekends and on holidays, and how",
    )
    assert_gaps(engagement, KIND, fmt, labels)
