"""A fresh login counts as recent authentication: staff and reviewers go from the login straight to the setup of
their second factor, without typing the password again (issue 12); after ACCOUNT_REAUTHENTICATION_TIMEOUT they are
asked again, as allauth asks everyone."""

from __future__ import annotations

import pytest
from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from django.conf import settings
from django.urls import reverse

from .. import factories
from ..conftest import login
from .helpers import log_in, reauthenticate

QR_CODE = "data:image/svg+xml;base64,"


def _age_the_login(client, seconds: int) -> None:
    """Move every authentication record of the session `seconds` into the past (as if that much time had passed)."""
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {**record, "at": record["at"] - seconds} for record in session[AUTHENTICATION_METHODS_SESSION_KEY]
    ]
    session.save()


@pytest.mark.parametrize("role", [{"is_staff": True}, {"is_reviewer": True}])
def test_after_logging_in_staff_and_reviewers_see_the_setup_form_directly(client, db, role):
    user = factories.make_user("rolle@techpaten.example", **role)
    response = log_in(client, user, follow=True)
    assert response.redirect_chain[-1][0] == reverse("mfa_index")
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert QR_CODE in response.text
    assert 'name="code"' in response.text


def test_after_the_timeout_the_password_is_asked_again(client, db):
    user = factories.make_user("neu.staff@techpaten.example", is_staff=True)
    log_in(client, user)
    _age_the_login(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 1)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    assert QR_CODE in client.get(reverse("mfa_activate_totp")).text


def test_just_before_the_timeout_the_login_still_counts(client, db):
    user = factories.make_user("neu.staff@techpaten.example", is_staff=True)
    log_in(client, user)
    _age_the_login(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT - 30)
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_a_session_without_a_recorded_login_is_asked(client, volunteer):
    login(client, volunteer)  # force_login records no authentication: nothing proves a recent login
    response = client.get(reverse("mfa_activate_totp"))
    assert response.url.startswith(reverse("account_reauthenticate"))
