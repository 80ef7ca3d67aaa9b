"""What every answer under /api/ gets, around the views:

- rate limits per client address and per token (allauth's counters in the shared cache, as for logins), 429 with
  Retry-After;
- errors that Django or a middleware answered as HTML (an unknown path, a NUL character, a refused method) turned
  into problem details, so that every error of the API is `application/problem+json`;
- public reads (every GET outside /api/v1/me/): an ETag with 304 for a matching If-None-Match, and CORS open to
  every origin. Answers to a token (/api/v1/me/…) get neither, and `Cache-Control: private, no-store`.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import tokens
from .problems import CONTENT_TYPE, problem

PREFIX = "/api/"
PERSONAL_PREFIX = "/api/v1/me/"
RATE_APP = "techpaten.api"
Handler = Callable[[HttpRequest], HttpResponse]


def api_http(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(PREFIX):
            return get_response(request)
        public = not request.path.startswith(PERSONAL_PREFIX)
        if public and request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            return _preflight()
        limited = _rate_limited(request)
        response = limited or get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(
            (CONTENT_TYPE, "application/json")
        ):
            response = _as_problem(request, response)
        if public and request.method in ("GET", "HEAD"):
            response = _conditional(request, response)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "ETag, Retry-After"
        elif not public:
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware


def _preflight() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET"
    response["Access-Control-Allow-Headers"] = "If-None-Match, Accept-Language"
    response["Access-Control-Max-Age"] = "86400"
    return response


def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if response.status_code != 200 or response.streaming:
        return response
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    response["ETag"] = etag
    patch_vary_headers(response, ("Accept-Language",))
    wanted = [tag.strip().removeprefix("W/") for tag in request.headers.get("If-None-Match", "").split(",")]
    if etag in wanted or "*" in wanted:
        not_modified = HttpResponse(status=304)
        for header in ("ETag", "Vary", "Cache-Control", "Content-Language"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return response


def _as_problem(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    with translation.override(translation.get_language_from_request(request)):
        converted = problem(response.status_code)
    for header, value in response.items():  # Allow, Retry-After, Cache-Control, Vary …
        if header.lower() not in ("content-type", "content-length", "content-language"):
            converted[header] = value
    return converted


# --- rate limits ----------------------------------------------------------------------------------------------------


def _rate_limited(request: HttpRequest) -> HttpResponse | None:
    checks: list[tuple[str, str | None]] = [("ip", None)]
    secret = request.headers.get("Authorization", "").partition(" ")[2].strip()
    if secret:
        checks.append(("token", tokens.digest_of(secret)))
    for action, key in checks:
        config = {action: settings.API_RATE_LIMITS[action]}
        usage = ratelimit.consume(request, app=RATE_APP, action=action, config=config, key=key, limit_get=True)
        if usage is None:
            with translation.override(translation.get_language_from_request(request)):
                detail = translation.gettext("Too many requests. Please wait before you send the next one.")
                return problem(429, detail, Retry_After=str(_retry_after(request, action, config, key)))
    return None


def _retry_after(request: HttpRequest, action: str, config: dict[str, str], key: str | None) -> int:
    """Seconds until the oldest counted request of the exhausted rate leaves its window."""
    now = time.time()
    wait = 1.0
    for rate in ratelimit.get_rates(app=RATE_APP, action=action, config=config):
        cache_key = ratelimit.get_cache_key(request, app=RATE_APP, action=action, rate=rate, key=key)
        history: list[float] = cache.get(cache_key, [])
        if len(history) >= rate.amount:
            wait = max(wait, history[rate.amount - 1] + rate.duration - now)
    return math.ceil(wait)
