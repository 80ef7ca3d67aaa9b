"""Suspending an account and lifting it again. Moderation (techpaten/moderation) decides who may and audits it.

A suspended account is inactive (`is_active` False): Django's backend refuses its login and drops its sessions on
the next request (ModelBackend.get_user), allauth shows the "account inactive" page.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .models import User


@transaction.atomic
def suspend(user: User, reason: str) -> User:
    user.is_active = False
    user.suspended_at = timezone.now()
    user.suspension_reason = reason
    user.save(update_fields=["is_active", "suspended_at", "suspension_reason"])
    return user


@transaction.atomic
def lift_suspension(user: User) -> User:
    user.is_active = True
    user.suspended_at = None
    user.suspension_reason = ""
    user.save(update_fields=["is_active", "suspended_at", "suspension_reason"])
    return user
