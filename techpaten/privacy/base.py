"""What only the privacy app needs besides the categories' base (techpaten/accounts/personal_data.py)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import SESSION_KEY

if TYPE_CHECKING:
    from techpaten.accounts.models import User

# What the admin's change history says instead of the deleted account's name.
REDACTED = "[deleted user]"


def end_sessions(user: User) -> int:
    """Delete every database session of the person (logged in on other devices too).

    Sessions are stored signed, not indexed by user, so each one is decoded; a small platform has few of them.
    """
    from django.contrib.sessions.models import Session

    # Through the session engine, not the row: with Redis (cached_db) the cached copy must go as well, or the
    # session would live on from the cache.
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.all().iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    return ended
