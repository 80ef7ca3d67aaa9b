"""Which e-mail addresses a person has proven to own (allauth's confirmed addresses)."""

from __future__ import annotations

from typing import Any


def owns_address(user: Any, email: str) -> bool:
    """Whether `email` is one of `user`'s confirmed addresses, ignoring case (people type addresses in any case)."""
    from allauth.account.models import EmailAddress

    if not user.is_authenticated or not email:
        return False
    return bool(EmailAddress.objects.filter(user=user, verified=True, email__iexact=email.strip()).exists())
