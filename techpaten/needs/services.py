"""Every change of a need's status, in one place, with who may make it."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation
from techpaten.organisations.access import is_member

from .models import Need

S = Need.Status

# action → (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "publish": (frozenset({S.DRAFT}), S.OPEN),
    "mark_matched": (frozenset({S.OPEN}), S.MATCHED),
    "reopen": (frozenset({S.MATCHED, S.CLOSED}), S.OPEN),
    "close": (frozenset({S.DRAFT, S.OPEN, S.MATCHED}), S.CLOSED),
}


def allowed_actions(need: Need) -> list[str]:
    return [action for action, (sources, _target) in TRANSITIONS.items() if need.status in sources]


@transaction.atomic
def change_status(need: Need, user: Any, action: str) -> Need:
    """Apply `action` for `user` (a member of the need's organisation). Raises RuleViolation otherwise."""
    if action not in TRANSITIONS:
        raise RuleViolation(_("This action is not known."))
    if not is_member(user, need.organisation_id):
        raise RuleViolation(_("Only members of the organisation can change this need."))
    sources, target = TRANSITIONS[action]
    now = timezone.now()
    changes: dict[str, Any] = {"status": target, "updated_at": now}
    if target == S.OPEN and need.published_at is None:
        changes["published_at"] = now
    changes["closed_at"] = now if target == S.CLOSED else None
    # Compare-and-swap: a second click or a concurrent change finds the status already moved on.
    if not Need.objects.filter(pk=need.pk, status__in=sources).update(**changes):
        raise RuleViolation(_("This need has changed in the meantime. Please reload the page."))
    for field, value in changes.items():
        setattr(need, field, value)
    if target == S.CLOSED:
        from techpaten.offers.services import decline_pending_for_closed_need

        decline_pending_for_closed_need(need, user)
    return need


def refresh_search_text_for(organisation_id: int) -> None:
    """After an organisation is renamed, its needs' search text must follow."""
    for need in Need.objects.filter(organisation_id=organisation_id).select_related("organisation"):
        Need.objects.filter(pk=need.pk).update(search_text=need.build_search_text())
