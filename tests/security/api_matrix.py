"""Who may do what through the API with a personal token: every operation that needs a token, by the token personas
→ the status (tests/security/test_api_permissions.py). The session personas' view of the same URLs (401: the API
takes no sessions) is in permission_matrix.py.

Token personas: the seven personas of the permission matrix, each with a read+write token of their own (anonymous:
no token); `read`: the organisation admin's read-only token; `revoked`: the admin's revoked token. Staff and the
reviewer act as plain users through a token, so they see what any outsider sees.

DONE: the request changed the database and answered 200 or 201 (each persona on the same fresh world, rolled back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests import factories

from .conftest import World
from .objects import NEED, NONE, OFFER
from .permission_matrix import Kwargs, Status

TOKEN_PERSONAS = ("anonymous", "volunteer", "member", "admin", "outsider", "staff", "reviewer", "read", "revoked")
DONE = "done"
Data = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Call:
    method: str
    kwargs: Kwargs
    statuses: tuple[Status, ...]
    data: Data | None = None

    def __post_init__(self) -> None:
        assert len(self.statuses) == len(TOKEN_PERSONAS), self

    def expected(self, persona: str) -> Status:
        return self.statuses[TOKEN_PERSONAS.index(persona)]


def OFFER_DATA(w: World) -> dict[str, Any]:
    fresh = factories.make_need(w.organisation, title="Neuer Bedarf: WLAN für das Büro")
    return {"need_id": fresh.pk, "message": "Ich kann das WLAN einrichten, ich habe Erfahrung damit."}


def ANSWER(w: World) -> dict[str, Any]:
    return {"message": "Danke!"}


def MESSAGE(w: World) -> dict[str, Any]:
    return {"body": "Hallo, wann passt es euch?"}


def NEED_FIELDS(w: World) -> dict[str, Any]:
    return {
        "title": "Elternbriefe digital",
        "description": "Wir möchten Elternbriefe per Mail versenden.",
        "use_cases": ["photos"],
    }


def NEW_NEED(w: World) -> dict[str, Any]:
    return {**NEED_FIELDS(w), "organisation": w.organisation.slug}


def CLOSE(w: World) -> dict[str, Any]:
    return {"action": "close"}


# fmt: off
CALLS: dict[str, Call] = {
    #                                                anon vol   member admin outsider staff reviewer read revoked
    "api:my_offers":          Call("get",  NONE,  (401, 200,  200,   200,  200,  200,  200,   200,  401)),
    "api:my_offer":           Call("get",  OFFER, (401, 200,  200,   200,  404,  404,  404,   200,  401)),
    "api:messages":           Call("get",  OFFER, (401, 200,  200,   200,  404,  404,  404,   200,  401)),
    "api:my_needs":           Call("get",  NONE,  (401, 200,  200,   200,  200,  200,  200,   200,  401)),
    "api:my_need":            Call("get",  NEED,  (401, 404,  200,   200,  404,  404,  404,   200,  401)),
    "api:need_offers":        Call("get",  NEED,  (401, 404,  200,   200,  404,  404,  404,   200,  401)),
    # without a volunteer profile nobody offers help (409, the rule's message), as on the need page
    "api:make_offer":         Call("post", NONE,  (401, DONE, 409,   409,  409,  409,  409,   403,  401), OFFER_DATA),
    "api:withdraw_offer":     Call("post", OFFER, (401, DONE, 403,   403,  404,  404,  404,   403,  401), NONE),
    "api:accept_offer":       Call("post", OFFER, (401, 403,  403,   DONE, 404,  404,  404,   403,  401), ANSWER),
    "api:decline_offer":      Call("post", OFFER, (401, 403,  403,   DONE, 404,  404,  404,   403,  401), ANSWER),
    "api:send_message":       Call("post", OFFER, (401, DONE, DONE,  DONE, 404,  404,  404,   403,  401), MESSAGE),
    "api:create_need":        Call("post", NONE,  (401, 404,  DONE,  DONE, 404,  404,  404,   403,  401), NEW_NEED),
    "api:edit_need":          Call("put",  NEED,  (401, 404,  DONE,  DONE, 404,  404,  404,   403,  401), NEED_FIELDS),
    "api:change_need_status": Call("post", NEED,  (401, 404,  DONE,  DONE, 404,  404,  404,   403,  401), CLOSE),
}
# fmt: on
