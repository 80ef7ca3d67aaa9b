from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.accounts.models import User
from techpaten.mail.models import OutgoingMail
from techpaten.organisations.models import Invitation
from tests import factories
from tests.conftest import login

PASSWORD = "ein langes geheimes Passwort"


def signup_data(**overrides: str) -> dict[str, str]:
    data = {
        "email": "neu@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "name": "Nora Neu",
        "accept_privacy": "on",
    }
    data.update(overrides)
    return data


def link_in(body: str) -> str:
    match = re.search(r"https?://\S+", body.split("\n-- \n")[0])
    assert match, body
    return match.group(0)


def test_signing_up_sends_a_confirmation_mail_and_the_link_verifies_the_address(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), signup_data())
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="neu@example.org")
    assert (user.name, user.language) == ("Nora Neu", "de")
    assert not EmailAddress.objects.get(user=user).verified

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["neu@example.org"]
    with translation.override("de"):
        assert message.subject == gettext("Please confirm your e-mail address")
    assert message.alternatives, "the mail has an HTML part"
    link = link_in(message.body)
    path = link.split("testserver", 1)[1] if "testserver" in link else link
    assert path.startswith("/accounts/confirm-email/")

    page = client.get(path)
    assert page.status_code == 200
    assert "css/site.css" in page.text
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    # Confirming logs the new person in; their area is the next stop.
    assert client.get(reverse("dashboard")).status_code == 200


def test_a_visitor_using_english_gets_an_english_account_and_mail(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data(), HTTP_ACCEPT_LANGUAGE="en")
    assert User.objects.get(email="neu@example.org").language == "en"
    assert OutgoingMail.objects.get(to="neu@example.org").language == "en"
    with translation.override("en"):
        assert mail.outbox[0].subject == gettext("Please confirm your e-mail address")


def test_signing_up_without_accepting_the_privacy_notice_is_an_error(client, db):
    data = signup_data()
    del data["accept_privacy"]
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert "accept_privacy" in response.context["form"].errors
    assert not User.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_different_passwords_are_an_error(client, db):
    response = client.post(reverse("account_signup"), signup_data(password2="etwas ganz anderes!"))
    assert "password2" in response.context["form"].errors
    assert not User.objects.exists()


def test_signing_up_with_a_known_address_sends_a_hint_instead(client, volunteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data(email=volunteer.email))
    assert User.objects.filter(email=volunteer.email).count() == 1
    assert mail.outbox[0].to == [volunteer.email]
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_an_unconfirmed_person_cannot_log_in(client, db, django_capture_on_commit_callbacks):
    factories.make_user("offen@example.org", verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_login"), {"login": "offen@example.org", "password": factories.PASSWORD})
    assert response.url == reverse("account_email_verification_sent")
    assert client.get(reverse("dashboard")).status_code == 302


def test_logging_in_leads_to_my_area(client, volunteer):
    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": factories.PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("dashboard")


def test_a_wrong_password_is_a_clear_error(client, volunteer):
    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": "falsch"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert 'class="form-errors"' in response.text


def test_the_password_reset_mail_leads_to_a_new_password(client, volunteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": volunteer.email})
    assert response.url == reverse("account_reset_password_done")
    message = mail.outbox[0]
    assert message.to == [volunteer.email]
    with translation.override("de"):
        assert message.subject == gettext("Choose a new password")
    path = link_in(message.body).split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    assert "css/site.css" in form_page.text
    new = "noch ein viel längeres Passwort"
    response = client.post(form_page.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert response.status_code == 302
    assert User.objects.get(pk=volunteer.pk).check_password(new)


def test_a_reset_for_an_unknown_address_says_so_by_mail(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "niemand@example.org"})
    assert mail.outbox[0].to == ["niemand@example.org"]
    assert "/accounts/signup/" in mail.outbox[0].body


@pytest.mark.parametrize(
    "name", ["account_login", "account_signup", "account_reset_password", "account_email_verification_sent"]
)
def test_the_entrance_pages_use_our_layout(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "css/site.css" in response.text
    assert "Menu:" not in response.text


@pytest.mark.parametrize("name", ["account_logout", "account_email", "account_change_password"])
def test_the_account_pages_use_our_layout(client, volunteer, name):
    login(client, volunteer)
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "css/site.css" in response.text
    assert "Menu:" not in response.text


def test_an_invited_person_without_account_signs_up_and_comes_back_to_the_invitation(
    client, organisation, org_admin, django_capture_on_commit_callbacks
):
    invitation = Invitation.objects.create(organisation=organisation, email="neu@example.org", invited_by=org_admin)
    invitation_path = reverse("organisations:accept_invitation", args=[invitation.token])
    login_page = client.get(invitation_path, follow=True)
    signup_url = login_page.context["signup_url"]
    assert "next=" in signup_url
    with django_capture_on_commit_callbacks(execute=True):
        client.post(signup_url, signup_data())
    confirm_path = link_in(mail.outbox[0].body).split("testserver", 1)[1]
    response = client.post(confirm_path)
    assert response.url == invitation_path
