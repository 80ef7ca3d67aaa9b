"""Every change of a need's status, in one place, with who may make it."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core import page_cache
from techpaten.core.rules import RuleViolation
from techpaten.organisations.access import is_member
from techpaten.organisations.models import Organisation

from . import signals
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


def may_change_status(user: Any, need: Need, action: str) -> bool:
    """Whether `user` may apply `action` to `need` now (pages ask before they offer the button)."""
    return action in allowed_actions(need) and is_member(user, need.organisation_id)


@transaction.atomic
def change_status(need: Need, user: Any, action: str) -> Need:
    """Apply `action` for `user` (a member of the need's organisation). Raises RuleViolation otherwise.

    Closing announces `signals.need_closed`: what follows in other apps (pending offers answered, reviews invited)
    is a flow (techpaten/flows/need_closed.py), not this app's business.
    """
    if action not in TRANSITIONS:
        raise RuleViolation(_("This action is not known."))
    if not is_member(user, need.organisation_id):
        raise RuleViolation(_("Only members of the organisation can change this need."))
    _transition(need, action)
    if need.status == S.CLOSED:
        signals.need_closed.send(sender=Need, need=need, user=user)
    return need


@transaction.atomic
def relist(need: Need) -> Need:
    """Matched → open again on the organisation's behalf, without a member's click: its team looks for a backup, or
    its last team member left (engagements). The same transition as "reopen"; who may ask is the caller's rule."""
    if need.status != S.OPEN:
        _transition(need, "reopen")
    return need


def _transition(need: Need, action: str) -> None:
    sources, target = TRANSITIONS[action]
    now = timezone.now()
    changes: dict[str, Any] = {"status": target, "updated_at": now}
    if target == S.OPEN and need.published_at is None:
        changes["published_at"] = now
    changes["closed_at"] = now if target == S.CLOSED else None
    # Compare-and-swap: a second click or a concurrent change finds the status already moved on.
    if not Need.objects.filter(pk=need.pk, status__in=sources).update(**changes):
        raise RuleViolation(_("This need has changed in the meantime. Please reload the page."))
    page_cache.invalidate()  # update() sends no signal
    for field, value in changes.items():
        setattr(need, field, value)


# What the need form edits; status and dates change only through `change_status`.
EDITABLE_FIELDS = ("title", "description", "kind", "size", "urgency", "remote_ok", "monthly_budget_cents")


@transaction.atomic
def create_need(organisation: Organisation, user: Any, data: dict[str, Any], *, publish: bool = False) -> Need:
    """A new need from cleaned form data (EDITABLE_FIELDS, use_cases, skills): a draft, or open when `publish`."""
    if not is_member(user, organisation.pk):
        raise RuleViolation(_("Only members of the organisation can change this need."))
    need = Need(organisation=organisation, created_by=user, **{field: data[field] for field in EDITABLE_FIELDS})
    if publish:
        need.status = S.OPEN
        need.published_at = timezone.now()
    need.save()
    need.use_cases.set(data["use_cases"])
    need.skills.set(data["skills"])
    return need


@transaction.atomic
def update_need(need: Need, user: Any, data: dict[str, Any], *, publish: bool = False) -> Need:
    """Save the edited fields; `publish` also publishes a draft (through `change_status`)."""
    if not is_member(user, need.organisation_id):
        raise RuleViolation(_("Only members of the organisation can change this need."))
    for field in EDITABLE_FIELDS:
        setattr(need, field, data[field])
    # Only the edited fields: a status changed by someone else meanwhile must not be overwritten.
    need.save(update_fields=[*EDITABLE_FIELDS, "updated_at"])
    need.use_cases.set(data["use_cases"])
    need.skills.set(data["skills"])
    if publish and need.status == S.DRAFT:
        change_status(need, user, "publish")
    return need
