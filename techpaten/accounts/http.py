from __future__ import annotations

from django.http import HttpRequest

from .models import User


class AuthenticatedHttpRequest(HttpRequest):
    """The request type of views behind @login_required (for type checking only)."""

    user: User
