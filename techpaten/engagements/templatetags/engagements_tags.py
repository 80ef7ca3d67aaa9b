from __future__ import annotations

from collections.abc import Iterable

from django import template

from ..models import Engagement
from ..rules import without_backup

register = template.Library()


@register.simple_tag
def engagements_without_backup(engagements: Iterable[Engagement]) -> set[int]:
    """The pks of the engagements that need a backup (engagements.rules.without_backup)."""
    return without_backup(engagements)
