"""The role finder: who is controller, processor or nobody when a helper looks after an organisation's IT.

A pure decision from a few plain answers, no database. It gives the generic rule with its articles, never an
individual legal assessment (§ 6 RDG). Facts: shared/domain/datenschutz.md, "Who is who".

The household exemption (Art. 2(2)(c) GDPR) is read as Recital 18 and the CJEU read it: correspondence and the holding
of addresses are household activities, so other people's contact details in a shared address book do not end it;
publication to an indefinite number of people (C-101/01 Lindqvist), reaching into public space (C-212/13 Ryneš) or
processing that is not purely personal do. A helper who provides the means is bound by the GDPR, but the household
stays exempt (Recital 18, last sentence): a shared flat owes no AVV to its outside admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_stubs_ext import StrOrPromise


class Hoster(StrEnum):
    """Who signs the contract with the hosting company (the server provider)."""

    ORGANISATION = "organisation"
    HELPER = "helper"
    NONE = "none"


class Party(StrEnum):
    ORGANISATION = "organisation"
    HELPER = "helper"
    HOSTER = "hoster"


class Role(StrEnum):
    CONTROLLER = "controller"
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    BOUND = "bound"  # provides the means for a household's processing: bound by the GDPR (Recital 18)
    NONE = "none"


class Body(StrEnum):
    """Who stands behind the organisation: decides the DPO rule and whether church law replaces the GDPR."""

    PUBLIC = "public"  # a public authority or body: a town, a district, the Land
    PRIVATE = "private"  # a Verein, a non-profit company, a school in free sponsorship (Ersatzschule)
    CATHOLIC = "catholic"  # KDG instead of the GDPR (Art. 91 GDPR)
    PROTESTANT = "protestant"  # DSG-EKD instead of the GDPR (Art. 91 GDPR)
    NONE = "none"  # private people: a shared flat, an informal group


class Verdict(StrEnum):
    HOUSEHOLD = "household"  # outside the GDPR (Art. 2(2)(c))
    MEMBER = "member"  # acts under the organisation's authority (Art. 29)
    PROCESSOR = "processor"  # processes on behalf (Art. 28)
    NO_ACCESS = "no_access"  # advice only, never sees personal data


PARTY_LABELS: dict[Party, StrOrPromise] = {
    Party.ORGANISATION: gettext_lazy("Your organisation"),
    Party.HELPER: gettext_lazy("The helper"),
    Party.HOSTER: gettext_lazy("The hosting company"),
}
ROLE_LABELS: dict[Role, StrOrPromise] = {
    Role.CONTROLLER: gettext_lazy("controller (Verantwortlicher)"),
    Role.PROCESSOR: gettext_lazy("processor (Auftragsverarbeiter)"),
    Role.SUB_PROCESSOR: gettext_lazy("sub-processor (Unterauftragsverarbeiter)"),
    Role.BOUND: gettext_lazy("bound by the GDPR for the means it provides (Recital 18), no AVV needed"),
    Role.NONE: gettext_lazy("no role under the GDPR"),
}
# Keys of the generated documents (techpaten.paperwork) the outcome points to.
DOCUMENT_LABELS: dict[str, StrOrPromise] = {
    "avv": gettext_lazy("Data processing agreement (AVV, Art. 28 GDPR)"),
    "confidentiality": gettext_lazy("Confidentiality undertaking with a briefing"),
    "tom": gettext_lazy("Technical and organisational measures (TOM, Art. 32 GDPR)"),
    "vvt": gettext_lazy("Record of processing activities (VVT, Art. 30 GDPR)"),
}


@dataclass(frozen=True)
class Answers:
    private_household: bool  # a private household using the service for its members' own private matters
    # publishes to an indefinite number of people, reaches into public space, or serves more than private life
    beyond_household: bool
    helper_is_member: bool  # member of the organisation, or working inside it under its direction
    helper_has_access: bool  # hosts or administers in a way that lets them see personal data
    hoster: Hoster
    body: Body = Body.PRIVATE


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    headline: str
    documents: tuple[str, ...]  # needed
    recommended: tuple[str, ...]  # not required, but advised
    reasons: tuple[str, ...]  # each sentence cites its article
    roles: tuple[tuple[Party, Role], ...]
    advice: tuple[str, ...] = ()

    @property
    def role_of(self) -> dict[Party, Role]:
        return dict(self.roles)

    @property
    def role_rows(self) -> list[tuple[StrOrPromise, StrOrPromise]]:
        return [(PARTY_LABELS[party], ROLE_LABELS[role]) for party, role in self.roles]

    @property
    def document_labels(self) -> list[StrOrPromise]:
        return [DOCUMENT_LABELS[key] for key in self.documents]

    @property
    def recommended_labels(self) -> list[StrOrPromise]:
        return [DOCUMENT_LABELS[key] for key in self.recommended]


def decide(answers: Answers) -> Outcome:
    # Art. 2(2)(c) and Recital 18: the household stays exempt whoever helps it, as long as it stays private.
    if answers.private_household and not answers.beyond_household:
        return _household(answers)
    if answers.helper_is_member:
        return _with_body(_member(answers), answers)
    # Whoever holds the hoster contract can reach the server and the data on it: that is access.
    if answers.helper_has_access or answers.hoster is Hoster.HELPER:
        return _with_body(_processor(answers), answers)
    return _with_body(_no_access(answers), answers)


def _household(answers: Answers) -> Outcome:
    reasons = [
        _(
            "A private household that uses the service only for its members' own, purely personal matters is outside "
            "the GDPR (household exemption, Art. 2(2)(c) GDPR), so no documents are legally required."
        ),
        _(
            "Holding other people's addresses and contact details, for example in a shared address book, is itself a "
            "household activity (Recital 18 GDPR): it does not end the exemption."
        ),
    ]
    roles = [(Party.ORGANISATION, Role.NONE)]
    outside_helper = not answers.helper_is_member and (answers.helper_has_access or answers.hoster is Hoster.HELPER)
    if outside_helper:
        reasons.append(
            _(
                "A helper from outside who provides the means is bound by the GDPR for them, but the household stays "
                "exempt (Recital 18 GDPR, last sentence): the household needs no data processing agreement (AVV)."
            )
        )
        roles.append((Party.HELPER, Role.BOUND))
    else:
        roles.append((Party.HELPER, Role.NONE))
    if answers.hoster is not Hoster.NONE:
        reasons.append(
            _(
                "The exemption covers the household only: a hosting company that provides the server remains bound "
                "by the GDPR itself (Art. 2(2)(c) and Recital 18 GDPR)."
            )
        )
        roles.append((Party.HOSTER, Role.BOUND))
    return Outcome(
        verdict=Verdict.HOUSEHOLD,
        headline=_("Nothing is legally required: the household exemption applies"),
        documents=(),
        recommended=(),
        reasons=tuple(reasons),
        roles=tuple(roles),
        advice=(
            _(
                "Recommended: agree among yourselves who administers the service, who may see what, and what happens "
                "to the data when somebody moves out."
            ),
            _(
                "The exemption stops applying, and the full GDPR applies, as soon as something from the service is "
                "published to people you do not know (CJEU, C-101/01 Lindqvist), a camera or sensor records public "
                "space (CJEU, C-212/13 Ryneš), or the service is used for more than private life, for example for a "
                "club or a business. Then answer the questions again."
            ),
        ),
    )


def _why_not_household(answers: Answers) -> list[str]:
    if not answers.private_household:
        return []
    return [
        _(
            "The household exemption does not apply: the service publishes to people you do not know, records public "
            "space, or serves more than private life (Art. 2(2)(c) GDPR; CJEU C-101/01 Lindqvist, C-212/13 Ryneš)."
        )
    ]


def _with_body(outcome: Outcome, answers: Answers) -> Outcome:
    """Add what follows from who stands behind the organisation: the DPO rule, and church law where it applies."""
    return Outcome(
        verdict=outcome.verdict,
        headline=outcome.headline,
        documents=outcome.documents,
        recommended=outcome.recommended,
        reasons=(*outcome.reasons, *_body_reasons(answers.body)),
        roles=outcome.roles,
        advice=outcome.advice,
    )


def _body_reasons(body: Body) -> list[str]:
    if body is Body.PUBLIC:
        return [_("A public authority or body must designate a data-protection officer (Art. 37(1)(a) GDPR).")]
    if body is Body.PRIVATE:
        return [
            _(
                "A private sponsor, for example a Verein or a school in free sponsorship (Ersatzschule), is not a "
                "public authority: Art. 37(1)(a) GDPR does not apply. Whether it must designate a data-protection "
                "officer follows from Art. 37(1)(b) and (c) GDPR and § 38 BDSG, for schools also from the Land's "
                "school law."
            )
        ]
    if body is Body.CATHOLIC:
        return [
            _(
                "A Catholic sponsor applies the KDG instead of the GDPR (Art. 91 GDPR): processing on behalf is "
                "§ 29 KDG, the duty of confidentiality § 5 KDG. The documents cite the KDG."
            )
        ]
    if body is Body.PROTESTANT:
        return [
            _(
                "A Protestant sponsor applies the DSG-EKD instead of the GDPR (Art. 91 GDPR): processing on behalf is "
                "§ 30 DSG-EKD, the duty of confidentiality § 26 DSG-EKD. The documents cite the DSG-EKD."
            )
        ]
    return []


def _controller_duties() -> str:
    return _(
        "As controller, the organisation keeps a record of its processing activities (Art. 30(1) GDPR) and documents "
        "its technical and organisational measures (Art. 32 GDPR)."
    )


def _hoster(answers: Answers, *, helper_is_processor: bool) -> tuple[list[str], list[tuple[Party, Role]]]:
    if answers.hoster is Hoster.ORGANISATION:
        reason = _(
            "The organisation signs the hosting company's contract and its AVV itself (recommended): the hoster is "
            "then the organisation's own processor (Art. 28(3) GDPR), and the service stays with the organisation "
            "if the helper leaves."
        )
        return [reason], [(Party.HOSTER, Role.PROCESSOR)]
    if answers.hoster is Hoster.HELPER and helper_is_processor:
        reason = _(
            "Because the helper signs the hosting company's contract, the hoster is a sub-processor: the "
            "organisation must authorise it in advance, and the helper must pass the AVV's duties on to it "
            "(Art. 28(2) and (4) GDPR). Better: the organisation signs the hoster's contract and AVV itself."
        )
        return [reason], [(Party.HOSTER, Role.SUB_PROCESSOR)]
    if answers.hoster is Hoster.HELPER:
        reason = _(
            "The hosting company processes the organisation's data on its behalf (Art. 28(1) GDPR). A contract a "
            "member signs privately does not bind it to the organisation: the organisation should sign the hoster's "
            "contract and AVV itself."
        )
        return [reason], [(Party.HOSTER, Role.PROCESSOR)]
    return [], []


def _member(answers: Answers) -> Outcome:
    hoster_reasons, hoster_roles = _hoster(answers, helper_is_processor=False)
    reasons = [
        *_why_not_household(answers),
        _(
            "A helper who is a member of the organisation, or works inside it under its direction, acts under its "
            "authority and may process the data only on its instructions (Art. 29 GDPR). No AVV is needed."
        ),
        _(
            "The organisation must make sure that such people process the data only on its instructions and are "
            "briefed (Art. 29, Art. 32(4) GDPR). A signed confidentiality undertaking is the usual proof; the GDPR "
            "does not require writing, but the organisation must be able to show it (Art. 5(2), Art. 24(1) GDPR)."
        ),
        _controller_duties(),
        *hoster_reasons,
    ]
    return Outcome(
        verdict=Verdict.MEMBER,
        headline=_("A confidentiality undertaking is needed, no AVV"),
        documents=("confidentiality", "tom", "vvt"),
        recommended=(),
        reasons=tuple(reasons),
        roles=((Party.ORGANISATION, Role.CONTROLLER), (Party.HELPER, Role.NONE), *hoster_roles),
    )


def _processor(answers: Answers) -> Outcome:
    hoster_reasons, hoster_roles = _hoster(answers, helper_is_processor=True)
    reasons = [
        *_why_not_household(answers),
        _(
            "A helper from outside who hosts or administers a service with access to personal data processes it on "
            "the organisation's behalf and is a processor (Art. 4(8) and Art. 28(1) GDPR)."
        ),
        _("So a data processing agreement (AVV) with all items of Art. 28(3) GDPR is needed before the helper starts."),
    ]
    if not answers.helper_has_access:
        reasons.append(
            _(
                "You said the helper will not see personal data, but the helper signs the hosting contract and so can "
                "reach the server and the data on it: that counts as access (Art. 28 GDPR)."
            )
        )
    reasons += [
        _controller_duties(),
        _("The helper as processor keeps their own record of the processing (Art. 30(2) GDPR)."),
        *hoster_reasons,
    ]
    return Outcome(
        verdict=Verdict.PROCESSOR,
        headline=_("An AVV (data processing agreement) is needed"),
        documents=("avv", "tom", "vvt"),
        recommended=(),
        reasons=tuple(reasons),
        roles=((Party.ORGANISATION, Role.CONTROLLER), (Party.HELPER, Role.PROCESSOR), *hoster_roles),
    )


def _no_access(answers: Answers) -> Outcome:
    hoster_reasons, hoster_roles = _hoster(answers, helper_is_processor=False)
    reasons = [
        *_why_not_household(answers),
        _(
            "A helper who only gives advice and has no access at all to personal data does not process data on the "
            "organisation's behalf, so no AVV is needed (Art. 4(2) and Art. 28(1) GDPR)."
        ),
        _(
            "Be strict about “no access”: maintenance or support during which personal data could be seen "
            "already counts as processing on behalf (Art. 28 GDPR; LfD Niedersachsen). If the helper will ever log in "
            "to the service or the server, answer “yes” to that question."
        ),
        _(
            "A confidentiality undertaking is still recommended, because a helper may see data by chance "
            "(Art. 32(4) GDPR)."
        ),
        _controller_duties(),
        *hoster_reasons,
    ]
    return Outcome(
        verdict=Verdict.NO_ACCESS,
        headline=_("No AVV needed; a confidentiality undertaking is recommended"),
        documents=("tom", "vvt"),
        recommended=("confidentiality",),
        reasons=tuple(reasons),
        roles=((Party.ORGANISATION, Role.CONTROLLER), (Party.HELPER, Role.NONE), *hoster_roles),
    )
