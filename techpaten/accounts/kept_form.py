"""What was typed survives the idle logout (issue 12): a form sent from a session that has just expired is kept in
the new session, and after logging in again the person sees it and sends it again with one click.

Why this and not a warning before the timeout: a warning needs JavaScript and a timer per page; this works without
JavaScript, also when the computer slept through the warning. Nothing is written on the person's behalf — the kept
form goes to the same address again, with a fresh CSRF token, only when they press the button.

Only a form with a valid CSRF token is kept (a forged cross-site POST is not laundered into a real one), only for the
same account (a different person logging in on the same browser never sees it), without passwords, at most
`MAX_CHARS` characters, and it is dropped once shown.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone

KEPT = "kept_form"
MAX_CHARS = 50_000
MAX_AGE = 24 * 60 * 60  # seconds: a form from yesterday is no longer what the person meant to send
LEFT_OUT = ("csrfmiddlewaretoken",)


def _keepable_name(name: str) -> bool:
    return name not in LEFT_OUT and "password" not in name.lower()


def _never_called(request: HttpRequest) -> HttpResponse:
    raise AssertionError("only process_view is used")


def _csrf_valid(request: HttpRequest) -> bool:
    """Django's own CSRF check, run early: the timeout answers before the view (and the CSRF check) would run."""
    return CsrfViewMiddleware(_never_called).process_view(request, _never_called, (), {}) is None


def keep(request: HttpRequest, user_pk: int | None) -> bool:
    """Call after the expired session was flushed: store the POST in the new session. True when it was kept."""
    if user_pk is None or request.method != "POST" or request.FILES or not _csrf_valid(request):
        return False
    fields = [(name, value) for name, values in request.POST.lists() if _keepable_name(name) for value in values]
    if not any(value.strip() for _, value in fields) or sum(len(v) for _, v in fields) > MAX_CHARS:
        return False
    request.session[KEPT] = {
        "user": user_pk,
        "path": request.path,
        "fields": fields,
        "at": timezone.now().timestamp(),
    }
    return True


def take(request: HttpRequest) -> dict[str, Any] | None:
    """The kept form of the person now logged in, removed from the session; None if there is none (or not theirs)."""
    kept = request.session.pop(KEPT, None)
    if not kept or kept.get("user") != request.user.pk:
        return None
    if timezone.now().timestamp() - kept["at"] > MAX_AGE:
        return None
    return {"path": kept["path"], "fields": [(name, value) for name, value in kept["fields"]]}
