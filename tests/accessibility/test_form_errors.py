"""Errors are read with their field: every id a field's aria-describedby names is on the page (WCAG 1.3.1, 3.3.1).

Django points an invalid field at `<id>_error` (and `<id>_helptext`); a template that renders the error list without
that id leaves screen readers silent about what went wrong.
"""

from __future__ import annotations

import re

from django.urls import reverse

from tests.security.permission_matrix import MATRIX
from tests.security.test_permissions import WRITING_URLS

DESCRIBEDBY = re.compile(r'aria-describedby="([^"]+)"')
ELEMENT_ID = re.compile(r'\sid="([^"]+)"')
# Personas who may fill in most forms between them: a form shown again with errors is what we look at.
POSTERS = ("anonymous", "volunteer", "admin", "staff", "reviewer")


def dangling_descriptions(html: str) -> list[str]:
    ids = set(ELEMENT_ID.findall(html))
    return [name for names in DESCRIBEDBY.findall(html) for name in names.split() if name not in ids]


def test_dangling_descriptions_are_found():
    html = '<p id="x_helptext">Hilfe</p><input aria-describedby="x_helptext x_error">'
    assert dangling_descriptions(html) == ["x_error"]


def test_every_form_shown_again_with_errors_names_only_elements_on_the_page(world):
    """POST an empty form to every form of the permission matrix as every persona (each time freshly logged in).

    One unknown key keeps the POST non-empty: views bind their form with `request.POST or None`."""
    checked, dangling = [], []
    for persona in POSTERS:
        for name in WRITING_URLS:
            response = world.client(persona).post(reverse(name, kwargs=MATRIX[name].kwargs(world)), {"nothing": ""})
            html = response.content.decode() if response.status_code == 200 else ""
            if 'aria-invalid="true"' not in html:
                continue
            checked.append(name)
            dangling += [f"{name} as {persona}: #{missing}" for missing in dangling_descriptions(html)]
    assert not dangling
    # The walk really met forms with errors: the sign-up, the account settings, a need, an offer, an organisation.
    assert {"account_signup", "account_settings", "needs:create", "organisations:create"} <= set(checked), checked


def test_the_login_form_points_its_fields_at_their_errors(client):
    html = client.post(reverse("account_login"), {"login": "", "password": ""}).content.decode()
    assert 'aria-describedby="id_login_error"' in html
    assert 'id="id_login_error"' in html
    assert not dangling_descriptions(html)
