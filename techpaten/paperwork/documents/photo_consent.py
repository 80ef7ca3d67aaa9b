"""Photo consent forms, one per sector where they fit: consent under Art. 6(1)(a) and Art. 7 GDPR, one decision per
purpose, obtained in advance, voluntary, revocable and provable (HmbBfDI guidance on photos in Kitas).

- Kita: the parents consent for their child.
- School: under 14 the parents consent; from 14 the pupil, who can usually judge what it means, signs too (school
  guidance in several Länder, e.g. Landesmedienanstalt Saarland); the Land's school law may add its own rules.
- Verein, initiative, other groups: adults decide themselves; for minors as at school.
- A shared flat gets no form: its members' photos for themselves are a household matter (Art. 2(2)(c) GDPR).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Document, Field, Kind, Run, Section, Signature, Table, value_or_blank
from .common import new_document, para, section
from .data import DocumentData
from .photo_consent_parts import BOX, controller, gallery, not_done, proof, recipients, storage, withdrawal, yes_no

KITA, SCHOOL, CLUB = "kita", "school", "club"
VARIANTS = {"kita": KITA, "schule": SCHOOL, "verein": CLUB, "initiative": CLUB, "sonstige": CLUB}


def variant(data: DocumentData) -> str | None:
    """Which form fits the organisation's sector; None where no photo consent form fits (a shared flat)."""
    return VARIANTS.get(data.sector)


def _person(form: str) -> Section:
    rows: list[tuple[str, list[Run]]]
    if form == KITA:
        rows = [(_("Child's name"), [Field()]), (_("Group"), [Field()]), (_("Parent(s) or guardian(s)"), [Field()])]
        heading = _("Child and parents")
    elif form == SCHOOL:
        rows = [
            (_("Pupil's name"), [Field()]),
            (_("Class"), [Field()]),
            (_("Date of birth"), [Field()]),
            (_("Parent(s) or guardian(s)"), [Field()]),
        ]
        heading = _("Pupil and parents")
    else:
        rows = [
            (_("Name of the person shown"), [Field()]),
            (_("Date of birth (for minors)"), [Field()]),
            (_("Parent(s) or guardian(s) of a minor"), [Field()]),
        ]
        heading = _("Person shown")
    return Section(key="child-and-parents", heading=heading, blocks=[Table(rows)])


def _who_decides(form: str) -> Section:
    if form == KITA:
        text = _(
            "Those with parental responsibility decide for their child. Where both parents have custody, both should "
            "sign. Art. 8 GDPR (consent from 16) concerns services offered directly to children, not this form."
        )
    elif form == SCHOOL:
        text = _(
            "For pupils under 14, their parents decide. From 14, pupils can usually judge what a photo and its "
            "publication mean: they sign themselves, and their parents sign too until they are 18. Adult pupils "
            "decide alone."
        )
    else:
        text = _(
            "Adults decide for themselves. For children under 14, their parents decide; young people aged 14 to 17 "
            "sign together with their parents."
        )
    return section("who-decides", _("Who decides"), para(text))


def _legal_basis(data: DocumentData, form: str) -> Section:
    law = data.law
    blocks = [
        para(
            _(
                "The legal basis is consent (%(consent)s and %(conditions)s). Publishing a photo also requires "
                "consent under § 22 of the Art Copyright Act (KUG)."
            )
            % {"consent": law.art(6, 1, "a"), "conditions": law.art(7)}
        )
    ]
    if form == SCHOOL:
        blocks.append(
            para(
                _("School law of the Land that also applies: "),
                value_or_blank(
                    data.details.sector_law,
                    _("data-protection provision of your Land's school act, e.g. Art. 85 BayEUG or § 20b SchoG"),
                ),
            )
        )
    if form == CLUB:
        blocks.append(
            para(
                _(
                    "Photos of adults at public events can sometimes be published without consent, on the basis of "
                    "legitimate interests (%(basis)s) or the exceptions of § 23 KUG. This form asks for consent so "
                    "that nobody is shown against their will; for children, consent is always asked."
                )
                % {"basis": law.art(6, 1, "f")}
            )
        )
    return section("legal-basis", _("Legal basis"), *blocks)


def _kita_purposes(data: DocumentData) -> list[Section]:
    return [
        section(
            "purpose-kita-gallery",
            _("Purpose 1: display in the Kita and in the parents' gallery or app"),
            para(
                _(
                    "Photos of everyday life, outings and celebrations are displayed in the Kita's rooms and shared "
                    "in the password-protected parents' gallery or app. Only staff and the parents of the children in "
                    "the group can see them. Parents may keep the photos for private use only and may not pass on or "
                    "publish photos that show other children."
                )
            ),
            para(_("Gallery or app used: "), gallery(data)),
            yes_no(),
        ),
        section(
            "purpose-portfolio",
            _("Purpose 2: portfolio"),
            para(
                _(
                    "Photos document your child's development and learning in their portfolio. Only your child, you "
                    "and the child's educators see the portfolio; you receive it when your child leaves the Kita."
                )
            ),
            yes_no(),
        ),
        section(
            "portfolio-care-contract",
            _("Portfolio and care contract"),
            para(
                _(
                    "Where the Kita's educational concept makes the portfolio part of the care contract, portfolio "
                    "photos can rest on that contract (%(basis)s); your consent is then not needed for purpose 2. "
                    "This is the view of a Kita association's guidance, not a court's."
                )
                % {"basis": data.law.art(6, 1, "b")}
            ),
            para(_("The Kita ticks what applies:")),
            para(
                BOX + " " + _("Our concept makes the portfolio part of the care contract; purpose 2 needs no consent.")
            ),
            para(BOX + " " + _("It does not; we ask for your consent for purpose 2.")),
        ),
    ]


def _public(place: str) -> Section:
    return section(
        "purpose-public",
        _("Public relations (website, press, print)"),
        para(
            _(
                "We would like to use some photos to present our work to the public. Nobody is named with their "
                "full name. Please decide separately for each channel:"
            )
        ),
        yes_no(place),
        yes_no(_("in the local press, e.g. a newspaper report on a celebration")),
        yes_no(_("in printed material (flyers, brochures, annual report)")),
        para(
            _(
                "Photos on the internet can be seen, copied and saved worldwide. Even after you withdraw your "
                "consent we cannot guarantee that copies made by others disappear, and printed material already "
                "handed out cannot be recalled."
            )
        ),
    )


def _inside(form: str) -> Section:
    if form == SCHOOL:
        return section(
            "purpose-inside",
            _("Inside the school"),
            para(
                _(
                    "Photos from lessons, trips and school events are displayed in the school building and printed "
                    "in the yearbook. Only the school community sees them."
                )
            ),
            yes_no(),
        )
    return section(
        "purpose-inside",
        _("Inside the organisation"),
        para(_("Photos from our activities are shared with our members in the password-protected members' area.")),
        yes_no(),
    )


# Per form: staff, audience, deletion rules, devices, keeper, until, and the website channel.
def _texts(form: str) -> dict[str, object]:
    if form == KITA:
        return {
            "staff": _("the Kita's staff, for all purposes you ticked"),
            "audience": _("the parents of the children in the group, in the parents' gallery or app (purpose 1)"),
            "rules": [
                _("We delete the photos of your child when your child leaves the Kita."),
                _("Group photos are deleted when the last child shown on them has left the Kita."),
                _("You receive the portfolio with its photos when your child leaves the Kita."),
            ],
            "devices": _(
                "Staff do not take photos with private phones or cameras and do not keep photos on private devices; "
                "only the Kita's own devices are used."
            ),
            "keeper": _("The Kita"),
            "until": _("Unless you withdraw it earlier, your consent applies until your child leaves the Kita."),
            "website": _("on the Kita's website"),
        }
    if form == SCHOOL:
        return {
            "staff": _("the school's teachers and staff, for all purposes you ticked"),
            "audience": _("the school community: pupils, parents and staff, inside the school"),
            "rules": [
                _("We delete the photos of a pupil when the pupil leaves the school."),
                _("Group photos are deleted when the last pupil shown on them has left the school."),
            ],
            "devices": _("Teachers do not take photos with private phones; only the school's own devices are used."),
            "keeper": _("The school"),
            "until": _("Unless you withdraw it earlier, your consent applies until the pupil leaves the school."),
            "website": _("on the school's website"),
        }
    return {
        "staff": _("the people who organise our activities, for all purposes you ticked"),
        "audience": _("our members, in the members' area"),
        "rules": [
            _("We delete the photos of a person when they leave the organisation or withdraw their consent."),
            _("Group photos are deleted when the last person shown on them has left."),
        ],
        "devices": _("Photos are kept only on the organisation's devices and service, not on private phones."),
        "keeper": _("The organisation"),
        "until": _("Unless you withdraw it earlier, your consent applies until you leave the organisation."),
        "website": _("on our website and our social-media channels"),
    }


def build(data: DocumentData) -> Document:
    form = variant(data) or CLUB
    texts = _texts(form)
    document = new_document(
        KIND,
        data,
        subtitle=_("%(organisation)s: consent under %(consent)s and %(conditions)s")
        % {"organisation": data.organisation.name, "consent": data.law.art(6, 1, "a"), "conditions": data.law.art(7)},
    )
    purposes = _kita_purposes(data) if form == KITA else [_inside(form)]
    signers = {
        KITA: [_("Parent or guardian 1"), _("Parent or guardian 2")],
        SCHOOL: [_("Pupil (from 14)"), _("Parent or guardian 1"), _("Parent or guardian 2")],
        CLUB: [_("Person shown (from 14)"), _("Parent or guardian 1 (for minors)"), _("Parent or guardian 2")],
    }[form]
    document.sections = [
        controller(data),
        _person(form),
        _who_decides(form),
        section(
            "informed",
            _("What this consent is about"),
            para(
                _(
                    "We would like to take photos at our activities, outings and celebrations. We do so only for the "
                    "purposes you tick below. Please read this information before you decide: we ask for consent in "
                    "advance, before photos are taken or used for a purpose."
                )
            ),
        ),
        _legal_basis(data, form),
        section(
            "voluntary",
            _("Your consent is voluntary"),
            para(
                _(
                    "Your consent is voluntary. If you do not consent, or consent only to some purposes, nobody "
                    "suffers a disadvantage and everyone takes part in all activities as before. We then make sure "
                    "that photos are not used for the purposes you did not tick."
                )
            ),
            para(_("Please decide separately for each purpose. A purpose you leave unticked means no consent.")),
        ),
        *purposes,
        _public(str(texts["website"])),
        not_done(data, str(texts["devices"])),
        recipients(data, str(texts["staff"]), str(texts["audience"])),
        storage(data, [str(rule) for rule in texts["rules"]]),  # type: ignore[attr-defined]
        withdrawal(data, str(texts["until"])),
        proof(data, str(texts["keeper"])),
        Section(
            key="signature",
            heading=_("Declaration and signature"),
            blocks=[
                para(_("I/we have read the information above and consent to the purposes ticked above.")),
                Signature(list(signers)),
            ],
        ),
    ]
    return document


KIND = Kind(
    key="photo_consent",
    title=lambda: _("Photo consent form"),
    template_version="photo_consent-2026.2",
    build=build,
)
