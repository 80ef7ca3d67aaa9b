"""Every document type the platform generates, by key (URL, GeneratedDocument.kind, Requirement.document)."""

from __future__ import annotations

from django.http import Http404

from . import avv, breach_plan, confidentiality, deletion_rules, information_notice, photo_consent, tom, vvt
from .base import Kind

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
]

KINDS: dict[str, Kind] = {kind.key: kind for kind in _KINDS}


def get_kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        raise Http404 from None
