"""Confidentiality undertaking (Verpflichtung auf Vertraulichkeit) for members and helpers inside the organisation.

A volunteer who is a member acts under the organisation's authority (Art. 29 GDPR); the organisation must make
sure such persons process data only on its instructions (Art. 32(4)) and keep it confidential (Art. 5(1)(f)). The
undertaking is the usual written proof of that, together with a briefing.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import law as laws
from .base import Blank, Block, Document, Kind, Run, Signature, Table
from .common import bullets, controller_name, fill, new_document, para, party_name, section, service_or_blank
from .data import DocumentData


def _title() -> str:
    return _("Confidentiality undertaking")


def _signature_blocks(data: DocumentData) -> list[Block]:
    """One block per person: the team's volunteers by their full names, else one with the name left to fill in."""
    people: list[Run] = [party_name(volunteer) for volunteer in data.volunteers] or [
        Blank(_("full name of the member"))
    ]
    blocks: list[Block] = []
    for person in people:
        blocks.append(
            Table(
                [
                    (_("Name"), [person]),
                    (_("Organisation"), [controller_name(data), f" ({data.organisation.name})"]),
                    (_("Task"), [service_or_blank(data)]),
                ]
            )
        )
        blocks.append(Signature([[_("Member: "), person]]))
    representative: Run = data.details.controller_representative or Blank(_("name and function"))
    blocks.append(Signature([[_("Briefed for the organisation by: "), representative]]))
    return blocks


def _authority(data: DocumentData) -> str:
    """Where the duty comes from: Art. 29 and 32(4) GDPR, or the church law's Datengeheimnis."""
    law = data.law
    if law.is_church_law:
        return law.ref(laws.CONFIDENTIALITY)
    return _("Art. 29, Art. 32(4) GDPR")


def build(data: DocumentData) -> Document:
    organisation = data.organisation.name
    basis = _authority(data)
    document = new_document(
        KIND,
        data,
        subtitle=_("for persons acting under the authority of %(organisation)s (%(basis)s)")
        % {"organisation": organisation, "basis": basis},
    )
    document.sections = [
        section(
            "scope",
            _("Who undertakes what"),
            para(
                _(
                    "I help %(organisation)s as a member or volunteer helper and may come into contact with "
                    "personal data in doing so. With my signature I undertake to keep this data confidential."
                )
                % {"organisation": organisation}
            ),
            para(*fill(_("My task: %(task)s."), task=service_or_blank(data))),
        ),
        section(
            "obligation",
            _("Duty of confidentiality and to follow instructions (%(basis)s)") % {"basis": basis},
            para(
                _(
                    "I process personal data only on the instructions of %(organisation)s (%(basis)s), unless I am "
                    "required to do so by law."
                )
                % {"organisation": organisation, "basis": basis}
            ),
            bullets(
                _("I do not disclose personal data to unauthorised persons or make it accessible to them."),
                _("I use personal data only for the task I was given, never for my own purposes."),
                _("I do not copy data to private devices or services unless the organisation allows it."),
                _("I report a suspected data breach to the organisation at once."),
            ),
        ),
        section(
            "principles",
            _("Integrity and confidentiality (%(basis)s)") % {"basis": data.law.art(5, 1, "f")},
            para(
                _(
                    "Personal data must be processed in a manner that ensures appropriate security, including "
                    "protection against unauthorised or unlawful processing and against accidental loss, "
                    "destruction or damage (%(basis)s). Further duties of secrecy that apply to the organisation, "
                    "for example the protection of social data in child and youth services (§ 35 SGB I), remain "
                    "unaffected."
                )
                % {"basis": data.law.art(5, 1, "f")}
            ),
        ),
        section(
            "briefing",
            _("Briefing"),
            para(
                _(
                    "I was briefed on the principles of data protection, the organisation's rules for handling "
                    "personal data and whom to tell about a data breach. I received a copy of this undertaking."
                )
            ),
        ),
        section(
            "duration",
            _("Duration"),
            para(
                _(
                    "The duty of confidentiality continues after my task, my membership or my work for the "
                    "organisation has ended."
                )
            ),
        ),
        section(
            "consequences",
            _("Consequences of a breach"),
            para(_consequences(data)),
        ),
        section("signatures", _("Signatures"), *_signature_blocks(data)),
    ]
    return document


def _consequences(data: DocumentData) -> str:
    if data.law.is_church_law:
        return _(
            "Breaches of data protection can have consequences under membership or employment law, fines and claims "
            "for damages under the %(law)s."
        ) % {"law": data.law.abbreviation}
    return _(
        "Breaches of data protection can have consequences under membership or employment law, fines (Art. 83 GDPR), "
        "in serious cases criminal penalties (§ 42 BDSG), and claims for damages (Art. 82 GDPR)."
    )


KIND = Kind(key="confidentiality", title=_title, template_version="confidentiality-2026.2", build=build)
