"""Token authentication: `Authorization: Bearer tp_…`. Sessions are not accepted by the API (no CSRF question).

A token acts as a plain user. Staff and reviewers keep their extra rights on the pages, behind a second factor;
through a token they see and do what any other user could (`plain_user`).
"""

from __future__ import annotations

import copy
from typing import Any, NoReturn

from django.http import HttpRequest
from django.utils import translation
from ninja.errors import HttpError
from ninja.security import HttpBearer

from techpaten.accounts.models import User

from . import tokens
from .models import ApiToken


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = tokens.authenticate(token.strip())
        if found is None:
            return None
        request.user = plain_user(found.user)
        request.api_token = found  # type: ignore[attr-defined]  # read by writes (require_write) and the middleware
        if "HTTP_ACCEPT_LANGUAGE" not in request.META and found.user.language:
            translation.activate(found.user.language)
            request.LANGUAGE_CODE = found.user.language
        return found


def _refuse_save(*args: Any, **kwargs: Any) -> NoReturn:
    raise RuntimeError("the API's stand-in of a user is never saved")


def plain_user(user: User) -> User:
    """A stand-in of `user` without staff, superuser or reviewer rights, which cannot be saved by accident."""
    plain = copy.copy(user)
    plain.is_staff = False
    plain.is_superuser = False
    plain.is_reviewer = False
    plain.save = _refuse_save  # type: ignore[method-assign]
    return plain


class ReadOnlyToken(HttpError):
    def __init__(self) -> None:
        super().__init__(403, "read-only token")


def require_write(request: HttpRequest) -> None:
    """Writes need a token with the read+write scope; a read-only token gets 403."""
    token: ApiToken | None = getattr(request, "api_token", None)
    if token is None or not token.may_write:
        raise ReadOnlyToken


token_auth = TokenAuth()
