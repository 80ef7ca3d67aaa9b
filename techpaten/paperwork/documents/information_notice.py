"""Information notice under Art. 13 GDPR: one section per item of Art. 13(1) and (2), in the order of the article.

The objection right gets its own section because Art. 21(4) asks that it be presented clearly and separately
from other information.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import law as laws
from .base import Blank, Bullets, Document, Field, Kind, Paragraph, Run, Section, Table, value_or_blank
from .common import (
    bullets,
    controller_rows,
    fill,
    is_eu_eea,
    lines_or_blank,
    new_document,
    para,
    parties_or_blank,
    section,
)
from .data import DocumentData

BOX = "☐"


def _controller(data: DocumentData) -> Section:
    organisation = data.organisation
    rows = controller_rows(data)
    rows.append((_("Phone"), [value_or_blank(organisation.contact_phone, _("phone number"))]))
    return Section(
        key="controller",
        heading=_("Name and contact details of the controller"),
        blocks=[
            para(
                _("Responsible for the processing of your data (controller, %(basis)s) is:")
                % {"basis": data.law.art(4)}
            ),
            Table(rows),
        ],
    )


def _dpo(data: DocumentData) -> Section:
    contact = value_or_blank(
        data.details.dpo_contact,
        _("contact details of the data-protection officer, or “not designated” where none must be designated"),
    )
    return section("dpo", _("Data-protection officer"), para(_("Our data-protection officer: "), contact))


def _scope(data: DocumentData) -> Section:
    details = data.details
    service = data.solution_name or details.service_description
    blocks: list[Paragraph | Bullets] = [
        para(_("This notice covers: "), value_or_blank(service, _("the service, e.g. the parents' photo gallery"))),
        para(_("Whose data we process:")),
        lines_or_blank(details.data_subjects, _("categories of people, e.g. children, parents, staff")),
        para(_("Which data we process:")),
        lines_or_blank(details.data_categories, _("categories of data, e.g. names, e-mail addresses, photos")),
    ]
    return section("scope", _("What this notice covers"), *blocks)


def _purposes(data: DocumentData) -> Section:
    law = data.law
    return section(
        "purposes-legal-basis",
        _("Purposes and legal basis of the processing"),
        para(_("We process your data for these purposes:")),
        lines_or_blank(data.details.purposes, _("purposes of the processing")),
        para(_("Legal basis for each purpose:")),
        lines_or_blank(
            data.details.legal_basis,
            _("legal basis for each purpose, e.g. consent (%(consent)s), contract, legal obligation")
            % {"consent": law.art(6, 1, "a")},
        ),
    )


def _recipients(data: DocumentData) -> Section:
    details = data.details
    hoster: list[Run] = [value_or_blank(details.hoster_name, _("name of the hoster"))]
    items: list[str | list[Run]] = [
        [
            _(
                "our volunteer admin team, which runs the service on our behalf as a processor bound by our "
                "instructions (%(basis)s): "
            )
            % {"basis": data.law.art(28)},
            *parties_or_blank(data),
        ],
        [_("the hoster whose servers run the service, as a further processor: "), *hoster],
    ]
    extra = [line.strip(" -•*\t") for line in details.recipients.splitlines()]
    items.extend(line for line in extra if line)
    if not any(extra):
        items.append([Blank(_("further recipients, e.g. staff or parents of the group, or “none”"))])
    return section(
        "recipients",
        _("Recipients of the data"),
        para(_("Your data is received by:")),
        bullets(*items),
    )


def _third_countries(data: DocumentData) -> Section:
    country = data.details.hoster_country.strip()
    if country and is_eu_eea(country):
        statement = Paragraph(
            fill(
                _(
                    "The servers are located in %(country)s. We do not transfer your data to countries outside the "
                    "EU or the EEA (third countries)."
                ),
                country=country,
            )
        )
        return section("third-country", _("Transfer to third countries"), statement)
    return section(
        "third-country",
        _("Transfer to third countries"),
        para(_("Location of the servers: "), value_or_blank(country, _("country of the servers"))),
        para(
            _("Transfers to countries outside the EU or the EEA, and their safeguards: "),
            Blank(
                _("“none”, or the country and the safeguard, e.g. an adequacy decision or standard contractual clauses")
            ),
        ),
    )


def _storage(data: DocumentData) -> Section:
    days = data.details.backup_retention_days
    backups: Paragraph = (
        para(_("Backups are kept for at most: "), Blank(_("number of days backups are kept")))
        if days is None
        else para(
            ngettext(
                "Backups are kept for at most %(days)s day and then overwritten.",
                "Backups are kept for at most %(days)s days and then overwritten.",
                days,
            )
            % {"days": days}
        )
    )
    return section(
        "storage-period",
        _("How long we keep the data"),
        lines_or_blank(data.details.retention, _("how long the data is kept, or the criteria for the period")),
        backups,
    )


def _rights(data: DocumentData) -> list[Section]:
    law = data.law
    rights = section(
        "rights",
        _("Your rights"),
        para(_("Under the conditions of the %(law)s you have the right to:") % {"law": law.name()}),
        bullets(
            _("access to the data we hold about you (%(basis)s)") % {"basis": law.art(15)},
            _("rectification of inaccurate data (%(basis)s)") % {"basis": law.art(16)},
            _("erasure of your data (%(basis)s)") % {"basis": law.art(17)},
            _("restriction of the processing (%(basis)s)") % {"basis": law.art(18)},
            _("data portability: the data you provided, in a common machine-readable format (%(basis)s)")
            % {"basis": law.art(20)},
        ),
        para(_("To exercise your rights, please use the controller's contact details above.")),
    )
    # Art. 21(1) GDPR in both halves: compelling legitimate grounds that override the person's interests, rights and
    # freedoms, or legal claims. Art. 21(4): presented clearly and separately from other information.
    objection = section(
        "objection",
        _("Right to object (%(basis)s)") % {"basis": law.art(21)},
        para(
            _(
                "Where we process your data on the basis of legitimate interests (%(f)s) or to perform a task in the "
                "public interest (%(e)s), you may object at any time on grounds relating to your particular "
                "situation. We then no longer process the data unless we can demonstrate compelling legitimate "
                "grounds for the processing which override your interests, rights and freedoms, or the processing "
                "serves the establishment, exercise or defence of legal claims (%(basis)s)."
            )
            % {"f": law.art(6, 1, "f"), "e": law.art(6, 1, "e"), "basis": law.art(21, 1)}
        ),
    )
    consent = section(
        "withdraw-consent",
        _("Withdrawing consent"),
        para(
            _(
                "Where processing is based on your consent, you may withdraw it at any time with effect for the "
                "future; this does not affect the lawfulness of the processing up to the withdrawal (%(basis)s)."
            )
            % {"basis": law.art(7, 3)}
        ),
    )
    return [rights, objection, consent]


def _complaint(data: DocumentData) -> Section:
    return section(
        "complaint",
        _("Right to lodge a complaint with a supervisory authority"),
        para(
            _(
                "You have the right to lodge a complaint with a data-protection supervisory authority (%(basis)s). "
                "The authority responsible for us is: "
            )
            % {"basis": data.law.art(77)},
            value_or_blank(
                data.details.supervisory_authority, _("name and address of the competent supervisory authority")
            ),
        ),
    )


def _requirement(data: DocumentData) -> Section:
    return section(
        "requirement",
        _("Are you required to provide the data?"),
        para(
            value_or_blank(
                data.details.provision_requirement,
                _(
                    "whether providing the data is required by law or contract, needed to use the service, or "
                    "voluntary, and what happens if it is not provided"
                ),
            )
        ),
        para(
            _(
                "Data you give on the basis of consent is always voluntary; if you do not consent, you suffer no "
                "disadvantage."
            )
        ),
    )


def build(data: DocumentData) -> Document:
    law = data.law
    subtitle = _("Information under %(basis)s from %(organisation)s") % {
        "basis": law.art(13),
        "organisation": data.organisation.name,
    }
    document = new_document(KIND, data, subtitle=subtitle)
    document.sections = [
        _controller(data),
        _dpo(data),
        _scope(data),
        _purposes(data),
        section(
            "legitimate-interests",
            _("Legitimate interests"),
            para(
                _("Where we base processing on legitimate interests (%(basis)s), these interests are: ")
                % {"basis": law.art(6, 1, "f")},
                value_or_blank(
                    data.details.legitimate_interests,
                    _("our legitimate interests, or “we do not rely on legitimate interests”"),
                ),
            ),
        ),
        _recipients(data),
        _third_countries(data),
        _storage(data),
        *_rights(data),
        _complaint(data),
        _requirement(data),
        section(
            "automated-decisions",
            _("Automated decision-making"),
            # Nobody entered whether decisions are automated: the organisation ticks one (finding: no invented facts).
            para(
                BOX
                + " "
                + _("We do not use automated decision-making, including profiling, within the meaning of %(basis)s.")
                % {"basis": law.art(22)}
            ),
            para(BOX + " " + _("We use automated decision-making; its logic and consequences: "), Field()),
        ),
    ]
    if law.is_church_law:
        document.sections.append(
            section(
                "church-law",
                _("Applicable law"),
                para(
                    _(
                        "Our sponsor is a church body: the %(law)s applies instead of the GDPR (Art. 91 GDPR). The "
                        "rights listed above are granted by %(rights)s."
                    )
                    % {"law": law.full_name(), "rights": law.ref(laws.RIGHTS)}
                ),
            )
        )
    return document


KIND = Kind(
    key="information_notice",
    title=lambda: _("Data-protection information notice"),
    template_version="information_notice-2026.2",
    build=build,
)
