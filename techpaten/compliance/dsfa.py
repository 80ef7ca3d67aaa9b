"""The DSFA screening (Schwellwertanalyse): the nine WP248 criteria, pre-answered where the data tells, stored dated.

A data-protection impact assessment is required for high-risk processing (Art. 35 GDPR). Whether one is needed must
be checked and documented (DSK Kurzpapier Nr. 5); WP248 rev.01 presumes it necessary from two criteria on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_stubs_ext import StrOrPromise

from techpaten.needs.models import Need

from .checklists import CHILDREN_SECTORS
from .models import DsfaScreening, NeedContext

CRITERIA = DsfaScreening.CRITERIA

# Each criterion as a plain question and an everyday explanation (WP248 rev.01, section III.B.a).
QUESTIONS: dict[str, tuple[StrOrPromise, StrOrPromise]] = {
    "evaluation": (
        gettext_lazy("Are people assessed or scored, for example their performance, behaviour or health?"),
        gettext_lazy("For example an app that rates pupils, or observation sheets that grade a child's development."),
    ),
    "automated_decisions": (
        gettext_lazy("Does the software decide about people on its own, with legal or similarly serious effects?"),
        gettext_lazy(
            "For example a program that accepts or rejects applications for a place without a person looking at them."
        ),
    ),
    "monitoring": (
        gettext_lazy("Are people watched or tracked systematically?"),
        gettext_lazy(
            "For example video surveillance, location tracking, or logging who did what and when in order to check "
            "on people."
        ),
    ),
    "sensitive_data": (
        gettext_lazy("Does the service hold sensitive or very personal information?"),
        gettext_lazy(
            "For example health data, religion, diaries, private messages, location data or financial data. Ordinary "
            "group photos of events are not what WP248 means by very personal data; photos showing health, "
            "intimate or family situations can be."
        ),
    ),
    "large_scale": (
        gettext_lazy("Is it about a large amount of data or a great many people?"),
        gettext_lazy(
            "For example all pupils of a large school or of a whole district. One Kita or a small club is usually "
            "not large scale."
        ),
    ),
    "combined_datasets": (
        gettext_lazy("Are data from different sources brought together or compared?"),
        gettext_lazy("For example matching the member list with data from another app or another organisation."),
    ),
    "vulnerable_subjects": (
        gettext_lazy("Does it concern people who need special protection?"),
        gettext_lazy(
            "Children, patients, people in care, refugees, or employees towards their employer: people who cannot "
            "easily say no or stand up for their rights."
        ),
    ),
    "innovative_technology": (
        gettext_lazy("Is new or unusual technology used?"),
        gettext_lazy(
            "For example face recognition, fingerprint readers or artificial intelligence. An ordinary file cloud or "
            "video call is not new technology."
        ),
    ),
    "prevents_rights": (
        gettext_lazy("Could people lose access to a service or a right because of it?"),
        gettext_lazy(
            "For example when parents can register their child or receive important news only through this app."
        ),
    ),
}

# The short names of the criteria: the model fields' verbose names.
LABELS: dict[str, StrOrPromise] = {
    name: field.verbose_name
    for name in CRITERIA
    if isinstance(field := DsfaScreening._meta.get_field(name), models.Field)
}
NOTES_MAX_LENGTH = 4000


@dataclass(frozen=True)
class Result:
    criteria_met: tuple[str, ...]
    presumed_necessary: bool
    summary: str
    contents: tuple[str, ...]  # Art. 35(7) minimum content, when a DSFA is presumed necessary
    next_step: str
    also_check: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.criteria_met)

    @property
    def criteria_labels(self) -> list[StrOrPromise]:
        return [LABELS[name] for name in self.criteria_met]


def prefill(need: Need) -> dict[str, tuple[bool, str]]:
    """Answers the data already give, with the reason; every other criterion starts unticked without a reason."""
    answers: dict[str, tuple[bool, str]] = dict.fromkeys(CRITERIA, (False, ""))
    sector = need.organisation.sector.slug if need.organisation.sector_id else ""
    answered_children = NeedContext.objects.filter(need=need, children_data=True).exists()
    if sector not in CHILDREN_SECTORS and answered_children:
        answers["vulnerable_subjects"] = (
            True,
            _(
                "Pre-answered: you said the service holds children's data, and children are people who need special "
                "protection (WP248; Recital 38 GDPR)."
            ),
        )
    if sector in CHILDREN_SECTORS:
        # Children merit specific protection (Recital 38 GDPR); WP248 names them as vulnerable data subjects.
        if sector == "kita":
            reason = _(
                "Pre-answered: a Kita looks after children, and children are people who need special protection "
                "(WP248; Recital 38 GDPR)."
            )
        else:
            reason = _(
                "Pre-answered: a school's services hold data of pupils, mostly children, who need special protection "
                "(WP248; Recital 38 GDPR)."
            )
        answers["vulnerable_subjects"] = (True, reason)
    # Photos are not pre-ticked as "sensitive or highly personal data": WP248's examples of that criterion (diaries,
    # private messages, location and financial data) are not ordinary group photos. Whoever answers decides.
    return answers


def initial_answers(prefilled: Mapping[str, tuple[bool, str]], latest: DsfaScreening | None) -> dict[str, bool]:
    """The newest stored screening counts; without one, the pre-answers (from `prefill`)."""
    if latest is not None:
        return {name: bool(getattr(latest, name)) for name in CRITERIA}
    return {name: ticked for name, (ticked, _reason) in prefilled.items()}


@transaction.atomic
def record(need: Need, user: Any, answers: Mapping[str, bool], notes: str = "") -> DsfaScreening:
    """Store a new dated screening; earlier ones stay as history (the screening must be documented)."""
    # A TextField's max_length binds forms only; the service enforces it for every caller.
    if len(notes) > NOTES_MAX_LENGTH:
        raise ValidationError(
            _("Please keep the notes to %(limit)d characters.") % {"limit": NOTES_MAX_LENGTH}, code="max_length"
        )
    return DsfaScreening.objects.create(
        need=need,
        notes=notes,
        created_by=user,
        created_by_name=user.display_name[:200],
        **{name: bool(answers.get(name, False)) for name in CRITERIA},
    )


def outcome(screening: DsfaScreening) -> Result:
    met = tuple(screening.criteria_met)
    presumed = len(met) >= DsfaScreening.PRESUMPTION_THRESHOLD
    also_check = (
        _(
            "One criterion can be enough: WP248 says a processing that meets only one criterion may still need a "
            "DSFA when its risk is high. Decide and write down why."
        ),
        _(
            "Check the cases of Art. 35(3) GDPR, which always need a DSFA: systematic and extensive evaluation of "
            "people with legal effects, large-scale processing of special categories of data (Art. 9 and 10 GDPR), "
            "and large-scale systematic monitoring of publicly accessible areas."
        ),
        _(
            "Check the German supervisory authorities' list of processing that always needs a DSFA (DSK "
            "“Muss-Liste”, Art. 35(4) GDPR)."
        ),
    )
    if presumed:
        return Result(
            criteria_met=met,
            presumed_necessary=True,
            summary=_(
                "Two or more criteria are met: a data-protection impact assessment (DSFA) is presumed necessary "
                "(Art. 35 GDPR, WP248)."
            ),
            contents=(
                _("A systematic description of the processing and its purposes (Art. 35(7)(a) GDPR)."),
                _("An assessment of its necessity and proportionality (Art. 35(7)(b) GDPR)."),
                _("An assessment of the risks to the people concerned (Art. 35(7)(c) GDPR)."),
                _("The measures planned to address these risks (Art. 35(7)(d) GDPR)."),
            ),
            next_step=_(
                "An aid for writing it: the free, open-source PIA tool of the French supervisory authority CNIL. "
                "Involve your data-protection officer, if you have one (Art. 35(2) GDPR)."
            ),
            also_check=also_check,
        )
    return Result(
        criteria_met=met,
        presumed_necessary=False,
        summary=_(
            "Fewer than two criteria are met: a DSFA is not presumed necessary. One criterion can still be enough "
            "when the risk is high (WP248)."
        ),
        contents=(),
        next_step=_(
            "Keep this screening as documentation of your decision (DSK Kurzpapier Nr. 5), and repeat it when the "
            "processing changes."
        ),
        also_check=also_check,
    )
