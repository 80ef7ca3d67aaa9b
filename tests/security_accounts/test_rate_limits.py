"""Rate limits: allauth's for logins, sign-ups and mails per address; ours for offers and messages per hour.

A throttled request gets a clear message and sends no mail.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.mail.models import OutgoingMail
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .helpers import log_in

TOO_MANY = (
    "There were too many attempts in a short time, so we have paused this for now. "
    "This protects your account and the platform."
)
HELD_BACK = (
    "We sent a confirmation e-mail to this address a short while ago, so we are not sending another one yet. "
    "Please look in your inbox and spam folder, or try again in a few minutes."
)


def test_the_configured_limits_cover_ip_and_account_or_address():
    rates = settings.ACCOUNT_RATE_LIMITS
    assert "/ip" in rates["login"]
    assert "/ip" in rates["login_failed"] and "/key" in rates["login_failed"]  # key: the account
    assert "/ip" in rates["signup"]
    assert "/key" in rates["reset_password"]  # key: the address
    assert "/key" in rates["confirm_email"]


# --- logins --------------------------------------------------------------------------------------------------------


def test_too_many_wrong_passwords_lock_the_account_for_a_while_with_a_clear_message(client, volunteer):
    for _ in range(5):
        response = log_in(client, volunteer, password="falsch falsch falsch")
        assert response.status_code == 200
    response = log_in(client, volunteer)  # even the right password is refused now
    assert response.status_code == 200
    message = de("Too many failed attempts to log in. Please wait a few minutes and try again, or reset your password.")
    assert response.context["form"].non_field_errors() == [message]
    assert shown(response, message)
    assert client.get(reverse("dashboard")).status_code == 302


def test_the_lock_is_per_account(client, volunteer, org_admin):
    for _ in range(5):
        log_in(client, volunteer, password="falsch falsch falsch")
    assert log_in(client, org_admin).status_code == 302


def test_logins_are_limited_per_ip(client, volunteer, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "2/m/ip"}
    log_in(client, volunteer, password="falsch falsch falsch")
    log_in(client, volunteer, password="falsch falsch falsch")
    response = log_in(client, volunteer)
    assert response.status_code == 429
    assert shown(response, de(TOO_MANY))
    assert "css/site.css" in response.text  # our friendly page, in our layout
    # Someone at another IP address can still log in.
    data = {"login": volunteer.email, "password": factories.PASSWORD}
    assert client.post(reverse("account_login"), data, REMOTE_ADDR="203.0.113.9").status_code == 302


# --- sign-up and mails ---------------------------------------------------------------------------------------------


def signup_data(n: int) -> dict[str, str]:
    password = "ein langes geheimes Passwort"
    return {
        "email": f"neu{n}@example.org",
        "password1": password,
        "password2": password,
        "accept_privacy": "on",
    }


def test_sign_ups_are_limited_per_ip_and_a_refused_one_sends_no_mail(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(5):
            assert client.post(reverse("account_signup"), signup_data(n)).status_code == 302
        response = client.post(reverse("account_signup"), signup_data(99))
    assert response.status_code == 429
    assert shown(response, de(TOO_MANY))
    assert User.objects.count() == 5
    assert len(mail.outbox) == 5
    assert not OutgoingMail.objects.filter(to="neu99@example.org").exists()


def test_password_reset_mails_are_limited_per_address(client, volunteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            assert client.post(reverse("account_reset_password"), {"email": volunteer.email}).status_code == 302
        response = client.post(reverse("account_reset_password"), {"email": volunteer.email})
    assert response.status_code == 429
    assert shown(response, de(TOO_MANY))
    assert len(mail.outbox) == 3
    # Another address is not affected.
    with django_capture_on_commit_callbacks(execute=True):
        other = factories.make_user("otto@example.org")
        assert client.post(reverse("account_reset_password"), {"email": other.email}).status_code == 302
    assert mail.outbox[-1].to == [other.email]


def test_a_second_confirmation_mail_right_after_the_first_is_held_back_with_a_message(
    client, db, django_capture_on_commit_callbacks
):
    user = factories.make_user("offen@example.org", verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        log_in(client, user)
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": factories.PASSWORD}, follow=True
        )
    assert len(mail.outbox) == 1
    assert shown(response, de(HELD_BACK))


def test_re_sending_a_confirmation_from_the_email_page_is_limited_per_address(
    client, volunteer, django_capture_on_commit_callbacks
):
    EmailAddress.objects.create(user=volunteer, email="zweite@example.org", verified=False)
    login(client, volunteer)
    data = {"email": "zweite@example.org", "action_send": ""}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_email"), data)
        response = client.post(reverse("account_email"), data, follow=True)
    assert [m.to for m in mail.outbox] == [["zweite@example.org"]]
    assert shown(response, de(HELD_BACK))


# --- offers and messages per hour ----------------------------------------------------------------------------------


def sent_offers(volunteer, count: int, *, age: timedelta) -> None:
    organisation = factories.make_organisation()
    for _ in range(count):
        factories.make_offer(factories.make_need(organisation), volunteer, status=Offer.Status.WITHDRAWN)
    Offer.objects.filter(volunteer=volunteer).update(created_at=timezone.now() - age)


OFFER_LIMIT = "You have sent many offers in the last hour. Please wait a little before you send the next one."
MESSAGE_LIMIT = "You have sent many messages in the last hour. Please wait a little before you write again."


def test_offers_are_limited_per_hour_with_a_clear_message_and_no_mail(
    volunteer_client, volunteer, need, django_capture_on_commit_callbacks
):
    sent_offers(volunteer, settings.OFFER_RATE_PER_HOUR, age=timedelta(minutes=30))
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(
            reverse("offers:create", args=[need.pk]), {"message": "Ich kann gern helfen, am liebsten abends."}
        )
    assert response.status_code == 200
    assert shown(response, de(OFFER_LIMIT))
    assert not Offer.objects.filter(need=need).exists()
    assert mail.outbox == []


def test_offers_older_than_an_hour_do_not_count(volunteer_client, volunteer, need):
    sent_offers(volunteer, settings.OFFER_RATE_PER_HOUR, age=timedelta(minutes=61))
    response = volunteer_client.post(
        reverse("offers:create", args=[need.pk]), {"message": "Ich kann gern helfen, am liebsten abends."}
    )
    assert response.status_code == 302
    assert Offer.objects.filter(need=need).exists()


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def test_messages_are_limited_per_hour_with_a_clear_message_and_no_mail(
    volunteer_client, volunteer, offer, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGE_RATE_PER_HOUR = 3
    Message.objects.bulk_create([Message(offer=offer, author=volunteer, body="Hallo") for _ in range(3)])
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(
            reverse("conversations:post", args=[offer.pk]), {"body": "Noch eine Frage"}, follow=True
        )
    assert shown(response, de(MESSAGE_LIMIT))
    assert Message.objects.count() == 3
    assert mail.outbox == []


def test_the_message_limit_counts_only_the_last_hour_and_only_ones_own(
    volunteer_client, volunteer, org_admin, offer, settings
):
    settings.MESSAGE_RATE_PER_HOUR = 3
    Message.objects.bulk_create([Message(offer=offer, author=volunteer, body="Hallo") for _ in range(3)])
    Message.objects.update(created_at=timezone.now() - timedelta(minutes=61))
    Message.objects.bulk_create([Message(offer=offer, author=org_admin, body="Hallo") for _ in range(3)])
    volunteer_client.post(reverse("conversations:post", args=[offer.pk]), {"body": "Noch eine Frage"})
    assert Message.objects.filter(author=volunteer).count() == 4
