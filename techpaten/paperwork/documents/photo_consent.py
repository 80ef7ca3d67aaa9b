"""Photo consent form for a Kita: consent under Art. 6(1)(a) and Art. 7 GDPR, one decision per purpose.

Consent is valid only if informed, voluntary, specific (a separate tick per purpose), revocable at any time without
disadvantage, and provable (Art. 7(1) to (4)); it is asked for in advance (HmbBfDI guidance on photos in Kitas).
Photos published outside the Kita also need consent under § 22 KUG.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .base import Blank, Document, Kind, Paragraph, Run, Section, Signature, Table, value_or_blank
from .common import bullets, new_document, organisation_address, para, section, volunteers_or_blank
from .data import DocumentData

BOX = "☐"


def _yes_no(label: str = "") -> Paragraph:
    """The tick-boxes of one purpose: an unticked purpose means no consent (Art. 4(11): an unambiguous act)."""
    boxes = f"{BOX} {_('Yes, I/we consent.')}    {BOX} {_('No, I/we do not consent.')}"
    return para(f"{label}: {boxes}" if label else boxes)


def _gallery(data: DocumentData) -> Run:
    return value_or_blank(data.solution_name, _("name of the photo gallery or app"))


def _controller(data: DocumentData) -> Section:
    organisation = data.organisation
    return Section(
        key="controller",
        heading=_("Who is responsible for the photos"),
        blocks=[
            Table(
                [
                    (_("Kita"), [organisation.name]),
                    (_("Address"), organisation_address(data)),
                    (_("E-mail"), [value_or_blank(organisation.contact_email, _("e-mail address of the Kita"))]),
                    (_("Phone"), [value_or_blank(organisation.contact_phone, _("phone number of the Kita"))]),
                    (
                        _("Represented by"),
                        [
                            value_or_blank(
                                data.details.controller_representative, _("name and function of the Kita's management")
                            )
                        ],
                    ),
                ]
            )
        ],
    )


def _child() -> Section:
    return Section(
        key="child-and-parents",
        heading=_("Child and parents"),
        blocks=[
            Table(
                [
                    (_("Child's name"), [Blank(_("first and last name of the child"))]),
                    (_("Group"), [Blank(_("the child's group"))]),
                    (_("Parent(s) or guardian(s)"), [Blank(_("names of the parents or guardians"))]),
                ]
            )
        ],
    )


def _purposes(data: DocumentData) -> list[Section]:
    gallery = section(
        "purpose-kita-gallery",
        _("Purpose 1: display in the Kita and in the parents' gallery or app"),
        para(
            _(
                "Photos of everyday life, outings and celebrations are displayed in the Kita's rooms and shared in "
                "the password-protected parents' gallery or app. Only staff and the parents of the children in the "
                "group can see them. Parents may keep the photos for private use only and may not pass on or "
                "publish photos that show other children."
            )
        ),
        para(_("Gallery or app used: "), _gallery(data)),
        _yes_no(),
    )
    portfolio = section(
        "purpose-portfolio",
        _("Purpose 2: portfolio"),
        para(
            _(
                "Photos document your child's development and learning in their portfolio. Only your child, you "
                "and the child's educators see the portfolio; you receive it when your child leaves the Kita."
            )
        ),
        _yes_no(),
    )
    care_contract = section(
        "portfolio-care-contract",
        _("Portfolio and care contract"),
        para(
            _(
                "Note: where the Kita's educational concept makes the portfolio part of the care contract, portfolio "
                "photos can rest on that contract (LAG Hessen); your consent is then not needed for purpose 2."
            )
        ),
        para(
            _("Does this apply at our Kita? "),
            Blank(_("yes, with a reference to the concept and the care contract, or no")),
        ),
    )
    public = section(
        "purpose-public",
        _("Purpose 3: public relations (website, press, print)"),
        para(
            _(
                "We would like to use some photos to present the Kita to the public. Children are never named with "
                "their full name. Please decide separately for each channel:"
            )
        ),
        _yes_no(_("on the Kita's website")),
        _yes_no(_("in the local press, e.g. a newspaper report on a celebration")),
        _yes_no(_("in the Kita's printed material (flyers, brochures, annual report)")),
        para(
            _(
                "Photos on the internet can be seen, copied and saved worldwide. Even after you withdraw your "
                "consent we cannot guarantee that copies made by others disappear, and printed material already "
                "handed out cannot be recalled."
            )
        ),
    )
    return [gallery, portfolio, care_contract, public]


def _not_done() -> Section:
    return section(
        "not-done",
        _("What we do not do"),
        bullets(
            _(
                "Staff do not take photos with private phones or cameras and do not keep photos on private devices; "
                "only the Kita's own devices are used."
            ),
            _(
                "No face recognition: photos are not analysed automatically to recognise or sort faces (that would "
                "turn them into biometric data under Art. 9 GDPR)."
            ),
            _("No photos in intimate situations, for example when changing nappies or clothes or on the toilet."),
            _("No full names next to photos published outside the Kita."),
            _("No passing on to anyone other than the recipients named in this form, and no advertising by others."),
        ),
    )


def _hoster(data: DocumentData) -> list[Run]:
    details = data.details
    return [
        value_or_blank(details.hoster_name, _("name of the hoster")),
        ", ",
        value_or_blank(details.hoster_country, _("country of the servers")),
    ]


def _recipients(data: DocumentData) -> Section:
    return section(
        "recipients",
        _("Who sees the photos"),
        bullets(
            _("the Kita's staff, for all purposes you ticked"),
            _("the parents of the children in the group, in the parents' gallery or app (purpose 1)"),
            _("the public, only through the channels you ticked under purpose 3"),
            [
                _(
                    "the volunteer admin team that runs the gallery technically on our behalf and is bound by a "
                    "data-processing agreement (Art. 28 GDPR): "
                ),
                volunteers_or_blank(data),
            ],
            [_("the hoster on whose servers the photos are stored: "), *_hoster(data)],
        ),
    )


def _backups(data: DocumentData) -> list[Run]:
    days = data.details.backup_retention_days
    if days is None:
        return [_("Copies in backups are overwritten after at most: "), Blank(_("number of days backups are kept"))]
    return [
        ngettext(
            "Copies in backups are overwritten after at most %(days)s day.",
            "Copies in backups are overwritten after at most %(days)s days.",
            days,
        )
        % {"days": days}
    ]


def _storage(data: DocumentData) -> Section:
    storage = Section(
        key="storage-deletion",
        heading=_("Storage and deletion"),
        blocks=[
            Table(
                [
                    (_("Stored in"), [_gallery(data)]),
                    (_("Hoster and location of the servers"), _hoster(data)),
                ]
            ),
            bullets(
                _("We delete the photos of your child when your child leaves the Kita."),
                _("Group photos are deleted when the last child shown on them has left the Kita."),
                _("You receive the portfolio with its photos when your child leaves the Kita."),
                _("If you withdraw your consent for a purpose, we remove the photos from that use without delay."),
                _backups(data),
            ),
        ],
    )
    retention = data.details.retention.strip()
    if retention:
        storage.blocks.append(para(_("Further deletion periods agreed for the service: "), retention))
    return storage


def _withdrawal(data: DocumentData) -> Section:
    organisation = data.organisation
    return section(
        "withdrawal",
        _("Withdrawing your consent"),
        para(
            _(
                "You can withdraw your consent at any time, in full or for single purposes, without giving reasons "
                "and without any disadvantage for your child. The withdrawal takes effect for the future: it does "
                "not affect the lawfulness of the use up to then (Art. 7(3) GDPR)."
            )
        ),
        para(
            _(
                "Withdrawing is as easy as giving consent: an informal message by e-mail or letter, or a word in "
                "person, is enough. Please send your withdrawal to: "
            ),
            organisation.name,
            ", ",
            value_or_blank(organisation.contact_email, _("e-mail address for withdrawals")),
        ),
        para(
            _(
                "Unless you withdraw it earlier, your consent applies until your child leaves the Kita. Further "
                "information, including your rights of access, rectification and erasure and your right to lodge "
                "a complaint with a supervisory authority, is given in our data-protection information notice."
            )
        ),
    )


def build(data: DocumentData) -> Document:
    document = new_document(
        KIND,
        data,
        subtitle=_("%(organisation)s: consent under Art. 6(1)(a) and Art. 7 GDPR")
        % {"organisation": data.organisation.name},
    )
    document.sections = [
        _controller(data),
        _child(),
        section(
            "informed",
            _("What this consent is about"),
            para(
                _(
                    "In everyday life at the Kita, on outings and at celebrations we would like to take photos of "
                    "the children. We do so only for the purposes you tick below. Please read this information "
                    "before you decide: we ask for your consent in advance, before photos are taken or used for a "
                    "purpose."
                )
            ),
        ),
        section(
            "legal-basis",
            _("Legal basis"),
            para(
                _(
                    "The legal basis is your consent (Art. 6(1)(a) and Art. 7 GDPR). Photos published outside the "
                    "Kita also require consent under § 22 of the Art Copyright Act (KUG)."
                )
            ),
        ),
        section(
            "voluntary",
            _("Your consent is voluntary"),
            para(
                _(
                    "Your consent is voluntary. If you do not consent, or consent only to some purposes, your child "
                    "suffers no disadvantage and takes part in all activities as before. We then make sure that "
                    "photos of your child are not used for the purposes you did not tick."
                )
            ),
            para(_("Please decide separately for each purpose. A purpose you leave unticked means no consent.")),
        ),
        *_purposes(data),
        _not_done(),
        _recipients(data),
        _storage(data),
        _withdrawal(data),
        section(
            "proof",
            _("Proof of consent"),
            para(
                _(
                    "The Kita keeps this signed form as proof of your consent (Art. 7(1) GDPR) for as long as it "
                    "uses the photos, and gives you a copy."
                )
            ),
        ),
        Section(
            key="signature",
            heading=_("Declaration and signature"),
            blocks=[
                para(
                    _(
                        "I/we have read the information above and consent to the purposes ticked above. Where both "
                        "parents have custody, both should sign."
                    )
                ),
                Signature([_("Parent or guardian 1"), _("Parent or guardian 2")]),
            ],
        ),
    ]
    return document


KIND = Kind(
    key="photo_consent",
    title=lambda: _("Photo consent form"),
    template_version="photo_consent-2026.1",
    build=build,
)
