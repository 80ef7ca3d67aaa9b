"""VVT: the record of processing activities, Art. 30 GDPR, in two parts.

Part A is the organisation's entry as controller (Art. 30(1)(a) to (g)), part B the volunteer's record as processor
(Art. 30(2)(a) to (d)). Each item has its own section key so tests can check the produced file item by item.

The general description of the measures (Art. 30(1)(g), (2)(d)) is derived from the TOM, section by section, so the
two documents cannot disagree: where the TOM has a gap, so has the VVT.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import law as laws
from .base import Blank, Bullets, Document, Kind, Paragraph, Run, Table, value_or_blank
from .common import (
    controller_name,
    controller_rows,
    fill,
    is_eu_eea,
    lines_or_blank,
    new_document,
    para,
    parties_or_blank,
    party_address,
    party_name,
    section,
    service_or_blank,
    solution_or_blank,
)
from .data import DocumentData
from .tom import control_sections


def _title() -> str:
    return _("Record of processing activities (VVT)")


def _third_country(data: DocumentData) -> Paragraph:
    country = data.details.hoster_country.strip()
    if is_eu_eea(country):
        return para(
            _("None: the data is stored and processed in %(country)s (EU/EEA); no transfer to a third country.")
            % {"country": country}
        )
    return Paragraph(
        fill(
            _("Country of the servers: %(country)s. Transfer to a third country and its safeguards: %(safeguards)s."),
            country=value_or_blank(country, _("country of the servers")),
            safeguards=Blank(
                _("none, or the safeguards under %(basis)s") % {"basis": data.law.ref(laws.THIRD_COUNTRIES)}
            ),
        )
    )


def tom_summary(data: DocumentData) -> list[Paragraph | Bullets]:
    """The TOM's sections in short: each with its measures, or the TOM's gap."""
    details = data.details
    items: list[list[Run]] = []
    level = details.get_protection_need_display() if details.protection_need else ""
    items.append([_("Protection need: "), value_or_blank(level, _("normal, high or very high"))])
    for _key, heading, measures in control_sections(data):
        if measures:
            items.append([f"{heading}: " + "; ".join(measures)])
        else:
            items.append([f"{heading}: ", Blank(_("measures, see the TOM"))])
    return [
        para(_("In short, from the TOM description (Annex 1 to the data processing agreement):")),
        Bullets(items),
    ]


def _recipients(data: DocumentData) -> list[Bullets | Paragraph]:
    details = data.details
    blocks: list[Bullets | Paragraph] = [lines_or_blank(details.recipients, _("categories of recipients"))]
    processors: list[list[Run]] = [[_("Processor (volunteer administration): "), *parties_or_blank(data)]]
    if details.hoster_name.strip():
        processors.append([_("Hoster: %(hoster)s") % {"hoster": details.hoster_name.strip()}])
    blocks.append(Bullets(processors))
    return blocks


def _deletion(data: DocumentData) -> list[Bullets | Paragraph]:
    details = data.details
    blocks: list[Bullets | Paragraph] = [lines_or_blank(details.retention, _("deletion periods"))]
    blocks.append(
        Paragraph(
            fill(
                _("Backups: deleted after %(days)s days."),
                days=value_or_blank(details.backup_retention_days, _("number of days backups are kept")),
            )
        )
    )
    return blocks


def build(data: DocumentData) -> Document:
    details, organisation, law = data.details, data.organisation, data.law
    document = new_document(
        KIND,
        data,
        subtitle=_("Processing activity: %(service)s") % {"service": data.solution_name or organisation.name},
    )
    controller = Table(
        [
            *controller_rows(data),
            (
                _("Joint controllers (%(basis)s)") % {"basis": law.art(26)},
                [value_or_blank(details.joint_controllers, _("joint controllers, or “none”"))],
            ),
            (_("Representative in the EU"), [_("not applicable: the controller is established in the EU")]),
            (
                _("Supervisory authority"),
                [value_or_blank(details.supervisory_authority, _("competent supervisory authority"))],
            ),
            (
                _("Data-protection officer"),
                [
                    value_or_blank(
                        details.dpo_contact, _("contact of the data-protection officer, or “none designated”")
                    )
                ],
            ),
        ]
    )
    start = value_or_blank(details.starts_on.strftime("%d.%m.%Y") if details.starts_on else "", _("start date"))
    document.sections = [
        section(
            "activity",
            _("Processing activity"),
            Table(
                [
                    (_("Name of the processing activity"), [service_or_blank(data)]),
                    (_("System"), [solution_or_blank(data)]),
                    (_("In use since"), [start]),
                    (_("Last updated"), [data.today.strftime("%d.%m.%Y")]),
                ]
            ),
        ),
        section("part-a", _("Part A: the organisation's record as controller (%(basis)s)") % {"basis": law.art(30, 1)}),
        section(
            "art30-1-a",
            _("A1. Name and contact details of the controller, joint controller, representative, DPO (%(basis)s)")
            % {"basis": law.art(30, 1, "a")},
            controller,
        ),
        section(
            "art30-1-b",
            _("A2. Purposes of the processing (%(basis)s)") % {"basis": law.art(30, 1, "b")},
            lines_or_blank(details.purposes, _("purposes of the processing")),
        ),
        section(
            "art30-1-c",
            _("A3. Categories of data subjects and of personal data (%(basis)s)") % {"basis": law.art(30, 1, "c")},
            para(_("Data subjects:")),
            lines_or_blank(details.data_subjects, _("categories of data subjects")),
            para(_("Personal data:")),
            lines_or_blank(details.data_categories, _("categories of personal data")),
        ),
        section(
            "art30-1-d",
            _("A4. Categories of recipients, including recipients in third countries (%(basis)s)")
            % {"basis": law.art(30, 1, "d")},
            *_recipients(data),
        ),
        section(
            "art30-1-e",
            _("A5. Transfers to third countries and their safeguards (%(basis)s)") % {"basis": law.art(30, 1, "e")},
            _third_country(data),
        ),
        section(
            "art30-1-f",
            _("A6. Time limits for erasure (%(basis)s)") % {"basis": law.art(30, 1, "f")},
            *_deletion(data),
        ),
        section(
            "art30-1-g",
            _("A7. General description of the technical and organisational measures (%(basis)s)")
            % {"basis": law.art(30, 1, "g")},
            *tom_summary(data),
        ),
        section("part-b", _("Part B: the volunteer's record as processor (%(basis)s)") % {"basis": law.art(30, 2)}),
        section(
            "art30-2-a",
            _("B1. Name and contact details of the processor and of each controller (%(basis)s)")
            % {"basis": law.art(30, 2, "a")},
            Table([*_processor_rows(data), (_("Controller"), [controller_name(data)])]),
        ),
        section(
            "art30-2-b",
            _("B2. Categories of processing carried out on behalf of each controller (%(basis)s)")
            % {"basis": law.art(30, 2, "b")},
            Paragraph(
                fill(
                    _(
                        "For %(organisation)s: operation, administration, updates and backup of %(solution)s, "
                        "including storing and deleting the data held in it, on documented instructions."
                    ),
                    organisation=controller_name(data),
                    solution=solution_or_blank(data),
                )
            ),
        ),
        section(
            "art30-2-c",
            _("B3. Transfers to third countries and their safeguards (%(basis)s)") % {"basis": law.art(30, 2, "c")},
            _third_country(data),
        ),
        section(
            "art30-2-d",
            _("B4. General description of the technical and organisational measures (%(basis)s)")
            % {"basis": law.art(30, 2, "d")},
            *tom_summary(data),
        ),
        section(
            "keeping",
            _("Keeping the record"),
            para(
                _(
                    "The record is kept in writing, which includes electronic form, and made available to the "
                    "supervisory authority on request (%(basis)s). Update it whenever the processing changes."
                )
                % {"basis": law.art(30)}
            ),
        ),
    ]
    return document


def _processor_rows(data: DocumentData) -> list[tuple[str, list[Run]]]:
    if not data.volunteers:
        return [(_("Processor"), parties_or_blank(data))]
    rows: list[tuple[str, list[Run]]] = []
    for volunteer in data.volunteers:
        rows.append((_("Processor"), [party_name(volunteer)]))
        rows.append((_("Address of the processor"), [party_address(volunteer)]))
        rows.append((_("E-mail"), [volunteer.email]))
    return rows


KIND = Kind(key="vvt", title=_title, template_version="vvt-2026.2", build=build)
