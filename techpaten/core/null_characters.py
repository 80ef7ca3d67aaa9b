"""A NUL character in the address names nothing: answer 404 before a view passes it to the database.

PostgreSQL refuses NUL in text (psycopg raises DataError, a 500 page): /invitations/<token>/ with "%00" in the token
did exactly that (found by tests/security/test_fuzz.py). Form input needs no such guard: Django's form fields refuse
NUL themselves, with a clear message next to the field.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse

Handler = Callable[[HttpRequest], HttpResponse]


def reject_null_characters(get_response: Handler) -> Handler:
    def middleware(request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            raise Http404
        return get_response(request)

    return middleware
