"""Confidentiality undertaking (Verpflichtung auf Vertraulichkeit) for members and helpers inside the organisation.

A volunteer who is a member acts under the organisation's authority (Art. 29 GDPR); the organisation must make
sure such persons process data only on its instructions (Art. 32(4)) and keep it confidential (Art. 5(1)(f)). The
undertaking is the usual written proof of that, together with a briefing.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Blank, Block, Document, Kind, Run, Signature, Table
from .common import bullets, fill, new_document, para, section, service_or_blank
from .data import DocumentData


def _title() -> str:
    return _("Confidentiality undertaking")


def _signature_blocks(data: DocumentData) -> list[Block]:
    """One block per person: the team's volunteers by name, else one with the name left to fill in."""
    people: list[Run] = [volunteer.name for volunteer in data.volunteers] or [Blank(_("name of the member"))]
    blocks: list[Block] = []
    for person in people:
        blocks.append(
            Table(
                [
                    (_("Name"), [person]),
                    (_("Organisation"), [data.organisation.name]),
                    (_("Task"), [service_or_blank(data)]),
                ]
            )
        )
        label = person if isinstance(person, str) else _("Member")
        blocks.append(Signature([_("Member: %(name)s") % {"name": label}]))
    representative = data.details.controller_representative or data.organisation.name
    blocks.append(Signature([_("Briefed for the organisation by: %(name)s") % {"name": representative}]))
    return blocks


def build(data: DocumentData) -> Document:
    organisation = data.organisation.name
    document = new_document(
        KIND,
        data,
        subtitle=_("for persons acting under the authority of %(organisation)s (Art. 29, Art. 32(4) GDPR)")
        % {"organisation": organisation},
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
            _("Duty of confidentiality and to follow instructions (Art. 29, Art. 32(4) GDPR)"),
            para(
                _(
                    "I process personal data only on the instructions of %(organisation)s (Art. 29 and Art. 32(4) "
                    "GDPR), unless I am required to do so by Union or Member State law."
                )
                % {"organisation": organisation}
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
            _("Integrity and confidentiality (Art. 5(1)(f) GDPR)"),
            para(
                _(
                    "Personal data must be processed in a manner that ensures appropriate security, including "
                    "protection against unauthorised or unlawful processing and against accidental loss, "
                    "destruction or damage (Art. 5(1)(f) GDPR). Further duties of secrecy that apply to the "
                    "organisation, for example the protection of social data in child and youth services, remain "
                    "unaffected."
                )
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
            para(
                _(
                    "Breaches of data protection can have consequences under membership or employment law, fines "
                    "(Art. 83 GDPR), in serious cases criminal penalties (§ 42 BDSG), and claims for damages "
                    "(Art. 82 GDPR)."
                )
            ),
        ),
        section("signatures", _("Signatures"), *_signature_blocks(data)),
    ]
    return document


KIND = Kind(key="confidentiality", title=_title, template_version="confidentiality-2026.1", build=build)
