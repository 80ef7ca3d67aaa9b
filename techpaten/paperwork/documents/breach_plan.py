"""Data-breach plan: who tells whom, the 72-hour clock and what a report contains (Art. 33 GDPR), informing the
people affected (Art. 34), and a record for every breach (Art. 33(5)).

The volunteer team is the processor: it informs the organisation without undue delay (Art. 33(2)); only the
organisation, as controller, reports to the supervisory authority.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Blank, Document, Field, Kind, Run, Section, Table, value_or_blank
from .common import bullets, controller_name, new_document, para, section
from .data import DocumentData

BOX = "☐"


def _first_hour() -> Section:
    steps = [
        _("Note the date and time you became aware of the breach: the 72-hour clock starts now."),
        _(
            "Contain the damage: change passwords, revoke share links, lock affected accounts, take a compromised "
            "server off the network."
        ),
        _("Keep the traces: do not delete logs or affected data; write down what you find."),
        _("Volunteers: inform the organisation's contact person at once (see the contacts)."),
        _("Find out which data and which people are affected, and roughly how many."),
        _("Start the breach record (see below) and agree who reports, and by when."),
    ]
    return section("first-hour", _("The first hour: checklist"), bullets(*(f"{BOX} {step}" for step in steps)))


def _team_rows(data: DocumentData) -> list[tuple[str, list[Run]]]:
    label = _("Volunteer admin team (processor)")
    if not data.volunteers:
        return [(label, [Blank(_("names, phone numbers and e-mail addresses of the volunteers"))])]
    # Whom to call: the full name where the volunteer entered it, else the name their account shows.
    return [(label, [f"{v.legal_name or v.name} ({v.role}), {v.email}"]) for v in data.volunteers]


def _contacts(data: DocumentData) -> Section:
    organisation = data.organisation
    details = data.details
    rows: list[tuple[str, list[Run]]] = [
        (_("Organisation (controller)"), [controller_name(data), f" ({organisation.name})"]),
        (
            _("Contact person at the organisation"),
            [value_or_blank(details.controller_representative, _("name and function"))],
        ),
        (
            _("The organisation's e-mail and phone"),
            [
                value_or_blank(organisation.contact_email, _("e-mail address")),
                ", ",
                value_or_blank(organisation.contact_phone, _("phone number")),
            ],
        ),
        *_team_rows(data),
        (
            _("Data-protection officer"),
            [value_or_blank(details.dpo_contact, _("contact of the data-protection officer, or “not designated”"))],
        ),
        (
            _("Supervisory authority"),
            [
                value_or_blank(
                    details.supervisory_authority,
                    _("name, phone and online reporting form of the supervisory authority"),
                )
            ],
        ),
        (_("Hoster (server provider)"), [value_or_blank(details.hoster_name, _("name of the hoster"))]),
        (
            _("Reachable out of hours"),
            [
                value_or_blank(
                    details.out_of_hours_contact, _("who can be reached at weekends and on holidays, and how")
                )
            ],
        ),
    ]
    return Section(key="contacts", heading=_("Contacts"), blocks=[Table(rows)])


def _who_tells_whom(data: DocumentData) -> Section:
    law = data.law
    return section(
        "who-tells-whom",
        _("Who tells whom"),
        bullets(
            _(
                "The volunteer admin team (processor) informs the organisation without undue delay after becoming "
                "aware of a breach (%(basis)s), not only once everything is clear."
            )
            % {"basis": law.art(33, 2)},
            _("The hoster informs whoever signed its contract (the organisation or the team) in the same way."),
            _(
                "The organisation (controller) decides whether to report and reports the breach to the "
                "supervisory authority (%(basis)s)."
            )
            % {"basis": law.art(33, 1)},
            _("The organisation informs the people affected where the risk to them is high (%(basis)s).")
            % {"basis": law.art(34)},
            _("The team supports the organisation with facts and measures (%(basis)s).")
            % {"basis": law.art(28, 3, "f")},
        ),
    )


def _report(data: DocumentData) -> list[Section]:
    law = data.law
    clock = section(
        "deadline-72h",
        _("The 72-hour clock"),
        para(
            _(
                "The organisation reports the breach to the supervisory authority without undue delay and, where "
                "feasible, within 72 hours after becoming aware of it (%(basis)s). Weekends and public holidays "
                "count. A report made later than 72 hours must give the reasons for the delay."
            )
            % {"basis": law.art(33, 1)}
        ),
        para(
            _(
                "A report is not needed only where the breach is unlikely to result in a risk to people's rights "
                "and freedoms; then record why. Children's data and passwords usually mean a risk."
            )
        ),
    )
    contents = section(
        "report-contents",
        _("What a report contains"),
        para(_("A report to the supervisory authority contains at least (%(basis)s):") % {"basis": law.art(33, 3)}),
        bullets(
            _("the nature of the breach: what happened, when, and how it was found"),
            _("the categories and approximate number of people affected"),
            _("the categories and approximate number of personal data records affected"),
            _("the name and contact details of the data-protection officer or another contact point"),
            _("the likely consequences of the breach"),
            _("the measures taken or proposed to address the breach and to mitigate its possible adverse effects"),
        ),
        para(
            _("Report to: "),
            value_or_blank(
                data.details.supervisory_authority, _("name, online form or address of the supervisory authority")
            ),
        ),
    )
    staged = section(
        "staged-reporting",
        _("Reporting in stages"),
        para(
            _(
                "If not all facts are known within 72 hours, report what you know and supply the rest in stages "
                "without undue further delay (%(basis)s). An incomplete report in time is better than a complete "
                "one too late."
            )
            % {"basis": law.art(33, 4)}
        ),
    )
    return [clock, contents, staged]


def _data_subjects(data: DocumentData) -> list[Section]:
    law = data.law
    inform = section(
        "data-subjects",
        _("Informing the people affected"),
        para(
            _(
                "If the breach is likely to result in a high risk to people's rights and freedoms, the organisation "
                "informs them without undue delay, in clear and plain language: what happened, the contact point, "
                "the likely consequences, the measures taken, and what they can do themselves, e.g. change a "
                "password (%(basis)s)."
            )
            % {"basis": law.art(34)}
        ),
    )
    exceptions = section(
        "data-subjects-exceptions",
        _("When informing them is not needed"),
        para(_("Informing the people affected is not required if (%(basis)s):") % {"basis": law.art(34, 3)}),
        bullets(
            _(
                "the data was protected so that it is unintelligible to others, in particular by encryption "
                "(e.g. a lost, fully encrypted laptop)"
            ),
            _("measures taken afterwards ensure that the high risk is no longer likely to materialise"),
            _("it would involve disproportionate effort; a public communication is then made instead"),
        ),
        para(
            _("The supervisory authority may still require the organisation to inform them (%(basis)s).")
            % {"basis": law.art(34, 4)}
        ),
    )
    return [inform, exceptions]


def _documentation(data: DocumentData) -> Section:
    fields = [
        _("Became aware on (date, time)"),
        _("What happened"),
        _("Data and people affected (approximate numbers)"),
        _("Risk assessment"),
        _("Reported to the supervisory authority (when, or why not)"),
        _("People affected informed (when, or why not)"),
        _("Measures taken"),
    ]
    return Section(
        key="documentation",
        heading=_("Document every breach"),
        blocks=[
            para(
                _(
                    "The organisation documents every breach, including those it does not report: the facts, the "
                    "effects and the remedial action taken (%(basis)s). The supervisory authority can check "
                    "compliance against this record."
                )
                % {"basis": data.law.art(33, 5)}
            ),
            para(_("Breach record (one per breach):")),
            Table([(field, [Field()]) for field in fields]),
        ],
    )


def build(data: DocumentData) -> Document:
    subtitle = _("Reporting and notifying personal data breaches at %(organisation)s (%(report)s, %(inform)s)") % {
        "organisation": data.organisation.name,
        "report": data.law.art(33),
        "inform": data.law.art(34),
    }
    document = new_document(KIND, data, subtitle=subtitle)
    document.sections = [
        section(
            "what-is-a-breach",
            _("What counts as a data breach"),
            para(
                _(
                    "A personal data breach is a breach of security leading to the accidental or unlawful "
                    "destruction, loss or alteration of, or unauthorised disclosure of or access to, personal data "
                    "(%(basis)s). Examples:"
                )
                % {"basis": data.law.art(4, 12)}
            ),
            bullets(
                _("a lost or stolen phone, laptop or USB stick with personal data"),
                _("an account taken over by someone else, or a hacked server"),
                _("an e-mail or a share link sent to the wrong people"),
                _("data encrypted by ransomware, or lost without a working backup"),
            ),
        ),
        _first_hour(),
        _contacts(data),
        _who_tells_whom(data),
        *_report(data),
        *_data_subjects(data),
        _documentation(data),
    ]
    return document


KIND = Kind(
    key="breach_plan",
    title=lambda: _("Data-breach plan"),
    template_version="breach_plan-2026.2",
    build=build,
)
