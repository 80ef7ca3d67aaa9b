"""AVV: the contract between the organisation (controller) and the volunteer(s) (processor), Art. 28 GDPR.

Every item Art. 28(3) requires has its own section with a stable key ("art28-3-a" … "art28-3-h"), as have subject
matter and duration, nature and purpose, type of data, categories of data subjects and the controller's obligations
and rights (Art. 28(3) first sentence). The official model is the EU standard contractual clauses under Art. 28(7),
Commission Implementing Decision (EU) 2021/915; this template follows their order where it can.

Nothing is assumed: who signs the hosting contract and which sub-processors are engaged are printed only as entered;
for a church sponsor the church law's paragraphs are cited instead of the GDPR (law.py).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import law as laws
from .base import Blank, Document, Kind, Paragraph, Run, Signature, Table, value_or_blank
from .common import (
    bullets,
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
from .liability import liability_section


def _title() -> str:
    return _("Data processing agreement (AVV)")


def _parties(data: DocumentData) -> Table:
    rows = controller_rows(data)
    if data.volunteers:
        for volunteer in data.volunteers:
            rows.append((_("Processor"), [party_name(volunteer)]))
            rows.append((_("Address of the processor"), [party_address(volunteer)]))
    else:
        rows.append((_("Processor"), [Blank(_("full names of the volunteers"))]))
        rows.append((_("Address of the processor"), [Blank(_("postal addresses of the volunteers"))]))
    return Table(rows)


def _hoster(data: DocumentData) -> list[Run]:
    details = data.details
    return fill(
        _("%(name)s, %(address)s, servers in %(country)s"),
        name=value_or_blank(details.hoster_name, _("name of the hoster")),
        address=value_or_blank(details.hoster_address, _("hoster's address")),
        country=value_or_blank(details.hoster_country, _("country of the servers")),
    )


def _third_countries(data: DocumentData) -> Paragraph:
    chapter = data.law.ref(laws.THIRD_COUNTRIES)
    if is_eu_eea(data.details.hoster_country):
        return para(
            _(
                "The data is stored and processed only within the EU/EEA. Transfers to a third country or an "
                "international organisation require a documented instruction of the controller and the conditions "
                "of %(chapter)s."
            )
            % {"chapter": chapter}
        )
    return Paragraph(
        fill(
            _(
                "Transfers to a third country or an international organisation take place only on documented "
                "instruction of the controller and under %(chapter)s. Safeguards for the transfer to %(country)s: "
                "%(safeguards)s."
            ),
            chapter=chapter,
            country=value_or_blank(data.details.hoster_country, _("country of the servers")),
            safeguards=Blank(_("adequacy decision or standard contractual clauses")),
        )
    )


def _sub_processors(data: DocumentData) -> list[Paragraph | Table]:
    details, law = data.details, data.law
    general = para(
        _(
            "The processor engages another processor (sub-processor) only with the controller's prior specific "
            "written authorisation, which may also be given in electronic form (%(basis)s). The processor imposes "
            "the same data-protection obligations on the sub-processor by contract and remains fully liable to the "
            "controller for the sub-processor's performance."
        )
        % {"basis": law.art(28, 2)}
    )
    blocks: list[Paragraph | Table] = [general]
    contract = details.hoster_contract
    if contract == "organisation":
        blocks.append(
            Paragraph(
                fill(
                    _(
                        "The organisation contracts the hoster directly and concludes its own data processing "
                        "agreement with it: %(hoster)s. The hoster is therefore not a sub-processor of the processor."
                    ),
                    hoster=_hoster(data),
                )
            )
        )
    elif contract == "volunteer":
        blocks.append(
            para(
                _(
                    "The controller authorises the following sub-processor, which the processor has contracted with a "
                    "data processing agreement (%(basis)s):"
                )
                % {"basis": law.art(28, 4)}
            )
        )
        blocks.append(Table([(_("Sub-processor (hoster)"), _hoster(data))]))
    elif contract == "none":
        blocks.append(para(_("There is no hoster: the service runs on the organisation's own device.")))
    else:
        blocks.append(
            para(
                _("Who signs the hosting contract: "),
                Blank(_("the organisation itself, or the processor (the hoster is then a sub-processor)")),
            )
        )
    blocks.append(
        para(
            _("Further sub-processors authorised at the time of signing: "),
            value_or_blank(details.sub_processors, _("name, address and task of each, or “none”")),
        )
    )
    return blocks


def build(data: DocumentData) -> Document:
    details, law = data.details, data.law
    document = new_document(KIND, data, subtitle=_("under %(basis)s") % {"basis": law.art(28, 3)})
    start = details.starts_on.strftime("%d.%m.%Y") if details.starts_on else Blank(_("start date"))
    document.sections = [
        section("parties", _("Parties"), _parties(data)),
        section("official-model", _("Basis of this agreement"), *_basis(data)),
        section(
            "subject-duration",
            _("1. Subject matter and duration of the processing"),
            Paragraph(
                fill(
                    _("Subject matter: for the controller, the processor runs or looks after %(service)s."),
                    service=service_or_blank(data),
                )
            ),
            Paragraph(
                fill(
                    _(
                        "Duration: the processing starts on %(start)s and lasts for an indefinite period. Either "
                        "party may terminate this agreement with one month's notice in text form; it ends at the "
                        "latest when the volunteer no longer looks after the service."
                    ),
                    start=start,
                )
            ),
        ),
        section(
            "nature-purpose",
            _("2. Nature and purpose of the processing"),
            Paragraph(
                fill(
                    _(
                        "Nature of the processing: setting up, operating, administering, updating and backing up "
                        "%(solution)s, including storing, organising, retrieving and deleting the data held in it."
                    ),
                    solution=solution_or_blank(data),
                )
            ),
            para(_("Purposes of the processing:")),
            lines_or_blank(details.purposes, _("purposes of the processing")),
        ),
        section(
            "data-types",
            _("3. Type of personal data"),
            lines_or_blank(details.data_categories, _("categories of personal data")),
        ),
        section(
            "data-subjects",
            _("4. Categories of data subjects"),
            lines_or_blank(details.data_subjects, _("categories of data subjects")),
        ),
        section(
            "controller",
            _("5. Obligations and rights of the controller"),
            bullets(
                _(
                    "The controller is responsible for the lawfulness of the processing (%(basis)s) and for "
                    "safeguarding the rights of the data subjects."
                )
                % {"basis": law.art(6)},
                _("The controller gives instructions to the processor and documents them; e-mail suffices."),
                _(
                    "The controller has the right to check compliance with this agreement and the agreed "
                    "technical and organisational measures (see section 13)."
                ),
                _("The controller informs the processor without delay if it finds errors or irregularities."),
            ),
        ),
        section(
            "art28-3-a",
            _("6. Documented instructions, also for third-country transfers (%(basis)s)")
            % {"basis": law.art(28, 3, "a")},
            para(
                _(
                    "The processor processes the personal data only on documented instructions from the "
                    "controller, including with regard to transfers to a third country or an international "
                    "organisation, unless the law to which the processor is subject requires it to do so; in such a "
                    "case the processor informs the controller of that legal requirement before processing, unless "
                    "that law prohibits such information. The processor informs the controller immediately if, in "
                    "its opinion, an instruction infringes data-protection law."
                )
            ),
            _third_countries(data),
        ),
        section(
            "art28-3-b",
            _("7. Confidentiality (%(basis)s)") % {"basis": law.art(28, 3, "b")},
            para(
                _(
                    "The processor ensures that persons authorised to process the personal data have committed "
                    "themselves to confidentiality or are under an appropriate statutory obligation of "
                    "confidentiality. The obligation continues after the end of this agreement."
                )
            ),
        ),
        section(
            "art28-3-c",
            _("8. Security of processing (%(basis)s)") % {"basis": law.art(28, 3, "c")},
            para(
                _(
                    "The processor takes all measures required under %(basis)s. The agreed technical and "
                    "organisational measures are described in Annex 1 (TOM). They may be adapted to technical "
                    "progress as long as the level of protection does not fall; significant changes are documented "
                    "and agreed with the controller."
                )
                % {"basis": law.art(32)}
            ),
        ),
        section(
            "art28-3-d",
            _("9. Sub-processors (%(basis)s)") % {"basis": law.art(28, 3, "d")},
            *_sub_processors(data),
        ),
        section(
            "art28-3-e",
            _("10. Assistance with data-subject requests (%(basis)s)") % {"basis": law.art(28, 3, "e")},
            para(
                _(
                    "Taking into account the nature of the processing, the processor assists the controller by "
                    "appropriate technical and organisational measures, insofar as this is possible, in fulfilling "
                    "its obligation to respond to requests for exercising the data subject's rights (%(rights)s): "
                    "access, rectification, erasure, restriction, portability, objection. Requests addressed to the "
                    "processor are forwarded to the controller without delay."
                )
                % {"rights": law.ref(laws.RIGHTS)}
            ),
        ),
        section(
            "art28-3-f",
            _("11. Assistance with security, breach notification and impact assessment (%(basis)s)")
            % {"basis": law.art(28, 3, "f")},
            para(
                _(
                    "Taking into account the nature of the processing and the information available to it, the "
                    "processor assists the controller with the security of processing (%(security)s), the "
                    "notification of personal data breaches to the supervisory authority (%(notification)s) and "
                    "their communication to the data subjects (%(communication)s), and with a data protection impact "
                    "assessment (%(dpia)s)."
                )
                % {
                    "security": law.art(32),
                    "notification": law.art(33),
                    "communication": law.art(34),
                    "dpia": law.art(35),
                }
            ),
            para(
                _(
                    "The processor notifies the controller of a personal data breach without undue delay after "
                    "becoming aware of it (%(basis)s), if possible within 24 hours, so that the controller can meet "
                    "its 72-hour deadline. The notification describes the nature of the breach, the categories and "
                    "approximate number of data subjects and records concerned, the likely consequences and the "
                    "measures taken or proposed."
                )
                % {"basis": law.art(33, 2)}
            ),
        ),
        section(
            "art28-3-g",
            _("12. Deletion or return at the end of the processing (%(basis)s)") % {"basis": law.art(28, 3, "g")},
            para(
                _(
                    "After the end of the provision of services, the processor, at the choice of the controller, "
                    "deletes or returns all personal data and deletes existing copies, unless the law requires "
                    "storage. The processor confirms the deletion to the controller in text form."
                )
            ),
            Paragraph(
                fill(
                    _(
                        "Backups are included: data in backups is deleted when the backups expire, at the latest "
                        "after %(days)s days, and must not be restored into live use after its deletion."
                    ),
                    days=value_or_blank(details.backup_retention_days, _("number of days backups are kept")),
                )
            ),
        ),
        section(
            "art28-3-h",
            _("13. Information and audits (%(basis)s)") % {"basis": law.art(28, 3, "h")},
            para(
                _(
                    "The processor makes available to the controller all information necessary to demonstrate "
                    "compliance with the obligations of processors and allows for and contributes to audits, "
                    "including inspections, conducted by the controller or another auditor mandated by the "
                    "controller. Inspections are announced in good time."
                )
            ),
        ),
        liability_section(data, "14."),
        section(
            "final",
            _("15. Final provisions"),
            bullets(
                _("This agreement is concluded in writing, which includes electronic form (%(basis)s).")
                % {"basis": law.art(28, 9)},
                _("Annex 1: technical and organisational measures (TOM)."),
            ),
        ),
        section("signatures", _("Signatures"), Signature(_signatories(data))),
    ]
    return document


def _basis(data: DocumentData) -> list[Paragraph]:
    law = data.law
    if law.is_church_law:
        return [
            para(
                _(
                    "This agreement sets out the obligations of the parties under %(basis)s. The controller's "
                    "sponsor is a church body: the %(law)s applies instead of the GDPR (Art. 91 GDPR), so this "
                    "agreement cites the %(abbreviation)s."
                )
                % {"basis": law.art(28), "law": law.full_name(), "abbreviation": law.abbreviation}
            )
        ]
    return [
        para(
            _(
                "This agreement sets out the obligations of the parties under Art. 28 GDPR. The official model for "
                "such agreements are the EU standard contractual clauses between controllers and processors under "
                "Art. 28(7) GDPR, Commission Implementing Decision (EU) 2021/915 of 4 June 2021; the parties may use "
                "them instead of this template."
            )
        )
    ]


def _signatories(data: DocumentData) -> list[str | list[Run]]:
    controller: list[Run] = [_("For the controller: "), controller_name(data)]
    if data.details.controller_representative:
        controller.append(f" ({data.details.controller_representative})")
    processors: list[str | list[Run]] = [[_("Processor: "), party_name(v)] for v in data.volunteers] or [
        [_("Processor: "), *parties_or_blank(data)]
    ]
    return [controller, *processors]


KIND = Kind(key="avv", title=_title, template_version="avv-2026.2", build=build)
