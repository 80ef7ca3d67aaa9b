"""The parts every photo consent form shares, whatever the sector: tick boxes, recipients, storage, withdrawal.

The tick boxes are translated as whole sentences (never inside an f-string: xgettext would not extract them, and the
German form showed English boxes).
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .base import Blank, Paragraph, Run, Section, Table, value_or_blank
from .common import bullets, controller_rows, para, parties_or_blank, section
from .data import DocumentData

BOX = "☐"


def yes_no(label: str = "") -> Paragraph:
    """The tick-boxes of one purpose: an unticked purpose means no consent (Art. 4(11): an unambiguous act)."""
    yes = _("☐ Yes, I/we consent.")
    no = _("☐ No, I/we do not consent.")
    boxes = f"{yes}    {no}"
    return para(f"{label}: {boxes}" if label else boxes)


def gallery(data: DocumentData) -> Run:
    return value_or_blank(data.solution_name, _("name of the photo gallery or app"))


def controller(data: DocumentData) -> Section:
    organisation = data.organisation
    rows = controller_rows(data)
    rows.append((_("Phone"), [value_or_blank(organisation.contact_phone, _("phone number"))]))
    return Section(key="controller", heading=_("Who is responsible for the photos"), blocks=[Table(rows)])


def _hoster(data: DocumentData) -> list[Run]:
    details = data.details
    return [
        value_or_blank(details.hoster_name, _("name of the hoster")),
        ", ",
        value_or_blank(details.hoster_country, _("country of the servers")),
    ]


def recipients(data: DocumentData, staff: str, audience: str) -> Section:
    return section(
        "recipients",
        _("Who sees the photos"),
        bullets(
            staff,
            audience,
            _("the public, only through the channels you ticked for public relations"),
            [
                _(
                    "the volunteer admin team that runs the gallery technically on our behalf and is bound by a "
                    "data-processing agreement (%(basis)s): "
                )
                % {"basis": data.law.art(28)},
                *parties_or_blank(data),
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


def storage(data: DocumentData, rules: list[str]) -> Section:
    storage_section = Section(
        key="storage-deletion",
        heading=_("Storage and deletion"),
        blocks=[
            Table([(_("Stored in"), [gallery(data)]), (_("Hoster and location of the servers"), _hoster(data))]),
            bullets(
                *rules,
                _("If you withdraw your consent for a purpose, we remove the photos from that use without delay."),
                _backups(data),
            ),
        ],
    )
    retention = data.details.retention.strip()
    if retention:
        storage_section.blocks.append(para(_("Further deletion periods agreed for the service: "), retention))
    return storage_section


def withdrawal(data: DocumentData, until: str) -> Section:
    organisation = data.organisation
    return section(
        "withdrawal",
        _("Withdrawing your consent"),
        para(
            _(
                "You can withdraw your consent at any time, in full or for single purposes, without giving reasons "
                "and without any disadvantage. The withdrawal takes effect for the future: it does not affect the "
                "lawfulness of the use up to then (%(basis)s)."
            )
            % {"basis": data.law.art(7, 3)}
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
            until,
            " ",
            _(
                "Further information, including your rights of access, rectification and erasure and your right to "
                "lodge a complaint with a supervisory authority, is given in our data-protection information notice."
            ),
        ),
    )


def proof(data: DocumentData, keeper: str) -> Section:
    return section(
        "proof",
        _("Proof of consent"),
        para(
            _(
                "%(keeper)s keeps this signed form as proof of the consent (%(basis)s) for as long as it uses the "
                "photos, and gives you a copy."
            )
            % {"keeper": keeper, "basis": data.law.art(7, 1)}
        ),
    )


def not_done(data: DocumentData, devices: str) -> Section:
    return section(
        "not-done",
        _("What we do not do"),
        bullets(
            devices,
            _(
                "No face recognition: photos are not analysed automatically to recognise or sort faces (that would "
                "turn them into biometric data under %(basis)s)."
            )
            % {"basis": data.law.art(9)},
            _("No photos in intimate situations, for example when changing clothes or on the toilet."),
            _("No full names next to published photos."),
            _("No passing on to anyone other than the recipients named in this form, and no advertising by others."),
        ),
    )
