"""Account security that Django and allauth do not do by themselves (issue 3).

- `SessionTimeoutMiddleware`: a session ends after SESSION_IDLE_TIMEOUT without a request and at the latest
  SESSION_ABSOLUTE_TIMEOUT after login. The last activity is written at most every SESSION_ACTIVITY_RESOLUTION
  seconds, so an ordinary request does not write the session row.
- `MfaRequiredMiddleware`: staff, superusers and reviewers must use a second factor; without one they are sent to
  the MFA setup until they have added an authenticator app or a security key.
- `SecurityLogMiddleware`: every 403 and 429 answer is a security event (see security_log).
- `require_recent_login`: re-authentication before sensitive changes (e.g. deleting the account).
- `enforce_hourly_limit`: per-person limits counted in the database (offers, messages).

What Django already does and the tests prove: a new session id at login, logout deletes the session row, and
changing the password ends every other session (the session auth hash changes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation

from . import kept_form, security_log

# Session keys; the values are POSIX timestamps (JSON-serialisable).
LOGIN_AT = "security_login_at"
SEEN_AT = "security_seen_at"

View = TypeVar("View", bound=Callable[..., HttpResponse])


def _now() -> float:
    return timezone.now().timestamp()


def is_privileged(user: Any) -> bool:
    """Staff, superusers and reviewers see other people's data: they must use a second factor."""
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser or getattr(user, "is_reviewer", False)))


def signed_in_recently(request: HttpRequest) -> bool:
    """Whether the person proved who they are in this session (logged in or re-authenticated with a password or a
    second factor) within ACCOUNT_REAUTHENTICATION_TIMEOUT. allauth counts only explicit re-authentications, so
    staff were asked for the password again seconds after logging in, before setting up their second factor;
    a fresh login is as good a proof (healthchecks' "sudo mode" starts at login, too)."""
    from allauth.account import app_settings
    from allauth.account.authentication import get_authentication_records

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    proofs = [
        record
        for record in get_authentication_records(request, user)
        if record.get("method") in app_settings.REAUTHENTICATION_METHODS and "at" in record
    ]
    return bool(proofs) and _now() - float(proofs[-1]["at"]) < app_settings.REAUTHENTICATION_TIMEOUT


def has_second_factor(user: Any) -> bool:
    """An authenticator app or a security key (recovery codes alone do not count)."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import is_mfa_enabled

    return bool(is_mfa_enabled(user, [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]))


# --- sessions -------------------------------------------------------------------------------------------------------


def start_session_clock(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """On user_logged_in: the absolute timeout counts from here (Django has already given the session a new id)."""
    session = getattr(request, "session", None)
    if session is not None:
        now = _now()
        session[LOGIN_AT] = now
        session[SEEN_AT] = now


class SessionTimeoutMiddleware:
    """Logs out sessions that were idle too long or began too long ago, with a message, back to the login page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            expired = self.check(request)
            if expired is not None:
                return expired
        return self.get_response(request)

    def check(self, request: HttpRequest) -> HttpResponse | None:
        session = request.session
        now = _now()
        login_at = session.get(LOGIN_AT)
        seen_at = session.get(SEEN_AT)
        reason = ""
        if login_at is not None and now - login_at > settings.SESSION_ABSOLUTE_TIMEOUT:
            reason = "absolute"
        elif seen_at is not None and now - seen_at > settings.SESSION_IDLE_TIMEOUT:
            reason = "idle"
        if reason:
            security_log.event("session_expired", request=request, reason=reason)
            user_pk = request.user.pk
            logout(request)  # flushes: the session row is deleted
            if reason == "idle":
                text = _("You were logged out because you were inactive for a while. Please log in again.")
            else:
                text = _("For your security, you are logged out some days after logging in. Please log in again.")
            messages.info(request, text)
            if request.method == "GET":
                return redirect_to_login(request.get_full_path())
            if kept_form.keep(request, user_pk):  # what was typed waits for the login (accounts/kept_form.py)
                return redirect_to_login(reverse("account_kept_form"))
            return HttpResponseRedirect(reverse(settings.LOGIN_URL))
        if login_at is None:  # a session from before this middleware: start counting now
            session[LOGIN_AT] = now
        if seen_at is None or now - seen_at >= settings.SESSION_ACTIVITY_RESOLUTION:
            session[SEEN_AT] = now
        return None


# --- second factor for privileged accounts --------------------------------------------------------------------------


def _mfa_setup_paths() -> tuple[str, ...]:
    """Where a privileged person without a second factor may still go: the setup itself and what it needs."""
    return (
        reverse("mfa_index"),  # /accounts/2fa/…: overview, app, security keys, recovery codes, re-authentication
        reverse("account_reauthenticate"),
        reverse("account_logout"),
        reverse("account_email"),  # an unverified address must be verified before MFA can be activated
        reverse("account_confirm_email", args=["x"]).rsplit("x", 1)[0],
        reverse("set_language"),
        settings.STATIC_URL,
    )


class MfaRequiredMiddleware:
    """Also guards /admin/: staff reach it only with a second factor (and log in through allauth, see admin.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.allowed: tuple[str, ...] = ()  # filled on the first request: the URLconf is not loaded at start-up

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if is_privileged(user):
            if not self.allowed:
                self.allowed = _mfa_setup_paths()
            if not request.path.startswith(self.allowed) and not has_second_factor(user):
                return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request: HttpRequest) -> HttpResponse:
        messages.warning(
            request,
            _(
                "Your role gives you access to other people's data, so your account needs a second factor. "
                "Please set up an authenticator app or a security key."
            ),
        )
        return HttpResponseRedirect(reverse("mfa_index"))


# --- logging of denials ---------------------------------------------------------------------------------------------


class SecurityLogMiddleware:
    """403 (PermissionDenied, CSRF failures) and 429 (allauth's rate limits) answers become security events.

    The many 404s of the access helpers are left out on purpose: they are indistinguishable from typos.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 403:
            security_log.event("permission_denied", request=request, method=request.method)
        elif response.status_code == 429:
            security_log.event("rate_limited", request=request, method=request.method)
        return response


# --- re-authentication ----------------------------------------------------------------------------------------------


def require_recent_login(view: View) -> View:
    """The person must be logged in and have confirmed their password (or second factor) in the last
    ACCOUNT_REAUTHENTICATION_TIMEOUT seconds; otherwise allauth asks for it and then replays the request.

    Use on views that delete the account or change how one logs in. Always on, whatever
    ACCOUNT_REAUTHENTICATION_REQUIRED says.
    """
    from allauth.account.decorators import reauthentication_required

    guarded = login_required(reauthentication_required(view))

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return guarded(request, *args, **kwargs)  # type: ignore[no-any-return]

    return wrapper  # type: ignore[return-value]


# --- per-person limits ----------------------------------------------------------------------------------------------


def enforce_hourly_limit(recent: QuerySet[Any], limit: int, message: str, *, user: Any, action: str) -> None:
    """Raise RuleViolation(message) when `recent` (rows with created_at) already holds `limit` rows of the last hour.

    Call it inside the service's transaction, after locking the person's row, so parallel requests count in turn.
    """
    since = timezone.now() - timedelta(hours=1)
    if recent.filter(created_at__gte=since).count() >= limit:
        security_log.event("rate_limited", user=user, action=action)
        raise RuleViolation(message)
