"""VVT: the record of processing activities, Art. 30 GDPR, in two parts.

Part A is the organisation's entry as controller (Art. 30(1)(a) to (g)), part B the volunteer's record as processor
(Art. 30(2)(a) to (d)). Each item has its own section key so tests can check the produced file item by item.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Blank, Bullets, Document, Kind, Paragraph, Run, Table, value_or_blank
from .common import (
    fill,
    is_eu_eea,
    lines_or_blank,
    new_document,
    organisation_address,
    para,
    section,
    service_or_blank,
    solution_or_blank,
)
from .data import DocumentData


def _title() -> str:
    return _("Record of processing activities (VVT)")


def _third_country(data: DocumentData) -> Paragraph:
    country = data.details.hoster_country.strip()
    in_eu = is_eu_eea(country)
    if in_eu:
        return para(
            _("None: the data is stored and processed in %(country)s (EU/EEA); no transfer to a third country.")
            % {"country": country}
        )
    return Paragraph(
        fill(
            _("Country of the servers: %(country)s. Transfer to a third country and its safeguards: %(safeguards)s."),
            country=value_or_blank(country, _("country of the servers")),
            safeguards=Blank(_("none, or the safeguards under Art. 44 to 49 GDPR")),
        )
    )


def _tom_summary(data: DocumentData) -> Paragraph:
    details = data.details
    if details.profile is not None:
        return para(
            _(
                "Hardened configuration following the deployment profile “%(profile)s” (%(count)s settings of its "
                "configuration baseline), encryption in transit, backups, regular updates and an annual review. "
                "Details: the TOM description (Annex 1 to the data processing agreement)."
            )
            % {"profile": details.profile.name, "count": len(data.baseline)}
        )
    return Paragraph(
        [
            _("See the TOM description (Annex 1 to the data processing agreement). In short: "),
            Blank(_("general description of the technical and organisational measures")),
        ]
    )


def _recipients(data: DocumentData) -> list[Bullets | Paragraph]:
    details = data.details
    blocks: list[Bullets | Paragraph] = [lines_or_blank(details.recipients, _("categories of recipients"))]
    processors: list[list[Run]] = [
        [_("Processor (volunteer administration): %(names)s") % {"names": data.volunteer_names}]
        if data.volunteers
        else fill(_("Processor (volunteer administration): %(names)s"), names=Blank(_("names of the volunteers")))
    ]
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
    details, organisation = data.details, data.organisation
    document = new_document(
        KIND,
        data,
        subtitle=_("Processing activity: %(service)s") % {"service": data.solution_name or organisation.name},
    )
    controller = Table(
        [
            (_("Controller"), [organisation.name]),
            (_("Address"), organisation_address(data)),
            (_("Contact"), [value_or_blank(organisation.contact_email, _("e-mail address of the organisation"))]),
            (_("Represented by"), [value_or_blank(details.controller_representative, _("name and function"))]),
            (_("Joint controllers (Art. 26 GDPR)"), [_("none: the controller decides alone")]),
            (_("Representative (Art. 27 GDPR)"), [_("not applicable: the controller is established in the EU")]),
            (
                _("Supervisory authority"),
                [value_or_blank(details.supervisory_authority, _("competent supervisory authority"))],
            ),
            (
                _("Data-protection officer"),
                [value_or_blank(details.dpo_contact, _("contact of the data-protection officer, or “none appointed”"))],
            ),
        ]
    )
    document.sections = [
        section(
            "activity",
            _("Processing activity"),
            Table(
                [
                    (_("Name of the processing activity"), [service_or_blank(data)]),
                    (_("System"), [solution_or_blank(data)]),
                    (
                        _("In use since"),
                        [
                            value_or_blank(
                                details.starts_on.strftime("%d.%m.%Y") if details.starts_on else "", _("start date")
                            )
                        ],
                    ),
                    (_("Last updated"), [data.today.strftime("%d.%m.%Y")]),
                ]
            ),
        ),
        section("part-a", _("Part A: the organisation's record as controller (Art. 30(1) GDPR)")),
        section(
            "art30-1-a",
            _("A1. Name and contact details of the controller, joint controller, representative, DPO (Art. 30(1)(a))"),
            controller,
        ),
        section(
            "art30-1-b",
            _("A2. Purposes of the processing (Art. 30(1)(b))"),
            lines_or_blank(details.purposes, _("purposes of the processing")),
        ),
        section(
            "art30-1-c",
            _("A3. Categories of data subjects and of personal data (Art. 30(1)(c))"),
            para(_("Data subjects:")),
            lines_or_blank(details.data_subjects, _("categories of data subjects")),
            para(_("Personal data:")),
            lines_or_blank(details.data_categories, _("categories of personal data")),
        ),
        section(
            "art30-1-d",
            _("A4. Categories of recipients, including recipients in third countries (Art. 30(1)(d))"),
            *_recipients(data),
        ),
        section(
            "art30-1-e",
            _("A5. Transfers to third countries and their safeguards (Art. 30(1)(e))"),
            _third_country(data),
        ),
        section("art30-1-f", _("A6. Time limits for erasure (Art. 30(1)(f))"), *_deletion(data)),
        section(
            "art30-1-g",
            _("A7. General description of the technical and organisational measures (Art. 30(1)(g), Art. 32(1))"),
            _tom_summary(data),
        ),
        section("part-b", _("Part B: the volunteer's record as processor (Art. 30(2) GDPR)")),
        section(
            "art30-2-a",
            _("B1. Name and contact details of the processor and of each controller (Art. 30(2)(a))"),
            Table([*_processor_rows(data), (_("Controller"), [organisation.name, ", ", *organisation_address(data)])]),
        ),
        section(
            "art30-2-b",
            _("B2. Categories of processing carried out on behalf of each controller (Art. 30(2)(b))"),
            Paragraph(
                fill(
                    _(
                        "For %(organisation)s: operation, administration, updates and backup of %(solution)s, "
                        "including storing and deleting the data held in it, on documented instructions."
                    ),
                    organisation=organisation.name,
                    solution=solution_or_blank(data),
                )
            ),
        ),
        section(
            "art30-2-c",
            _("B3. Transfers to third countries and their safeguards (Art. 30(2)(c))"),
            _third_country(data),
        ),
        section(
            "art30-2-d",
            _("B4. General description of the technical and organisational measures (Art. 30(2)(d), Art. 32(1))"),
            _tom_summary(data),
        ),
        section(
            "keeping",
            _("Keeping the record"),
            para(
                _(
                    "The record is kept in writing, which includes electronic form, and made available to the "
                    "supervisory authority on request (Art. 30(3) and (4) GDPR). Update it whenever the processing "
                    "changes."
                )
            ),
        ),
    ]
    return document


def _processor_rows(data: DocumentData) -> list[tuple[str, list[Run]]]:
    if not data.volunteers:
        return [(_("Processor"), [Blank(_("name and e-mail address of the volunteer"))])]
    return [(_("Processor"), [f"{volunteer.name} <{volunteer.email}>"]) for volunteer in data.volunteers]


KIND = Kind(key="vvt", title=_title, template_version="vvt-2026.1", build=build)
