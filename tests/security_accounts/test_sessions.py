"""Sessions: new id at login, server-side logout, other sessions end on a password change, idle and absolute
timeouts, re-authentication before sensitive changes."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from allauth.core.exceptions import ReauthenticationRequired
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.models import Session
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from techpaten.accounts import security
from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .helpers import log_in, reauthenticate

NEW_PASSWORD = "ein ganz neues langes Passwort"


def session_key(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_logging_in_gives_a_new_session_id(client, volunteer):
    client.get(reverse("account_login"))
    session = client.session
    session["before_login"] = True
    session.save()
    before = session_key(client)
    log_in(client, volunteer)
    assert session_key(client) != before
    assert not Session.objects.filter(session_key=before).exists()
    assert client.get(reverse("dashboard")).status_code == 200


def test_logging_out_deletes_the_session_on_the_server(client, volunteer):
    log_in(client, volunteer)
    key = session_key(client)
    assert Session.objects.filter(session_key=key).exists()
    client.post(reverse("account_logout"))
    assert not Session.objects.filter(session_key=key).exists()
    # The old cookie is worthless now, even if someone kept a copy.
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = key
    assert thief.get(reverse("dashboard")).status_code == 302


def test_changing_the_password_logs_out_other_sessions_but_not_this_one(volunteer):
    laptop, phone = Client(), Client()
    log_in(laptop, volunteer)
    log_in(phone, volunteer)
    phone_key = session_key(phone)
    response = laptop.post(
        reverse("account_change_password"),
        {"oldpassword": factories.PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert laptop.get(reverse("dashboard")).status_code == 200
    response = phone.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Session.objects.filter(session_key=phone_key).exists()


def test_a_new_password_set_elsewhere_ends_every_session(volunteer):
    phone = Client()
    log_in(phone, volunteer)
    volunteer.set_password(NEW_PASSWORD)  # what the reset form and the admin do
    volunteer.save()
    assert phone.get(reverse("dashboard")).status_code == 302


def age_session(client: Client, **seconds_ago: float) -> None:
    session = client.session
    now = timezone.now().timestamp()
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_an_idle_session_ends_with_a_message_and_leads_back_after_login(client, volunteer):
    log_in(client, volunteer)
    key = session_key(client)
    age_session(client, **{security.SEEN_AT: settings.SESSION_IDLE_TIMEOUT + 60})
    response = client.get(reverse("account_settings"))
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={reverse('account_settings')}"
    assert not Session.objects.filter(session_key=key).exists()
    page = client.get(response.url)
    assert shown(page, de("You were logged out because you were inactive for a while. Please log in again."))


def test_an_active_session_still_ends_some_days_after_login(client, volunteer):
    log_in(client, volunteer)
    age_session(
        client,
        **{security.LOGIN_AT: settings.SESSION_ABSOLUTE_TIMEOUT + 60, security.SEEN_AT: 10},
    )
    response = client.get(reverse("dashboard"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    assert shown(response, de("For your security, you are logged out some days after logging in. Please log in again."))
    assert not get_user(client).is_authenticated


def test_a_form_sent_after_the_timeout_writes_nothing(client, volunteer):
    log_in(client, volunteer)
    age_session(client, **{security.SEEN_AT: settings.SESSION_IDLE_TIMEOUT + 60})
    response = client.post(reverse("account_settings"), {"name": "Neuer Name", "language": "de"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))  # the form waits there (test_kept_form.py)
    volunteer.refresh_from_db()
    assert volunteer.name == "Vera Volunteer"


def test_the_last_activity_is_written_only_every_few_minutes(client, volunteer):
    log_in(client, volunteer)
    age_session(client, **{security.SEEN_AT: 60})
    seen = client.session[security.SEEN_AT]
    client.get(reverse("dashboard"))
    assert client.session[security.SEEN_AT] == seen  # no write for a request a minute later

    age_session(client, **{security.SEEN_AT: settings.SESSION_ACTIVITY_RESOLUTION + 1})
    client.get(reverse("dashboard"))
    assert client.session[security.SEEN_AT] > timezone.now().timestamp() - 5


def test_the_session_cookie_lives_no_longer_than_the_absolute_timeout():
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_ABSOLUTE_TIMEOUT
    assert settings.SESSION_IDLE_TIMEOUT < settings.SESSION_ABSOLUTE_TIMEOUT
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


# --- re-authentication ---------------------------------------------------------------------------------------------


def test_adding_an_email_address_asks_for_the_password_first_then_continues(client, volunteer):
    login(client, volunteer)
    data = {"email": "neu@example.org", "action_add": ""}
    response = client.post(reverse("account_email"), data)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not EmailAddress.objects.filter(email="neu@example.org").exists()

    response = client.post(response.url, {"password": factories.PASSWORD})
    assert EmailAddress.objects.filter(user=volunteer, email="neu@example.org").exists()


def test_a_wrong_password_at_reauthentication_changes_nothing(client, volunteer):
    login(client, volunteer)
    response = client.post(reverse("account_email"), {"email": "neu@example.org", "action_add": ""})
    response = client.post(response.url, {"password": "falsch falsch falsch"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not EmailAddress.objects.filter(email="neu@example.org").exists()


def test_changing_the_password_needs_the_current_one(client, volunteer):
    login(client, volunteer)
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": "falsch falsch falsch", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert "oldpassword" in response.context["form"].errors
    volunteer.refresh_from_db()
    assert volunteer.check_password(factories.PASSWORD)


def test_two_factor_changes_ask_for_the_password_first(client, volunteer):
    login(client, volunteer)
    for name in ["mfa_activate_totp", "mfa_add_webauthn", "mfa_generate_recovery_codes"]:
        response = client.get(reverse(name))
        assert response.url.startswith(reverse("account_reauthenticate")), name


@security.require_recent_login
def delete_account(request) -> HttpResponse:
    return HttpResponse("deleted")


def request_for(user, client: Client | None = None):
    request = RequestFactory().post("/accounts/delete/")
    request.user = user
    request.session = client.session if client is not None else {}
    return request


def test_require_recent_login_sends_anonymous_visitors_to_the_login(db):
    response = delete_account(request_for(AnonymousUser()))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_require_recent_login_asks_for_the_password_unless_given_in_the_last_minutes(client, volunteer, monkeypatch):
    login(client, volunteer)
    with pytest.raises(ReauthenticationRequired):  # allauth's middleware turns this into the password page
        delete_account(request_for(volunteer, client))
    reauthenticate(client)
    assert delete_account(request_for(volunteer, client)).content == b"deleted"

    import time

    later = time.time() + settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 1
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(ReauthenticationRequired):
        delete_account(request_for(volunteer, client))
