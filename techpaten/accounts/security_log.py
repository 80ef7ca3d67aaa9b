"""The security event log: one line per event on the logger "techpaten.security", timestamps in UTC.

A line names the event, the user id, the client IP and a few plain facts:

    2026-01-31T12:00:00.000Z INFO techpaten.security event=login_failed user=42 ip=203.0.113.7 view=account_login

Never e-mail addresses, names, passwords, codes, tokens or message contents; not even the path, which can hold a
token (confirmation and reset links): the URL pattern's name stands for it. The full client IP is kept on purpose:
abuse handling (fail2ban, blocking, a report to the network's operator) needs the real address; a keyed hash could
only correlate. The log goes to stderr (journald); its retention (14 days) is set there and stated in the privacy
notice.

This module is imported by LOGGING at start-up: no model imports at module level.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from django.http import HttpRequest

logger = logging.getLogger("techpaten.security")

# Values are single tokens; anything else (spaces, newlines, "=") is replaced so a line cannot be forged.
_UNSAFE = re.compile(r"[^A-Za-z0-9_.:/\-\[\]]")


class UTCFormatter(logging.Formatter):
    """ISO 8601 timestamps in UTC with milliseconds and a Z, whatever the server's time zone."""

    converter = time.gmtime  # type: ignore[assignment]  # also for a datefmt given in LOGGING

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        if datefmt:
            return super().formatTime(record, datefmt)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


def client_ip(request: HttpRequest | None) -> str:
    """The client address as allauth sees it (honours ALLAUTH_TRUSTED_PROXY_COUNT behind a proxy)."""
    if request is None:
        return "-"
    from allauth.core.internal.httpkit import get_client_ip

    try:
        return get_client_ip(request) or "-"
    except Exception:  # noqa: BLE001 - a malformed X-Forwarded-For must not break logging
        return "-"


def _clean(value: Any) -> str:
    text = str(value)
    return _UNSAFE.sub("_", text)[:200] or "-"


def event(name: str, *, request: HttpRequest | None = None, user: Any = None, **facts: Any) -> None:
    """Log one security event. `user` is a user (or id); only its id is written. `facts` must hold no personal data."""
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    user_id = getattr(user, "pk", user)
    parts = [f"event={_clean(name)}", f"user={_clean(user_id) if user_id is not None else '-'}"]
    if request is not None:
        parts.append(f"ip={_clean(client_ip(request))}")
        match = getattr(request, "resolver_match", None)
        parts.append(f"view={_clean(match.view_name) if match is not None else '-'}")
    parts.extend(f"{key}={_clean(value)}" for key, value in facts.items())
    logger.info(" ".join(parts))


# --- where the events come from ------------------------------------------------------------------------------------


def connect_signals() -> None:
    """Called from AccountsConfig.ready(): Django's, allauth's and the admin's signals become log lines."""
    from allauth.account import signals as account
    from allauth.mfa import signals as mfa
    from django.contrib.admin.models import LogEntry
    from django.contrib.auth import signals as auth
    from django.db.models.signals import post_save

    from .security import start_session_clock

    auth.user_logged_in.connect(start_session_clock, dispatch_uid="security_session_clock")
    auth.user_logged_in.connect(_logged_in, dispatch_uid="security_log_login")
    auth.user_logged_out.connect(_logged_out, dispatch_uid="security_log_logout")
    auth.user_login_failed.connect(_login_failed, dispatch_uid="security_log_login_failed")
    simple = {
        account.user_signed_up: "signup",
        account.password_changed: "password_changed",
        account.password_set: "password_set",
        account.password_reset: "password_reset",
        account.email_added: "email_added",
        account.email_removed: "email_removed",
        account.email_changed: "email_changed",
        mfa.authenticator_added: "mfa_added",
        mfa.authenticator_removed: "mfa_removed",
        mfa.authenticator_reset: "mfa_reset",
        mfa.authentication_failed: "mfa_failed",
    }
    for signal, name in simple.items():
        signal.connect(_simple(name), dispatch_uid=f"security_log_{name}", weak=False)
    account.email_confirmed.connect(_email_confirmed, dispatch_uid="security_log_email_confirmed")
    account.authentication_step_completed.connect(_reauthenticated, dispatch_uid="security_log_reauthenticated")
    post_save.connect(_admin_action, sender=LogEntry, dispatch_uid="security_log_admin_action")


def _simple(name: str) -> Any:
    def receiver(sender: Any, request: HttpRequest | None = None, user: Any = None, **kwargs: Any) -> None:
        authenticator = kwargs.get("authenticator")
        facts = {"type": authenticator.type} if authenticator is not None else {}
        event(name, request=request, user=user, **facts)

    return receiver


def _logged_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    event("login", request=request, user=user)


def _logged_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    event("logout", request=request, user=user)


def _login_failed(sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any) -> None:
    # The address typed is not logged; the account's id is, when there is one (attacks on one account show up).
    from .models import User

    login = credentials.get("email") or credentials.get("username") or ""
    user_id = User.objects.filter(email__iexact=login).values_list("pk", flat=True).first() if login else None
    event("login_failed", request=request, user=user_id)


def _email_confirmed(sender: Any, request: HttpRequest | None = None, email_address: Any = None, **kwargs: Any) -> None:
    event("email_confirmed", request=request, user=getattr(email_address, "user_id", None))


def _reauthenticated(sender: Any, request: HttpRequest | None = None, user: Any = None, **kwargs: Any) -> None:
    if kwargs.get("reauthenticated"):
        event("reauthenticated", request=request, user=user, method=kwargs.get("method", "-"))


def _admin_action(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    # LogEntry.object_repr and change_message may hold names or addresses: only the kind of object and its id.
    if not created:
        return
    action = {1: "add", 2: "change", 3: "delete"}.get(instance.action_flag, str(instance.action_flag))
    content_type = instance.content_type
    model = f"{content_type.app_label}.{content_type.model}" if content_type is not None else "-"
    from allauth.core import context  # allauth's middleware keeps the current request here (for the client IP)

    event(
        "admin_action",
        request=context.request,
        user=instance.user_id,
        action=action,
        model=model,
        object=instance.object_id or "-",
    )
