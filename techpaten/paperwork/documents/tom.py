"""TOM: the technical and organisational measures of Art. 32 GDPR, in the structure German authorities and model
contracts use (Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit, regelmäßige Überprüfung), preceded by the
risk consideration Art. 32(2) asks for and followed by data protection by design and by default (Art. 25).

Measures come from the deployment profile's configuration baseline: every setting names its control
(BaselineSetting.control), so it is filed where it belongs. A control nothing is known for gets a gap: the platform
does not invent measures nobody took.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.translation import gettext as _

from techpaten.catalogue.models import BaselineSetting

from .base import Blank, Bullets, Document, Kind, Paragraph, Run, Section, Table, value_or_blank
from .common import (
    controller_name,
    fill,
    new_document,
    organisation_address,
    para,
    parties_or_blank,
    section,
    solution_or_blank,
)
from .data import DocumentData
from .law import Law

C = BaselineSetting.Control
# Restore tests: one frequency for the TOM and the requirement library (backup-restore-tested).
RESTORE_TESTS = "twice a year"
_PHOTOS = re.compile(r"foto|photo|bild|image|video", re.IGNORECASE)

# The sections of the TOM that hold baseline settings, in order: key, heading, aim, control(s), gap label.
CONTROL_SECTIONS: list[tuple[str, Callable[[Law], str], Callable[[Law], str], tuple[str, ...], Callable[[], str]]] = [
    (
        "confidentiality-physical",
        lambda law: _("1.1 Confidentiality: physical access control (Zutrittskontrolle)"),
        lambda law: _("No unauthorised person gets physical access to the systems that process the data."),
        (C.PHYSICAL,),
        lambda: _("measures controlling physical access to the servers"),
    ),
    (
        "confidentiality-system",
        lambda law: _("1.2 Confidentiality: system access control (Zugangskontrolle)"),
        lambda law: _("No unauthorised person can use the systems (log-in, authentication)."),
        (C.SYSTEM_ACCESS,),
        lambda: _("measures controlling log-in to the systems"),
    ),
    (
        "confidentiality-data",
        lambda law: _("1.3 Confidentiality: data access control (Zugriffskontrolle)"),
        lambda law: _("Authorised users reach only the data their role needs (permissions, administrator rights)."),
        (C.DATA_ACCESS,),
        lambda: _("roles and permissions"),
    ),
    (
        "confidentiality-separation",
        lambda law: _("1.4 Confidentiality: separation control (Trennungskontrolle)"),
        lambda law: _("Data collected for different purposes is processed separately."),
        (C.SEPARATION,),
        lambda: _("how data for different purposes is kept apart"),
    ),
    (
        "confidentiality-encryption",
        lambda law: _("1.5 Pseudonymisation and encryption (%(basis)s)") % {"basis": law.art(32, 1, "a")},
        lambda law: _(
            "Data is encrypted in transit and, where possible, at rest; pseudonyms are used where they suffice."
        ),
        (C.ENCRYPTION,),
        lambda: _("encryption in transit and at rest"),
    ),
    (
        "integrity-transfer",
        lambda law: _("2.1 Integrity: transfer control (Weitergabekontrolle)"),
        lambda law: _(
            "Data cannot be read, copied, changed or removed without authorisation when it is shared or sent."
        ),
        (C.TRANSFER,),
        lambda: _("rules for sharing and transferring data"),
    ),
    (
        "integrity-input",
        lambda law: _("2.2 Integrity: input control (Eingabekontrolle)"),
        lambda law: _("It can be established afterwards who entered, changed or deleted personal data, and when."),
        (C.INPUT,),
        lambda: _("logging of changes"),
    ),
    (
        "availability",
        lambda law: _("3.1 Availability: backup (Verfügbarkeitskontrolle)"),
        lambda law: _("Data is protected against accidental destruction or loss."),
        (C.AVAILABILITY,),
        lambda: _("backup: what, how often, where, how long"),
    ),
    (
        "by-design",
        lambda law: _("4. Data protection by design and by default (%(basis)s)") % {"basis": law.art(25)},
        lambda law: (
            _(
                "The service is set up so that, by default, only the personal data needed for each purpose is "
                "processed "
                "and kept no longer than needed (%(basis)s)."
            )
            % {"basis": law.art(25)}
        ),
        (C.MINIMISATION, C.DELETION),
        lambda: _("settings that keep data to the minimum and delete it on time"),
    ),
]


def describe(setting: BaselineSetting) -> str:
    kind = BaselineSetting.Kind
    states: dict[str, Callable[[], str]] = {
        kind.ON: lambda: _("%(setting)s: switched on") % {"setting": setting.setting},
        kind.OFF: lambda: _("%(setting)s: switched off") % {"setting": setting.setting},
        kind.APP_DISABLED: lambda: _("%(setting)s: app stays disabled") % {"setting": setting.setting},
        kind.VALUE: lambda: _("%(setting)s: set to %(value)s") % {"setting": setting.setting, "value": setting.value},
    }
    text = states.get(setting.kind, states[kind.ON])()
    return f"{text} ({setting.reason})" if setting.reason else text


def measures_by_control(data: DocumentData) -> dict[str, list[str]]:
    """The baseline's settings by control, plus the measures the entered facts establish."""
    details = data.details
    by_control: dict[str, list[str]] = {}
    if details.hoster_name.strip():
        by_control.setdefault(C.PHYSICAL, []).append(
            _(
                "The servers run in the data centre of %(hoster)s; physical access is controlled by the hoster "
                "(see its data processing agreement and certifications)."
            )
            % {"hoster": details.hoster_name.strip()}
        )
    if details.backup_retention_days:
        by_control.setdefault(C.AVAILABILITY, []).append(
            _("Backups are kept for %(days)s days and then deleted automatically.")
            % {"days": details.backup_retention_days}
        )
    for setting in data.baseline:
        by_control.setdefault(setting.control, []).append(describe(setting))
    return by_control


def control_sections(data: DocumentData) -> list[tuple[str, str, list[str]]]:
    """(key, heading, measures) for every control section; the VVT summarises the TOM from exactly this."""
    by_control = measures_by_control(data)
    return [
        (key, heading(data.law), [text for control in controls for text in by_control.get(control, [])])
        for key, heading, _aim, controls, _gap in CONTROL_SECTIONS
    ]


def holds_childrens_photos(data: DocumentData) -> bool:
    details = data.details
    text = " ".join([details.data_categories, details.purposes, details.service_description])
    return data.children_data and bool(_PHOTOS.search(text))


def _protection_need(data: DocumentData) -> Section:
    details = data.details
    level = details.get_protection_need_display() if details.protection_need else ""
    blocks: list[Paragraph | Bullets | Table] = [
        para(
            _(
                "In assessing the appropriate level of security, account is taken in particular of the risks of "
                "accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to "
                "personal data (%(basis)s). The protection need says how serious these would be for the people "
                "concerned."
            )
            % {"basis": data.law.art(32, 2)}
        ),
        Table(
            [
                (_("Protection need"), [value_or_blank(level, _("normal, high or very high"))]),
                (
                    _("Why"),
                    [value_or_blank(details.protection_need_reason, _("what the risks would mean for the people"))],
                ),
            ]
        ),
    ]
    if holds_childrens_photos(data):
        blocks.append(
            para(
                _(
                    "The processing holds photos of children. Children merit specific protection (Recital 38 GDPR): "
                    "their photos need at least the protection level “high”."
                )
            )
        )
    blocks.append(para(_("The measures below answer each risk as follows:")))
    blocks.append(
        Table(
            [
                (_("Destruction and loss"), [_("backup and recovery (3.1, 3.2)")]),
                (_("Alteration"), [_("data access and input control, backup (1.3, 2.2, 3.1)")]),
                (_("Unauthorised disclosure"), [_("transfer control, encryption, data minimisation (2.1, 1.5, 4)")]),
                (_("Unauthorised access"), [_("physical, system and data access control, separation (1.1 to 1.4)")]),
            ]
        )
    )
    blocks.append(
        para(
            _(
                "A section below that still shows a gap to fill in means that the risk it answers is not yet covered "
                "for this protection need."
            )
        )
    )
    return section(
        "protection-need", _("Risks and protection need (%(basis)s)") % {"basis": data.law.art(32, 2)}, *blocks
    )


def build(data: DocumentData) -> Document:
    details = data.details
    document = new_document(
        KIND,
        data,
        subtitle=_("under %(basis)s for the processing of %(organisation)s; Annex 1 to the data processing agreement")
        % {"basis": data.law.art(32), "organisation": data.organisation.name},
    )
    scope = section(
        "scope",
        _("Scope of these measures"),
        Table(
            [
                (_("Controller"), [controller_name(data)]),
                (_("Facility or group"), [data.organisation.name]),
                (_("Address"), organisation_address(data)),
                (_("Processor"), parties_or_blank(data)),
                (_("System"), [solution_or_blank(data)]),
                (
                    _("Deployment profile"),
                    [value_or_blank(details.profile.display_name if details.profile else "", _("deployment profile"))],
                ),
            ]
        ),
        para(
            _(
                "Taking into account the state of the art, the costs of implementation and the nature, scope, "
                "context and purposes of the processing as well as the risks for the rights and freedoms of "
                "natural persons, the following measures ensure a level of security appropriate to the risk "
                "(%(basis)s)."
            )
            % {"basis": data.law.art(32, 1)}
        ),
    )
    document.sections = [scope, _protection_need(data)]
    for (key, heading, measures), (_key, _heading, aim, _controls, gap) in zip(
        control_sections(data), CONTROL_SECTIONS, strict=True
    ):
        listing: Bullets | Paragraph = Bullets([[text] for text in measures]) if measures else Paragraph([Blank(gap())])
        document.sections.append(section(key, heading, para(aim(data.law)), listing))
    document.sections[-1:-1] = [_resilience(data)]
    document.sections.append(_review(data))
    if data.law.is_church_law:
        document.sections.append(
            section(
                "church-law",
                _("Applicable law"),
                para(
                    _(
                        "The controller's sponsor is a church body: the %(law)s applies instead of the GDPR (Art. 91 "
                        "GDPR), so this description cites the %(abbreviation)s."
                    )
                    % {"law": data.law.full_name(), "abbreviation": data.law.abbreviation}
                ),
            )
        )
    return document


def _resilience(data: DocumentData) -> Section:
    by_control = measures_by_control(data)
    date: Run = (
        data.details.last_restore_test.strftime("%d.%m.%Y")
        if data.details.last_restore_test
        else Blank(_("date of the last restore test"))
    )
    items: list[list[Run]] = [
        [_("Security updates are installed promptly, at the latest within a week of their release.")],
        fill(_("Restoring from backup is tested at least twice a year; last test: %(date)s."), date=date),
        [_("Data deleted in the live system is not brought back by a restore.")],
    ]
    for text in by_control.get(C.RESILIENCE, []):
        items.append([text])
    return section(
        "resilience-recovery",
        _("3.2 Resilience and rapid recovery (%(basis)s)") % {"basis": data.law.art(32, 1)},
        para(_("The systems withstand load and faults, and the data can be restored quickly after an incident.")),
        Bullets(items),
    )


def _review(data: DocumentData) -> Section:
    return section(
        "review",
        _("5. Procedure for regular review (%(basis)s)") % {"basis": data.law.art(32, 1, "d")},
        para(
            _(
                "The effectiveness of these measures is reviewed regularly: at least once a year, after every "
                "significant change (new software version or profile, new hoster) and after every incident. "
                "The result is documented and shared with the controller."
            )
        ),
        Paragraph(
            fill(
                _("Responsible for the review: %(who)s."),
                who=value_or_blank(data.details.tom_reviewer, _("who reviews the measures")),
            )
        ),
    )


def _title() -> str:
    return _("Technical and organisational measures (TOM)")


KIND = Kind(key="tom", title=_title, template_version="tom-2026.2", build=build)
