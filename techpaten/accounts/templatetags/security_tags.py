"""Template helpers for the MFA pages: data for allauth's WebAuthn script without inline <script> (strict CSP)."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString

from techpaten.accounts.security import is_privileged

register = template.Library()


@register.simple_tag
def second_factor_required(user: Any) -> bool:
    """Whether the person's role requires a second factor (security.is_privileged: the one rule)."""
    return is_privileged(user)


@register.simple_tag
def webauthn_form(function: str, data: Any = None, **ids: str) -> SafeString:
    """An invisible element that static/js/passkeys.js hands to allauth.webauthn.forms.<function>.

    allauth's own templates put this JSON into <script> elements; an attribute keeps every page free of inline
    scripts. `ids` name the button and the hidden credential field, `data` holds the WebAuthn options.
    """
    args: dict[str, Any] = {"ids": ids}
    if data is not None:
        args["data"] = data
    return format_html(
        '<div hidden data-webauthn-form="{}" data-webauthn-args="{}"></div>',
        function,
        json.dumps(args, cls=DjangoJSONEncoder),
    )
