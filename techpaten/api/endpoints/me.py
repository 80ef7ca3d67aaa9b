"""With a personal token: the user's own offers and conversations, and their organisations' needs."""

from __future__ import annotations

from ninja import Router

from ..auth import token_auth

router = Router(tags=["with a token"], auth=token_auth)
