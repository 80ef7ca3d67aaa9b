"""The liability clause of the AVV: towards data subjects (Art. 82 GDPR) and between organisation and volunteer.

Art. 82(2) GDPR says when a controller or a processor is liable towards the data subject; it is no limit between
the parties. Towards the data subject each party responsible is liable for the entire damage (Art. 82(4)) and may
claim back the other's share (Art. 82(5)). Between the parties the clause limits the volunteer's liability to intent
and gross negligence and has the organisation indemnify them otherwise; intent can never be excluded in advance
(§ 276(3) BGB).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .base import Section
from .common import bullets, section
from .data import DocumentData


def _towards_data_subjects(data: DocumentData) -> list[str]:
    law = data.law
    if law.is_church_law:
        return [
            _(
                "Towards the data subjects, the parties are liable under the liability rules of the %(law)s. "
                "These rules govern liability towards the data subjects, not between the parties; where both parties "
                "are responsible for the same damage, that law's rules on joint liability and recourse apply."
            )
            % {"law": law.abbreviation}
        ]
    return [
        _(
            "Towards the data subjects, liability follows Art. 82 GDPR. The processor is liable to them only where it "
            "has not complied with the obligations of the GDPR directed to processors or has acted outside or "
            "contrary to the controller's lawful instructions (Art. 82(2) GDPR). This rule governs liability towards "
            "the data subjects; it does not limit liability between the parties."
        ),
        _(
            "Where both parties are responsible for the same damage, each is liable towards the data subject for the "
            "entire damage (Art. 82(4) GDPR). The party that has paid full compensation may claim back from the "
            "other party the part of the compensation corresponding to that party's responsibility for the damage "
            "(Art. 82(5) GDPR)."
        ),
    ]


def liability_section(data: DocumentData, number: str) -> Section:
    return section(
        "liability",
        _("%(number)s Liability") % {"number": number},
        bullets(
            *_towards_data_subjects(data),
            _(
                "Between the parties, the processor is liable to the controller only for intent and gross "
                "negligence. The controller indemnifies the processor against claims of third parties, including "
                "claims of data subjects, arising from the processing under this agreement, unless the processor "
                "caused the damage intentionally or with gross negligence."
            ),
            _("Liability for intent cannot be excluded in advance (§ 276(3) BGB)."),
        ),
    )
