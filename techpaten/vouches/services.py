"""Vouching: who may (engagements.trust.worked_together), and the writes."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation
from techpaten.engagements.trust import worked_together

from .models import Vouch

MAX_SHOWN = 20  # a profile shows the newest vouches, a page's worth


def may_vouch(user: Any, subject_id: int) -> bool:
    """Only for a volunteer one shared an engagement's team with, now or in the past."""
    return worked_together(user, subject_id)


@transaction.atomic
def save_vouch(author: Any, subject_id: int, statement: str) -> Vouch:
    statement = statement.strip()
    if not may_vouch(author, subject_id):
        raise RuleViolation(_("You can only vouch for volunteers you worked with on an engagement."))
    if not statement:
        raise RuleViolation(_("Please write a few words."))
    vouch, _created = Vouch.objects.update_or_create(
        author=author, subject_id=subject_id, defaults={"statement": statement}
    )
    return vouch


@transaction.atomic
def withdraw(author: Any, subject_id: int) -> bool:
    deleted, _by_model = Vouch.objects.filter(author=author, subject_id=subject_id).delete()
    return bool(deleted)


def vouches_for(subject_id: int) -> QuerySet[Vouch]:
    return Vouch.objects.filter(subject_id=subject_id).select_related("author").order_by("-updated_at", "-pk")
