"""Information notice under Art. 13 GDPR: one section per item of Art. 13(1) and (2), in the order of the article.

The objection right gets its own section because Art. 21(4) asks that it be presented clearly and separately
from other information.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .base import Blank, Bullets, Document, Kind, Paragraph, Run, Section, Table, value_or_blank
from .common import (
    bullets,
    fill,
    is_eu_eea,
    lines_or_blank,
    new_document,
    organisation_address,
    para,
    section,
    volunteers_or_blank,
)
from .data import DocumentData


def _controller(data: DocumentData) -> Section:
    organisation = data.organisation
    return Section(
        key="controller",
        heading=_("Name and contact details of the controller"),
        blocks=[
            para(_("Responsible for the processing of your data (controller, Art. 4(7) GDPR) is:")),
            Table(
                [
                    (_("Name"), [organisation.name]),
                    (_("Address"), organisation_address(data)),
                    (_("E-mail"), [value_or_blank(organisation.contact_email, _("e-mail address"))]),
                    (_("Phone"), [value_or_blank(organisation.contact_phone, _("phone number"))]),
                    (
                        _("Represented by"),
                        [value_or_blank(data.details.controller_representative, _("name and function"))],
                    ),
                ]
            ),
        ],
    )


def _dpo(data: DocumentData) -> Section:
    contact = value_or_blank(
        data.details.dpo_contact,
        _(
            "contact details of the data-protection officer, or “not designated” where none must be designated "
            "(Art. 37 GDPR, § 38 BDSG)"
        ),
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
    return section(
        "purposes-legal-basis",
        _("Purposes and legal basis of the processing"),
        para(_("We process your data for these purposes:")),
        lines_or_blank(data.details.purposes, _("purposes of the processing")),
        para(
            _("Legal basis: "),
            Blank(
                _(
                    "legal basis for each purpose, e.g. consent (Art. 6(1)(a) GDPR), contract (Art. 6(1)(b)), "
                    "legal obligation (Art. 6(1)(c)), legitimate interests (Art. 6(1)(f))"
                )
            ),
        ),
        para(
            _(
                "Where we ask for your consent, for example for photos, the legal basis is your consent "
                "(Art. 6(1)(a) GDPR)."
            )
        ),
    )


def _recipients(data: DocumentData) -> Section:
    details = data.details
    hoster: list[Run] = [value_or_blank(details.hoster_name, _("name of the hoster"))]
    items: list[str | list[Run]] = [
        [
            _(
                "our volunteer admin team, which runs the service on our behalf as a processor bound by our "
                "instructions (Art. 28 GDPR): "
            ),
            volunteers_or_blank(data),
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
                _(
                    "“none”, or the country and the safeguard, e.g. an adequacy decision (Art. 45 GDPR) or "
                    "standard contractual clauses (Art. 46 GDPR)"
                )
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


def _rights() -> list[Section]:
    rights = section(
        "rights",
        _("Your rights"),
        para(_("Under the conditions of the GDPR you have the right to:")),
        bullets(
            _("access to the data we hold about you (Art. 15 GDPR)"),
            _("rectification of inaccurate data (Art. 16 GDPR)"),
            _("erasure of your data (Art. 17 GDPR)"),
            _("restriction of the processing (Art. 18 GDPR)"),
            _("data portability: the data you provided, in a common machine-readable format (Art. 20 GDPR)"),
        ),
        para(_("To exercise your rights, please use the controller's contact details above.")),
    )
    objection = section(
        "objection",
        _("Right to object (Art. 21 GDPR)"),
        para(
            _(
                "Where we process your data on the basis of legitimate interests (Art. 6(1)(f) GDPR) or to perform "
                "a task in the public interest (Art. 6(1)(e) GDPR), you may object at any time on grounds relating "
                "to your particular situation. We then no longer process the data unless we can demonstrate "
                "compelling legitimate grounds."
            )
        ),
    )
    consent = section(
        "withdraw-consent",
        _("Withdrawing consent"),
        para(
            _(
                "Where processing is based on your consent, you may withdraw it at any time with effect for the "
                "future; this does not affect the lawfulness of the processing up to the withdrawal (Art. 7(3) "
                "GDPR)."
            )
        ),
    )
    return [rights, objection, consent]


def _complaint(data: DocumentData) -> Section:
    return section(
        "complaint",
        _("Right to lodge a complaint with a supervisory authority"),
        para(
            _(
                "You have the right to lodge a complaint with a data-protection supervisory authority (Art. 77 "
                "GDPR). The authority responsible for us is: "
            ),
            value_or_blank(
                data.details.supervisory_authority, _("name and address of the competent supervisory authority")
            ),
        ),
    )


def _requirement() -> Section:
    return section(
        "requirement",
        _("Are you required to provide the data?"),
        para(
            _("Providing the data is: "),
            Blank(_("required by law, required by contract, needed to use the service, or voluntary")),
        ),
        para(_("If you do not provide the data: "), Blank(_("the consequences, e.g. no account can be set up"))),
        para(
            _(
                "Data you give on the basis of consent is always voluntary; if you do not consent, you suffer no "
                "disadvantage."
            )
        ),
    )


def build(data: DocumentData) -> Document:
    subtitle = _("Information under Art. 13 GDPR from %(organisation)s") % {"organisation": data.organisation.name}
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
                _("Where we base processing on legitimate interests (Art. 6(1)(f) GDPR), these interests are: "),
                Blank(_("our legitimate interests, or “we do not rely on legitimate interests”")),
            ),
        ),
        _recipients(data),
        _third_countries(data),
        _storage(data),
        *_rights(),
        _complaint(data),
        _requirement(),
        section(
            "automated-decisions",
            _("Automated decision-making"),
            para(
                _("We do not use automated decision-making, including profiling, within the meaning of Art. 22 GDPR.")
            ),
        ),
    ]
    return document


KIND = Kind(
    key="information_notice",
    title=lambda: _("Data-protection information notice"),
    template_version="information_notice-2026.1",
    build=build,
)
