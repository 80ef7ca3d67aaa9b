"""Handling data-subject requests: a short procedure (who receives, the deadline, identity, what access contains) and a
reply template for an access request (Art. 12 and 15 GDPR).

Art. 12(3) GDPR: information on the action taken without undue delay, at the latest within one month of receipt,
extendable by two further months where necessary. The church laws differ: § 16(3) DSG-EKD gives three months; the
KDG's period is cited by its paragraph (§ 14 KDG) without a number, since it was not checked here.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import law as laws
from .base import Bullets, Document, Field, Kind, Paragraph, Run, Section, Table, value_or_blank
from .common import (
    bullets,
    controller_name,
    controller_table,
    fill,
    new_document,
    para,
    parties_or_blank,
    section,
)
from .data import DocumentData


def _title() -> str:
    return _("Handling data-subject requests")


def _deadline(data: DocumentData) -> Paragraph:
    law = data.law
    if law.key == laws.GDPR:
        text = _(
            "We answer without undue delay and at the latest within one month of receiving the request. Where "
            "necessary, given the complexity and number of requests, the period can be extended by two further "
            "months; we then tell the person within the first month, with the reasons (%(basis)s)."
        ) % {"basis": law.art(12, 3)}
    elif law.key == laws.DSG_EKD:
        text = _(
            "We answer without undue delay and at the latest within three months of receiving the request. Where "
            "necessary, given the complexity and number of requests, the period can be extended by two months; we "
            "then tell the person within the three months, with the reasons (§ 16(3) DSG-EKD)."
        )
    else:
        text = _(
            "We answer without undue delay and within the period set by %(basis)s; an extension is explained to the "
            "person in time, with the reasons."
        ) % {"basis": law.art(12)}
    return para(text)


def _access_contents(data: DocumentData) -> Bullets | Paragraph:
    law = data.law
    if law.is_church_law:
        return para(_("the information the access right lists (%(basis)s).") % {"basis": law.art(15)})
    return bullets(
        _("the purposes of the processing (Art. 15(1)(a) GDPR)"),
        _("the categories of personal data (Art. 15(1)(b))"),
        _("the recipients or categories of recipients (Art. 15(1)(c))"),
        _("how long the data is stored, or the criteria for it (Art. 15(1)(d))"),
        _("the rights to rectification, erasure, restriction and objection (Art. 15(1)(e))"),
        _("the right to lodge a complaint with a supervisory authority (Art. 15(1)(f))"),
        _("where the data came from, if not from the person (Art. 15(1)(g))"),
        _("whether automated decision-making takes place (Art. 15(1)(h))"),
        _("a copy of the personal data (Art. 15(3)); other people's rights must not be harmed (Art. 15(4))"),
    )


def _procedure(data: DocumentData) -> list[Section]:
    law, details = data.law, data.details
    receiving = section(
        "receiving",
        _("Who receives requests"),
        Table(
            [
                (
                    _("Contact person"),
                    [value_or_blank(details.controller_representative, _("name and function"))],
                ),
                (_("E-mail"), [value_or_blank(data.organisation.contact_email, _("e-mail address"))]),
                (_("Volunteer team (processor)"), parties_or_blank(data)),
            ]
        ),
        para(
            _(
                "A request needs no form: a letter, an e-mail or a word in person is enough. Whoever receives one "
                "passes it on to the contact person the same day. The volunteer team forwards requests it receives "
                "and helps to find the data in the service (%(basis)s)."
            )
            % {"basis": law.art(28, 3, "e")}
        ),
    )
    steps = section(
        "steps",
        _("Step by step"),
        bullets(
            _("Note the date of receipt: the deadline runs from it."),
            _(
                "Check who is asking. Ask for more information only where there is reasonable doubt about the "
                "person's identity (%(basis)s); do not ask for a copy of an identity card as a routine."
            )
            % {"basis": law.art(12, 6)},
            _("Ask the volunteer team to search the service (accounts, files, photos, backups) for the person's data."),
            _("Compile the answer and check that it reveals nothing about other people."),
            _("Answer in plain language and in the form the person used, e-mail by e-mail."),
            _("Record the request and the answer in the register below."),
        ),
    )
    deadline = section("deadline", _("Deadline (%(basis)s)") % {"basis": law.art(12, 3)}, _deadline(data))
    free = section(
        "free-of-charge",
        _("Free of charge"),
        para(
            _(
                "Answers are free of charge. Only for requests that are manifestly unfounded or excessive, in "
                "particular because they are repeated, may we charge a reasonable fee or refuse to act; we must then "
                "be able to show why (%(basis)s)."
            )
            % {"basis": law.art(12, 5)}
        ),
    )
    access = section(
        "access",
        _("Right of access (%(basis)s)") % {"basis": law.art(15)},
        para(_("An answer to an access request confirms whether we process data about the person and contains:")),
        _access_contents(data),
    )
    other = section(
        "other-rights",
        _("Other rights"),
        bullets(
            _("Rectification: correct inaccurate data (%(basis)s).") % {"basis": law.art(16)},
            _("Erasure: delete data we no longer need or hold without a legal basis (%(basis)s).")
            % {"basis": law.art(17)},
            _("Restriction: keep data but stop using it while a question is settled (%(basis)s).")
            % {"basis": law.art(18)},
            _("Portability: hand over the data the person provided in a common format (%(basis)s).")
            % {"basis": law.art(20)},
            _("Objection: stop processing based on legitimate interests unless our grounds override (%(basis)s).")
            % {"basis": law.art(21)},
        ),
    )
    return [receiving, steps, deadline, free, access, other]


def _register() -> Section:
    rows: list[tuple[str, list[Run]]] = [
        (_("Received on"), [Field()]),
        (_("Person and request"), [Field()]),
        (_("Identity checked how"), [Field()]),
        (_("Due on"), [Field()]),
        (_("Answered on, by whom"), [Field()]),
    ]
    return Section(
        key="register",
        heading=_("Register of requests"),
        blocks=[para(_("One entry per request:")), Table(rows)],
    )


def _reply(data: DocumentData) -> Section:
    law = data.law
    signer: list[Run] = [controller_name(data)]
    if data.details.controller_representative:
        signer.append(f", {data.details.controller_representative}")
    return section(
        "reply-template",
        _("Reply template for an access request"),
        para(_("Dear "), Field(), ","),
        para(
            _("on "),
            Field(),
            _(" you asked us for access to the personal data we hold about you (%(basis)s). Here is our answer.")
            % {"basis": law.art(15)},
        ),
        para(_("We process the following data about you: "), Field()),
        para(_("Purposes and legal basis: "), Field()),
        para(_("Recipients: "), Field()),
        para(_("Storage period: "), Field()),
        para(_("Source of the data, if it did not come from you: "), Field()),
        Paragraph(
            fill(
                _(
                    "You have the right to have inaccurate data rectified and data erased, to restrict or object to "
                    "the processing, and to lodge a complaint with a supervisory authority: %(authority)s."
                ),
                authority=value_or_blank(data.details.supervisory_authority, _("the competent supervisory authority")),
            )
        ),
        para(_("A copy of your data is enclosed.")),
        para(_("Kind regards,")),
        Paragraph(signer),
    )


def build(data: DocumentData) -> Document:
    document = new_document(
        KIND,
        data,
        subtitle=_("Procedure and reply template for %(organisation)s (%(basis)s)")
        % {"organisation": data.organisation.name, "basis": data.law.art(12)},
    )
    document.sections = [
        section("controller", _("Controller"), controller_table(data)),
        *_procedure(data),
        _register(),
        _reply(data),
    ]
    return document


KIND = Kind(
    key="data_subject_requests",
    title=_title,
    template_version="data_subject_requests-2026.1",
    build=build,
)
