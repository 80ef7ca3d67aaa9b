"""Deletion rules (Löschkonzept) in the style of DIN 66398: data types, one rule per type (start event + standard
period), deletion classes, responsibilities, and backups with their own retention.

Storage limitation (Art. 5(1)(e) GDPR) and erasure (Art. 17) need such rules; the SDM module 60 "Löschen" adds
that deletions are logged (M60.S05) and that deleted data must not come back through a restore (M60.S10).
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .base import Blank, Document, Kind, Run, Section, Table, value_or_blank
from .common import bullets, controller_name, new_document, para, parties_or_blank, section
from .data import DocumentData

# Backups older than this keep deleted data alive for too long (common recommendation, see datenschutz.md).
RECOMMENDED_BACKUP_DAYS = 90

# Split on line breaks, commas and semicolons, but not inside brackets: "Namen (Kinder, Eltern), Fotos" → 2 types.
_SEPARATOR = re.compile(r"[\n,;](?![^(]*\))")
_PHOTOS = re.compile(r"foto|photo|bild|image", re.IGNORECASE)


def data_types(text: str) -> list[str]:
    parts = (part.strip(" -•*\t\r") for part in _SEPARATOR.split(text or ""))
    return [part for part in parts if part]


def _days(days: int) -> str:
    return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}


def _rule(start: Run, period: Run, deletion_class: Run) -> list[Run]:
    return [
        _("Start event: "),
        start,
        "; ",
        _("standard period: "),
        period,
        "; ",
        _("deletion class: "),
        deletion_class,
    ]


def _blank_rule() -> list[Run]:
    return _rule(
        Blank(_("start event, e.g. the child leaves")),
        Blank(_("standard period, e.g. 30 days")),
        Blank(_("deletion class, e.g. C / 30 days")),
    )


def _is_kita(data: DocumentData) -> bool:
    return data.sector == "kita"


def agreed_rules(retention: str) -> dict[str, str]:
    """Deletion periods entered as "data type: rule", one per line, by data type (lower case)."""
    rules: dict[str, str] = {}
    for line in (retention or "").splitlines():
        data_type, separator, rule = line.strip(" -•*\t").partition(":")
        if separator and data_type.strip() and rule.strip():
            rules[data_type.strip().lower()] = rule.strip()
    return rules


def _rules_table(data: DocumentData, types: list[str]) -> Table:
    rows: list[tuple[str, list[Run]]] = []
    agreed = agreed_rules(data.details.retention)
    for data_type in types:
        rule: list[Run]
        if data_type.lower() in agreed:
            # What the organisation entered for this type is its rule; nothing is added to it.
            rule = [_("Agreed rule: "), agreed[data_type.lower()]]
        elif _PHOTOS.search(data_type) and _is_kita(data):
            # Kita photos: deleted when the child leaves, group photos when the last child shown leaves.
            immediately = _("immediately")
            rule = _rule(
                _("the child leaves the Kita (group photos: the last child shown leaves)"),
                immediately,
                f"C / {immediately}",
            )
        else:
            rule = _blank_rule()
        rows.append((data_type, rule))
    if not types:
        for number in range(1, 4):
            label = _("Data type %(number)s") % {"number": number}
            rows.append((label, [Blank(_("name of the data type")), ". ", *_blank_rule()]))
    days = data.details.backup_retention_days
    backup_period: Run = _days(days) if days is not None else Blank(_("number of days backups are kept"))
    backup_class: Run = f"A / {_days(days)}" if days is not None else Blank(_("deletion class, e.g. A / 30 days"))
    rows.append((_("Backups"), _rule(_("the backup is made"), backup_period, backup_class)))
    return Table(rows)


def _data_types(types: list[str]) -> Section:
    if types:
        listing = bullets(*types)
    else:
        listing = bullets(
            [Blank(_("data type, e.g. photos of the children"))],
            [Blank(_("data type, e.g. user accounts"))],
            [Blank(_("data type, e.g. server logs"))],
        )
    return section("data-types", _("Data types"), para(_("The service holds these types of personal data:")), listing)


def _classes() -> Section:
    return Section(
        key="deletion-classes",
        heading=_("Deletion classes"),
        blocks=[
            para(
                _(
                    "A deletion rule consists of a start event and a standard period: the period starts with the "
                    "event, and when it has run out the data is deleted. Rules with the same kind of start event "
                    "and the same standard period form a deletion class, so that a few classes cover all data."
                )
            ),
            para(_("Kinds of start event:")),
            Table(
                [
                    (
                        _("A (creation)"),
                        [_("the period starts when the data is created (e.g. server logs, backups)")],
                    ),
                    (
                        _("B (end of a process)"),
                        [_("the period starts when a matter is closed (e.g. an event is over, a request answered)")],
                    ),
                    (
                        _("C (end of a relationship)"),
                        [
                            _(
                                "the period starts when the relationship ends (e.g. a child leaves the Kita, a "
                                "member leaves the club, a volunteer leaves the team)"
                            )
                        ],
                    ),
                ]
            ),
            para(
                _(
                    "Standard periods: immediately, 7 days, 30 days, 90 days, 1 year, 3 years, or a statutory "
                    "retention period. A deletion class is written as start event and period, e.g. “C / 30 days”."
                )
            ),
        ],
    )


def _rules(data: DocumentData, types: list[str]) -> Section:
    rules = Section(
        key="deletion-rules",
        heading=_("Deletion rules per data type"),
        blocks=[
            para(
                _(
                    "For each data type: the start event, the standard period after which the data is deleted, "
                    "and the deletion class."
                )
            ),
            _rules_table(data, types),
        ],
    )
    retention = [line.strip(" -•*\t") for line in data.details.retention.splitlines()]
    if any(retention):
        rules.blocks.append(para(_("Deletion periods agreed so far:")))
        rules.blocks.append(bullets(*(line for line in retention if line)))
    return rules


def _responsibilities(data: DocumentData) -> Section:
    details = data.details
    representative = value_or_blank(details.controller_representative, _("name and function"))
    return Section(
        key="responsibilities",
        heading=_("Responsibilities"),
        blocks=[
            Table(
                [
                    (_("Responsible for these rules (controller)"), [controller_name(data), ", ", representative]),
                    (_("Carries out the deletions in the service (processor)"), parties_or_blank(data)),
                    (
                        _("Tells the team when a start event occurs (e.g. a child leaves)"),
                        [value_or_blank(details.deletion_trigger_contact, _("name and function"))],
                    ),
                    (
                        _("Checks once a year that deletions happen"),
                        [value_or_blank(details.deletion_checker, _("name and function"))],
                    ),
                ]
            ),
            para(
                _(
                    "The volunteers delete only on the organisation's documented instructions; these rules are "
                    "such an instruction (%(basis)s)."
                )
                % {"basis": data.law.art(28, 3)}
            ),
        ],
    )


def _backups(data: DocumentData) -> Section:
    days = data.details.backup_retention_days
    kept: Run = _days(days) if days is not None else Blank(_("number of days backups are kept"))
    backups = Section(
        key="backups",
        heading=_("Backups"),
        blocks=[
            para(
                _(
                    "Backups have their own retention period, separate from the rules above: they are overwritten "
                    "or deleted when it has run out. We recommend keeping backups no longer than 90 days, so that "
                    "deleted data does not live on in them for long."
                )
            ),
            Table([(_("Backups are kept for"), [kept])]),
        ],
    )
    if days is not None and days > RECOMMENDED_BACKUP_DAYS:
        backups.blocks.append(
            para(_("The agreed period is longer than the recommended 90 days: check whether a shorter one is enough."))
        )
    return backups


def build(data: DocumentData) -> Document:
    service = data.solution_name or data.details.service_description.strip()
    subtitle = _("Deletion rules in the style of DIN 66398 for %(organisation)s") % {
        "organisation": data.organisation.name
    }
    document = new_document(KIND, data, subtitle=subtitle)
    types = data_types(data.details.data_categories)
    document.sections = [
        Section(
            key="scope",
            heading=_("Scope and purpose"),
            blocks=[
                Table(
                    [
                        (_("Organisation"), [data.organisation.name]),
                        (_("Service"), [value_or_blank(service, _("the service, e.g. the parents' photo gallery"))]),
                    ]
                ),
                para(
                    _(
                        "Personal data may be kept only as long as it is needed for its purposes (storage "
                        "limitation, %(limitation)s) and must then be erased (%(erasure)s). These rules set out, for "
                        "each type of data, when it is deleted and who makes sure it happens."
                    )
                    % {"limitation": data.law.art(5, 1, "e"), "erasure": data.law.art(17)}
                ),
            ],
        ),
        _data_types(types),
        _classes(),
        _rules(data, types),
        _responsibilities(data),
        _backups(data),
        section(
            "restore",
            _("No return of deleted data through a restore"),
            para(
                _(
                    "Data deleted after a backup was made must not come back when that backup is restored (SDM "
                    "measure M60.S10). After every restore the team therefore repeats all deletions recorded in the "
                    "deletion log since the date of the backup, before the service is used again."
                )
            ),
        ),
        section(
            "logging",
            _("Logging of deletions"),
            para(
                _(
                    "Every deletion under these rules is logged (SDM measure M60.S05): the date, the data type and "
                    "rule, the scope (e.g. the number of records) and who carried it out. The log contains no "
                    "content of the deleted data."
                )
            ),
            para(
                _("Where the deletion log is kept, and for how long: "),
                value_or_blank(data.details.deletion_log, _("place and retention of the deletion log, e.g. 1 year")),
            ),
        ),
        section(
            "review",
            _("Review"),
            para(
                _(
                    "These rules are reviewed at least once a year, by the person named under responsibilities, and "
                    "whenever a new service or a new type of data is added."
                )
            ),
        ),
    ]
    return document


KIND = Kind(
    key="deletion_rules",
    title=lambda: _("Deletion rules (Löschkonzept)"),
    template_version="deletion_rules-2026.2",
    build=build,
)
