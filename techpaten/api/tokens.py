"""Creating, finding and revoking personal API tokens: the one place that knows how a token looks and is stored.

A token is `tp_` and 43 characters of `secrets.token_urlsafe(32)` (256 bits): far too many to guess, so a plain
SHA-256 digest is enough to store it (a slow password hash protects low-entropy secrets; here it would only slow
every request down).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation

from .models import ApiToken

PREFIX = "tp_"
HINT_LENGTH = len(PREFIX) + 6
# last_used_at is written at most this often per token: a busy script must not write a row per request.
LAST_USED_RESOLUTION = timedelta(minutes=1)
MAX_TOKENS_PER_USER = 20


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def create_token(user: Any, name: str, scope: str) -> tuple[ApiToken, str]:
    """A new token for `user`; returns it and its secret, which is shown once and never stored."""
    name = name.strip()
    if not name:
        raise RuleViolation(_("Please give the token a name."))
    if scope not in ApiToken.Scope.values:
        raise RuleViolation(_("Please choose what the token may do."))
    if ApiToken.objects.filter(user=user, revoked_at=None).count() >= MAX_TOKENS_PER_USER:
        raise RuleViolation(_("You have many tokens already. Please revoke one you no longer use."))
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, scope=scope, digest=digest_of(secret), hint=secret[:HINT_LENGTH]
    )
    return token, secret


def tokens_of(user: Any) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user))


@transaction.atomic
def revoke(token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk, revoked_at=None).update(revoked_at=timezone.now())


def authenticate(secret: str) -> ApiToken | None:
    """The live token with this secret, its owner loaded and active; None for anything else."""
    if not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest_of(secret), revoked_at=None, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        # A compare-and-swap, so parallel requests write it once.
        ApiToken.objects.filter(pk=token.pk, last_used_at=token.last_used_at).update(last_used_at=now)
        token.last_used_at = now
    return token
