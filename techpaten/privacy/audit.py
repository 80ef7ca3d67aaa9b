"""Audit entries without personal data: a keyed hash instead of the account, counts instead of contents."""

from __future__ import annotations

from typing import Any

from django.utils.crypto import salted_hmac

from .models import AuditEvent


def subject_ref(user_pk: int | None) -> str:
    """A stable pseudonym for an account id. Without the SECRET_KEY it cannot be traced back; ids are never reused."""
    if user_pk is None:
        return ""
    return salted_hmac("techpaten.privacy.audit", str(user_pk), algorithm="sha256").hexdigest()[:32]


def record(kind: str, *, user_pk: int | None = None, **details: Any) -> AuditEvent:
    return AuditEvent.objects.create(kind=kind, subject_ref=subject_ref(user_pk), details=details)
