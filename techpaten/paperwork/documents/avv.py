"""AVV: the contract between the organisation (controller) and the volunteer(s) (processor), Art. 28 GDPR.

Every item Art. 28(3) requires has its own section with a stable key ("art28-3-a" … "art28-3-h"), as have subject
matter and duration, nature and purpose, type of data, categories of data subjects and the controller's obligations
and rights (Art. 28(3) first sentence). The official model is the EU standard contractual clauses under Art. 28(7),
Commission Implementing Decision (EU) 2021/915; this template follows their order where it can.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Blank, Document, Kind, Paragraph, Run, Signature, Table, value_or_blank
from .common import (
    bullets,
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
    return _("Data processing agreement (AVV)")


def _parties(data: DocumentData) -> Table:
    organisation, details = data.organisation, data.details
    rows: list[tuple[str, list[Run]]] = [
        (_("Controller"), [organisation.name]),
        (_("Address"), organisation_address(data)),
        (
            _("Represented by"),
            [value_or_blank(details.controller_representative, _("name and function of the signatory"))],
        ),
        (_("Contact"), [value_or_blank(organisation.contact_email, _("e-mail address of the organisation"))]),
    ]
    if data.volunteers:
        for volunteer in data.volunteers:
            rows.append((_("Processor"), [f"{volunteer.name} <{volunteer.email}>"]))
    else:
        rows.append((_("Processor"), [Blank(_("name and e-mail address of the volunteer"))]))
    rows.append((_("Address of the processor"), [Blank(_("postal address of the volunteer(s)"))]))
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
    in_eu = is_eu_eea(data.details.hoster_country)
    if in_eu:
        return para(
            _(
                "The data is stored and processed only within the EU/EEA. Transfers to a third country or an "
                "international organisation require a documented instruction of the controller and the conditions "
                "of Chapter V GDPR."
            )
        )
    return Paragraph(
        fill(
            _(
                "Transfers to a third country or an international organisation take place only on documented "
                "instruction of the controller and under Chapter V GDPR. Safeguards for the transfer to %(country)s: "
                "%(safeguards)s."
            ),
            country=value_or_blank(data.details.hoster_country, _("country of the servers")),
            safeguards=Blank(_("adequacy decision or standard contractual clauses (Art. 45, 46 GDPR)")),
        )
    )


def _sub_processors(data: DocumentData) -> list[Paragraph | Table]:
    details = data.details
    general = para(
        _(
            "The processor engages another processor (sub-processor) only under the conditions of Art. 28(2) and "
            "(4) GDPR: with the controller's prior specific written authorisation, which may also be given in "
            "electronic form. The processor imposes the same data-protection obligations on the sub-processor by "
            "contract and remains fully liable to the controller for the sub-processor's performance."
        )
    )
    if details.hoster_contract_by_organisation:
        hoster = Paragraph(
            fill(
                _(
                    "The organisation contracts the hoster directly and concludes its own data processing "
                    "agreement with it: %(hoster)s. The hoster is therefore not a sub-processor of the processor. "
                    "At the time of signing, the processor engages no sub-processors."
                ),
                hoster=_hoster(data),
            )
        )
        return [general, hoster]
    authorised = para(
        _(
            "The controller authorises the following sub-processor, which the processor has contracted with a "
            "data processing agreement under Art. 28(4) GDPR:"
        )
    )
    return [general, authorised, Table([(_("Sub-processor (hoster)"), _hoster(data))])]


def build(data: DocumentData) -> Document:
    details = data.details
    document = new_document(
        KIND,
        data,
        subtitle=_("under Art. 28(3) GDPR between %(organisation)s and %(volunteers)s")
        % {"organisation": data.organisation.name, "volunteers": data.volunteer_names or "…"},
    )
    start = details.starts_on.strftime("%d.%m.%Y") if details.starts_on else Blank(_("start date"))
    document.sections = [
        section("parties", _("Parties"), _parties(data)),
        section(
            "official-model",
            _("Basis of this agreement"),
            para(
                _(
                    "This agreement sets out the obligations of the parties under Art. 28 GDPR. The official model "
                    "for such agreements are the EU standard contractual clauses between controllers and "
                    "processors under Art. 28(7) GDPR, Commission Implementing Decision (EU) 2021/915 of 4 June "
                    "2021; the parties may use them instead of this template."
                )
            ),
        ),
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
                    "The controller is responsible for the lawfulness of the processing (Art. 6 GDPR) and for "
                    "safeguarding the rights of the data subjects."
                ),
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
            _("6. Documented instructions, also for third-country transfers (Art. 28(3)(a) GDPR)"),
            para(
                _(
                    "The processor processes the personal data only on documented instructions from the "
                    "controller, including with regard to transfers to a third country or an international "
                    "organisation, unless Union or Member State law requires it to do so; in such a case the "
                    "processor informs the controller of that legal requirement before processing, unless that law "
                    "prohibits such information. The processor informs the controller immediately if, in its "
                    "opinion, an instruction infringes data-protection law."
                )
            ),
            _third_countries(data),
        ),
        section(
            "art28-3-b",
            _("7. Confidentiality (Art. 28(3)(b) GDPR)"),
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
            _("8. Security of processing (Art. 28(3)(c) and Art. 32 GDPR)"),
            para(
                _(
                    "The processor takes all measures required under Art. 32 GDPR. The agreed technical and "
                    "organisational measures are described in Annex 1 (TOM). They may be adapted to technical "
                    "progress as long as the level of protection does not fall; significant changes are documented "
                    "and agreed with the controller."
                )
            ),
        ),
        section("art28-3-d", _("9. Sub-processors (Art. 28(3)(d), (2) and (4) GDPR)"), *_sub_processors(data)),
        section(
            "art28-3-e",
            _("10. Assistance with data-subject requests (Art. 28(3)(e) GDPR)"),
            para(
                _(
                    "Taking into account the nature of the processing, the processor assists the controller by "
                    "appropriate technical and organisational measures, insofar as this is possible, in fulfilling "
                    "its obligation to respond to requests for exercising the data subject's rights under Chapter "
                    "III GDPR (access, rectification, erasure, restriction, portability, objection). Requests "
                    "addressed to the processor are forwarded to the controller without delay."
                )
            ),
        ),
        section(
            "art28-3-f",
            _("11. Assistance with security, breach notification and impact assessment (Art. 28(3)(f) GDPR)"),
            para(
                _(
                    "The processor assists the controller in ensuring compliance with the obligations under "
                    "Art. 32 to 36 GDPR, taking into account the nature of the processing and the information "
                    "available to it: security of processing, notification of personal data breaches to the "
                    "supervisory authority and communication to the data subjects, data protection impact "
                    "assessment and prior consultation."
                )
            ),
            para(
                _(
                    "The processor notifies the controller of a personal data breach without undue delay after "
                    "becoming aware of it (Art. 33(2) GDPR), if possible within 24 hours, so that the controller "
                    "can meet its 72-hour deadline. The notification describes the nature of the breach, the "
                    "categories and approximate number of data subjects and records concerned, the likely "
                    "consequences and the measures taken or proposed."
                )
            ),
        ),
        section(
            "art28-3-g",
            _("12. Deletion or return at the end of the processing (Art. 28(3)(g) GDPR)"),
            para(
                _(
                    "After the end of the provision of services, the processor, at the choice of the controller, "
                    "deletes or returns all personal data and deletes existing copies, unless Union or Member State "
                    "law requires storage. The processor confirms the deletion to the controller in text form."
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
            _("13. Information and audits (Art. 28(3)(h) GDPR)"),
            para(
                _(
                    "The processor makes available to the controller all information necessary to demonstrate "
                    "compliance with the obligations laid down in Art. 28 GDPR and allows for and contributes to "
                    "audits, including inspections, conducted by the controller or another auditor mandated by the "
                    "controller. Inspections are announced in good time."
                )
            ),
        ),
        section(
            "final",
            _("14. Final provisions"),
            bullets(
                _(
                    "Liability follows Art. 82 GDPR: the processor is liable only for breaching the obligations "
                    "imposed on processors or for acting outside or contrary to the controller's lawful "
                    "instructions."
                ),
                _("This agreement is concluded in writing, which includes electronic form (Art. 28(9) GDPR)."),
                _("Annex 1: technical and organisational measures (TOM)."),
            ),
        ),
        section("signatures", _("Signatures"), Signature(_signatories(data))),
    ]
    return document


def _signatories(data: DocumentData) -> list[str]:
    controller = _("For the controller: %(organisation)s") % {"organisation": data.organisation.name}
    if data.details.controller_representative:
        controller += f" ({data.details.controller_representative})"
    processors = [_("Processor: %(name)s") % {"name": v.name} for v in data.volunteers] or [_("Processor")]
    return [controller, *processors]


KIND = Kind(key="avv", title=_title, template_version="avv-2026.1", build=build)
