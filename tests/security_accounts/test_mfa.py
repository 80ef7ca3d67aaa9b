"""Two-factor authentication with allauth.mfa: offered to everyone, required for staff and reviewers."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth import get_user
from django.urls import reverse

from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .helpers import log_in, reauthenticate, script_tags_without_src, totp_code

STAFF_MESSAGE = (
    "Your role gives you access to other people's data, so your account needs a second factor. "
    "Please set up an authenticator app or a security key."
)


def logged_in(client) -> bool:
    return client.get(reverse("dashboard")).status_code == 200


# --- setting up ----------------------------------------------------------------------------------------------------


def test_setting_up_an_authenticator_app_asks_for_the_password_then_a_code(client, volunteer):
    login(client, volunteer)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    reauthenticate(client)

    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert "data:image/svg+xml;base64," in page.text  # the QR code
    secret = client.session["mfa.totp.secret"]
    assert secret in page.text  # for typing in by hand
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response.url == reverse("mfa_view_recovery_codes")  # the first factor comes with recovery codes
    assert set(Authenticator.objects.filter(user=volunteer).values_list("type", flat=True)) == {
        Authenticator.Type.TOTP,
        Authenticator.Type.RECOVERY_CODES,
    }
    codes = client.get(response.url)
    assert codes.status_code == 200
    unused = RecoveryCodes(Authenticator.objects.get(user=volunteer, type="recovery_codes")).get_unused_codes()
    assert unused[0] in codes.text


def test_a_wrong_code_does_not_activate_the_app(client, volunteer):
    login(client, volunteer)
    reauthenticate(client)
    client.get(reverse("mfa_activate_totp"))
    response = client.post(reverse("mfa_activate_totp"), {"code": "000000x"})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not Authenticator.objects.filter(user=volunteer).exists()


def test_everyone_finds_two_factor_authentication_in_the_account_settings(volunteer_client):
    page = volunteer_client.get(reverse("account_settings"))
    assert reverse("mfa_index") in page.text
    assert reverse("mfa_index") in volunteer_client.get(reverse("dashboard")).text
    overview = volunteer_client.get(reverse("mfa_index"))
    assert overview.status_code == 200
    assert reverse("mfa_activate_totp") in overview.text
    assert reverse("mfa_add_webauthn") in overview.text


# --- logging in ----------------------------------------------------------------------------------------------------


def test_logging_in_with_an_authenticator_app_needs_the_code(client, volunteer):
    secret = factories.add_totp(volunteer)
    response = log_in(client, volunteer)
    assert response.url == reverse("mfa_authenticate")
    assert not logged_in(client)  # the password alone is not enough

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response.url == reverse("dashboard")
    assert logged_in(client)


def test_a_wrong_code_at_login_is_refused(client, volunteer):
    factories.add_totp(volunteer)
    log_in(client, volunteer)
    response = client.post(reverse("mfa_authenticate"), {"code": "123456"})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not logged_in(client)


def test_a_recovery_code_logs_in_once(client, volunteer):
    factories.add_totp(volunteer)
    code = RecoveryCodes.activate(volunteer).get_unused_codes()[0]
    log_in(client, volunteer)
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert logged_in(client)

    client.post(reverse("account_logout"))
    log_in(client, volunteer)
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 200
    assert not logged_in(client)


def test_the_login_step_uses_our_layout_and_no_inline_scripts(client, volunteer):
    factories.add_totp(volunteer)
    log_in(client, volunteer)
    page = client.get(reverse("mfa_authenticate"))
    assert page.status_code == 200
    assert "css/site.css" in page.text
    assert script_tags_without_src(page.text) == []
    assert "data-webauthn-form" in page.text  # the security key option, for browsers with JavaScript


def test_the_login_page_offers_passkeys_without_inline_scripts(client, db):
    page = client.get(reverse("account_login"))
    assert reverse("mfa_login_webauthn") in page.text
    assert "js/passkeys.js" in page.text
    assert script_tags_without_src(page.text) == []


# --- required for staff and reviewers ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [{"is_staff": True}, {"is_reviewer": True}, {"is_staff": True, "is_superuser": True}])
@pytest.mark.parametrize("path", ["/accounts/me/", "/admin/", "/needs/"])
def test_staff_and_reviewers_without_a_second_factor_are_sent_to_the_setup(client, db, role, path):
    user = factories.make_user("rolle@techpaten.example", **role)
    login(client, user)
    response = client.get(path, follow=True)
    assert response.redirect_chain[-1][0] == reverse("mfa_index")
    assert shown(response, de(STAFF_MESSAGE))


def test_without_a_second_factor_staff_can_still_set_one_up_and_log_out(client, db):
    user = factories.make_user("neu.staff@techpaten.example", is_staff=True)
    login(client, user)
    assert client.get(reverse("mfa_index")).status_code == 200
    reauthenticate(client)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    client.post(reverse("mfa_activate_totp"), {"code": totp_code(client.session["mfa.totp.secret"])})
    assert client.get(reverse("dashboard")).status_code == 200
    assert client.get("/admin/").status_code == 200

    client.post(reverse("account_logout"))
    assert not get_user(client).is_authenticated


def test_staff_and_reviewers_with_a_second_factor_pass(staff_client, client, reviewer):
    assert staff_client.get(reverse("dashboard")).status_code == 200
    assert staff_client.get("/admin/").status_code == 200
    login(client, reviewer)
    assert client.get(reverse("dashboard")).status_code == 200


@pytest.mark.parametrize("persona", ["volunteer", "org_admin", "org_member"])
def test_ordinary_people_are_never_asked_for_a_second_factor(client, db, persona, request):
    login(client, request.getfixturevalue(persona))
    assert client.get(reverse("dashboard")).status_code == 200


def test_staff_cannot_remove_their_last_second_factor(client, staff):
    login(client, staff)
    reauthenticate(client)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [de("You cannot deactivate two-factor authentication.")]
    assert Authenticator.objects.filter(user=staff, type="totp").exists()


def test_an_ordinary_person_can_deactivate_the_app(client, volunteer):
    factories.add_totp(volunteer)
    login(client, volunteer)
    reauthenticate(client)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=volunteer, type="totp").exists()


def test_the_admin_login_form_is_replaced_by_ours(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


# --- pages ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "mfa_index",
        "mfa_activate_totp",
        "mfa_add_webauthn",
        "mfa_list_webauthn",
        "mfa_generate_recovery_codes",
        "mfa_view_recovery_codes",
        "mfa_reauthenticate",
    ],
)
def test_the_two_factor_pages_use_our_layout_without_inline_scripts(client, volunteer, name):
    login(client, volunteer)
    if name not in {"mfa_activate_totp", "mfa_add_webauthn"}:
        factories.add_totp(volunteer)
        RecoveryCodes.activate(volunteer)
    reauthenticate(client)
    page = client.get(reverse(name))
    assert page.status_code == 200, page
    assert "css/site.css" in page.text
    assert "Menu:" not in page.text  # allauth's own layout
    assert script_tags_without_src(page.text) == []
