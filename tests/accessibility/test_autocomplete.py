"""Fields asking for one's own name or e-mail address say so (WCAG 1.3.5 Identify Input Purpose), so that browsers
and assistive tools can fill them in; an address of somebody else (an invitation) is marked `off` on purpose."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.security.permission_matrix import MATRIX

# (page, persona) → {field name: expected autocomplete token}
FORMS = {
    ("account_signup", "anonymous"): {"email": "email", "name": "name"},
    ("account_settings", "volunteer"): {"name": "name"},
    ("costs:pledge", "anonymous"): {"name": "name", "email": "email"},
    ("volunteers:edit_profile", "volunteer"): {"display_name": "nickname"},
    ("organisations:edit", "admin"): {"contact_email": "work email", "contact_phone": "work tel"},
    ("organisations:members", "admin"): {"email": "off"},
}


def autocomplete_of(html: str, field: str) -> str | None:
    tag = re.search(rf'<input[^>]*\bname="{field}"[^>]*>', html)
    assert tag, f"no input {field!r}"
    token = re.search(r'\bautocomplete="([^"]*)"', tag.group(0))
    return token.group(1) if token else None


@pytest.mark.parametrize(("page", "persona"), sorted(FORMS))
def test_name_and_email_fields_say_what_they_ask_for(world, page: str, persona: str):
    response = world.client(persona).get(reverse(page, kwargs=MATRIX[page].kwargs(world)))
    assert response.status_code == 200
    html = response.content.decode()
    found = {field: autocomplete_of(html, field) for field in FORMS[(page, persona)]}
    assert found == FORMS[(page, persona)]
