"""Every document type the platform generates, by key (URL, GeneratedDocument.kind, Requirement.document), and which
of them an engagement is offered.

The role stored for the engagement (the role finder's verdict) decides the contract: an AVV for a processor, a
confidentiality undertaking for someone acting under the organisation's authority (Art. 29 GDPR) or without access,
never both for the same team; nothing while the role is undecided. The photo consent form follows the sector.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _

from ..models import HelperRole
from . import (
    avv,
    breach_plan,
    confidentiality,
    data_subject_requests,
    deletion_rules,
    information_notice,
    photo_consent,
    tom,
    vvt,
)
from .base import Kind
from .data import DocumentData

# The order is the order on the documents page.
_KINDS: list[Kind] = [
    avv.KIND,
    tom.KIND,
    vvt.KIND,
    confidentiality.KIND,
    # --- further document types: import the module above and add its KIND on its own line here ---
    photo_consent.KIND,
    information_notice.KIND,
    deletion_rules.KIND,
    breach_plan.KIND,
    data_subject_requests.KIND,
]

KINDS: dict[str, Kind] = {kind.key: kind for kind in _KINDS}

# Which stored role makes which contract the right one.
CONTRACT_FOR_ROLE = {
    avv.KIND.key: {HelperRole.PROCESSOR},
    confidentiality.KIND.key: {HelperRole.MEMBER, HelperRole.NO_ACCESS},
}


def get_kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        raise Http404 from None


def not_offered_reason(kind: Kind, data: DocumentData) -> str:
    """Why the engagement is not offered this document; "" when it is."""
    role = data.details.helper_role
    if kind.key in CONTRACT_FOR_ROLE and role not in CONTRACT_FOR_ROLE[kind.key]:
        if not role:
            return _("First decide the team's role with the role finder: it tells whether an AVV or a "
                     "confidentiality undertaking is the right contract.")  # fmt: skip
        return _("Not for the role stored for this engagement: %(role)s.") % {
            "role": HelperRole(role).label,
        }
    if kind.key == photo_consent.KIND.key and photo_consent.variant(data) is None:
        return _("A shared flat's photos for its own members are a household matter: no consent form fits.")
    return ""


def offered(data: DocumentData) -> list[Kind]:
    return [kind for kind in _KINDS if not not_offered_reason(kind, data)]


def offered_kind(key: str, data: DocumentData) -> Kind:
    """The document type if this engagement is offered it; 404 otherwise (never the wrong contract)."""
    kind = get_kind(key)
    if not_offered_reason(kind, data):
        raise Http404
    return kind
