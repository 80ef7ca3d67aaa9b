"""A database outage answers with a clean 503 page instead of an error page, and the app recovers by itself.

Two ways a database error reaches the visitor, both end here:
- raised in a view: `DatabaseOutageMiddleware.process_exception` answers with the 503 page;
- raised in a middleware (the session or the user is loaded before the view, e.g. by the language middleware):
  Django turns it into its 500 handler, and `server_error` (the project's `handler500`) answers with the 503 page.

Recovery needs nothing from here: Django closes a broken connection at the end of the request, and with
`CONN_HEALTH_CHECKS` a persistent connection is checked before it is reused, so the first request after the
database is back opens a fresh one.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)


def is_database_outage(error: BaseException) -> bool:
    return isinstance(error, DATABASE_ERRORS)


def outage_response() -> HttpResponse:
    # Static page rendered without the request: context processors may need the database that is gone.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"  # a proxy must not keep serving the outage once it is over
    return response


def _log(error: BaseException, request: HttpRequest) -> None:
    # The class and the path only: a driver's message may contain host names or SQL.
    log.error("database unavailable (%s) during %s %s", type(error).__name__, request.method, request.path)


class DatabaseOutageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not is_database_outage(exception):
            return None
        _log(exception, request)
        return outage_response()


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 handler: a database outage outside the view still gets the 503 page, anything else our 500 page."""
    from techpaten.core.views import server_error as generic_server_error

    error = sys.exc_info()[1]
    if error is not None and is_database_outage(error):
        _log(error, request)
        return outage_response()
    return generic_server_error(request)
