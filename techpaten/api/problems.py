"""Errors as problem details (RFC 9457): `application/problem+json` with a title and a detail in the person's
language (the token owner's, or Accept-Language)."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Schema

CONTENT_TYPE = "application/problem+json"


class Problem(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    # Which input was wrong, for 422: [{"field": "query.radius", "message": "…"}].
    errors: list[dict[str, str]] | None = None


def titles() -> dict[int, str]:
    """Each status's title, translated now (not at import: the language is the request's)."""
    return {
        400: _("Bad request"),
        401: _("Authentication required"),
        403: _("Not allowed"),
        404: _("Not found"),
        405: _("Method not allowed"),
        409: _("Refused by a rule"),
        413: _("Request too large"),
        422: _("Invalid input"),
        429: _("Too many requests"),
        500: _("Server error"),
        503: _("Service unavailable"),
    }


def problem(
    status: int, detail: str = "", *, errors: list[dict[str, str]] | None = None, **headers: str
) -> HttpResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": titles().get(status, _("Error")), "status": status}
    body["detail"] = detail
    if errors is not None:
        body["errors"] = errors
    response = HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type=CONTENT_TYPE)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def is_problem(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith((CONTENT_TYPE, "application/json"))
