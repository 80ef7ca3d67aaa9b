"""Which sources of the requirement library a registered reviewer has checked, and marking one as checked.

A check belongs to the citation, not to a requirement: the same source is cited by several requirements, and a check
must not touch requirements frozen in an approved set. Every page that lists sources says for each whether a reviewer
checked it, by whom and when; unchecked sources say so too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation

from .models import Requirement, SourceCheck
from .services import may_approve

NOTE_MAX = 500


@dataclass(frozen=True)
class Source:
    text: str
    check: SourceCheck | None

    @property
    def checked(self) -> bool:
        return self.check is not None


def attach(requirements: Iterable[Requirement]) -> None:
    """Give each requirement `checked_sources`: its sources with their checks, fetched in one query for all."""
    requirements = list(requirements)
    texts = {source for requirement in requirements for source in requirement.source_list}
    checks = {check.source: check for check in SourceCheck.objects.filter(source__in=texts)} if texts else {}
    for requirement in requirements:
        requirement.checked_sources = [  # type: ignore[attr-defined]
            Source(text, checks.get(text)) for text in requirement.source_list
        ]


@transaction.atomic
def mark_checked(requirement: Requirement, index: int, reviewer: User, note: str = "") -> SourceCheck:
    """A registered reviewer confirms that the requirement's source number `index` is cited correctly."""
    if not may_approve(reviewer):
        raise RuleViolation(_("Only registered reviewers can mark a source as checked."))
    sources = requirement.source_list
    if not 0 <= index < len(sources):
        raise RuleViolation(_("This source does not exist."))
    if len(note) > NOTE_MAX:
        raise RuleViolation(_("Please keep the note to %(max)d characters.") % {"max": NOTE_MAX})
    check, _created = SourceCheck.objects.update_or_create(
        source=sources[index][:500],
        defaults={
            "checked_by": reviewer,
            "checked_by_name": reviewer.display_name[:200],
            "checked_on": timezone.localdate(),
            "note": note.strip(),
        },
    )
    return check
