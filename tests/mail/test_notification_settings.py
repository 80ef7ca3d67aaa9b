"""Notification settings: optional kinds can be switched off or wait for the digest, required ones always go out,
and every optional mail carries a one-click unsubscribe that works without logging in."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from techpaten.core.rules import RuleViolation
from techpaten.mail import kinds, outbox, preferences
from techpaten.mail.models import NotificationPreference, OutgoingMail, PendingNotification
from techpaten.offers.models import Offer
from tests import factories
from tests.texts import de, shown

SETTINGS = reverse("account_notifications")


def post_message(client, offer, body="Passt Dienstag?"):
    return client.post(reverse("conversations:post", args=[offer.pk]), {"body": body})


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def test_a_switched_off_optional_kind_is_not_sent(member_client, offer, volunteer, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(user=volunteer, kind="mail/new_message", delivery="off")
    with django_capture_on_commit_callbacks(execute=True):
        post_message(member_client, offer)
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


def test_a_required_kind_is_sent_even_with_a_stored_off(org_admin, organisation, django_capture_on_commit_callbacks):
    from techpaten.organisations.services import invite

    invitee = factories.make_user("ines@example.org")
    NotificationPreference.objects.create(user=invitee, kind="mail/invitation", delivery="off")
    with django_capture_on_commit_callbacks(execute=True):
        invite(org_admin, organisation, invitee.email, "member")
    assert [m.to for m in mail.outbox] == [[invitee.email]]
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers
    assert "/mail/unsubscribe/" not in mail.outbox[0].body


def test_the_settings_page_lists_every_kind_and_saves_a_choice(volunteer_client, volunteer):
    page = volunteer_client.get(SETTINGS)
    assert page.status_code == 200
    assert shown(page, de("New message in a conversation"))
    assert shown(page, de("Reset the password"))
    assert shown(page, de("Always sent"))
    response = volunteer_client.post(
        SETTINGS,
        {"kind-mail-new_message": "daily", "kind-mail-meeting_proposed": "off", "kind-mail-offer_accepted": "instant"},
    )
    assert response.status_code == 302
    stored = dict(NotificationPreference.objects.filter(user=volunteer).values_list("kind", "delivery"))
    assert stored == {"mail/new_message": "daily", "mail/meeting_proposed": "off"}  # unchanged kinds: no row
    page = volunteer_client.get(SETTINGS)
    assert 'name="kind-mail-new_message" value="daily" checked' in page.content.decode()


@pytest.mark.parametrize("data", [{"kind-mail-meeting_proposed": "daily"}, {"kind-mail-new_message": "sometimes"}])
def test_a_choice_a_kind_does_not_offer_is_refused_and_nothing_stored(volunteer_client, volunteer, data):
    response = volunteer_client.post(SETTINGS, {"kind-mail-new_message": "off", **data}, follow=True)
    assert shown(response, de("This choice is not possible for this kind of e-mail."))
    assert not NotificationPreference.objects.exists()


def test_required_kinds_cannot_be_switched_off(volunteer):
    with pytest.raises(RuleViolation, match=de("This choice is not possible for this kind of e-mail.")):
        preferences.set_deliveries(volunteer.pk, {"mail/invitation": "off"})
    assert not NotificationPreference.objects.exists()


def test_switching_back_to_at_once_removes_the_row(volunteer_client, volunteer):
    volunteer_client.post(SETTINGS, {"kind-mail-new_message": "off"})
    volunteer_client.post(SETTINGS, {"kind-mail-new_message": "instant"})
    assert not NotificationPreference.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(SETTINGS)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def sent_unsubscribe_link(member_client, offer, capture) -> tuple[str, object]:
    with capture(execute=True):
        post_message(member_client, offer)
    (sent,) = mail.outbox
    header = sent.extra_headers["List-Unsubscribe"]
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = header.strip("<>")
    assert url.startswith("http") and "/mail/unsubscribe/" in url
    assert url in sent.body
    assert url.replace("&", "&amp;") in sent.alternatives[0][0] or url in sent.alternatives[0][0]
    return re.sub(r"^https?://[^/]+", "", url), sent


def test_the_unsubscribe_link_of_a_real_mail_works_without_login(
    client, member_client, offer, volunteer, django_capture_on_commit_callbacks
):
    path, _sent = sent_unsubscribe_link(member_client, offer, django_capture_on_commit_callbacks)
    client.logout()
    page = client.get(path)
    assert page.status_code == 200
    assert shown(page, de("New message in a conversation"))
    assert 'method="post"' in page.content.decode()
    assert not NotificationPreference.objects.exists()  # a GET (a link scanner) changes nothing
    done = client.post(path)
    assert done.status_code == 200
    assert NotificationPreference.objects.get(user=volunteer).delivery == "off"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post_message(member_client, offer, "Noch eine Frage")
    assert mail.outbox == []


def test_the_one_click_post_of_a_mail_program_switches_off_without_csrf_token(
    member_client, offer, volunteer, django_capture_on_commit_callbacks
):
    from django.test import Client

    path, _sent = sent_unsubscribe_link(member_client, offer, django_capture_on_commit_callbacks)
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=volunteer, kind="mail/new_message").delivery == "off"


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_bad_token_says_so_and_changes_nothing(client, volunteer, method):
    from techpaten.mail import kinds

    good = preferences.unsubscribe_token(volunteer.pk, kinds.get("mail/new_message"))
    for token in [
        "nonsense",
        good[:-2] + "xx",
        preferences.unsubscribe_token(volunteer.pk, kinds.get("mail/invitation")),
    ]:
        response = getattr(client, method)(reverse("mail:unsubscribe", args=[token]))
        assert response.status_code == 400
        assert shown(response, de("Unsubscribe link not valid"))
    assert not NotificationPreference.objects.exists()


def test_a_digest_kind_waits_and_the_digest_run_twice_sends_once(
    member_client, offer, volunteer, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    NotificationPreference.objects.create(user=volunteer, kind="mail/new_message", delivery="daily")
    with django_capture_on_commit_callbacks(execute=True):
        post_message(member_client, offer, "Erste Nachricht")
        post_message(member_client, offer, "Zweite Nachricht")
    assert mail.outbox == []
    assert PendingNotification.objects.filter(user=volunteer).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests")
        call_command("send_notification_digests")
    (digest,) = mail.outbox
    assert digest.to == [volunteer.email]
    assert str(offer.pk) in digest.body
    assert digest.body.count("/offers/") >= 2
    assert "List-Unsubscribe" not in digest.extra_headers
    assert not PendingNotification.objects.exists()


def test_the_digest_of_a_deleted_account_is_dropped(volunteer):
    from techpaten.mail import digest

    PendingNotification.objects.create(user=volunteer, kind="mail/new_message", subject="S", body_text="T")
    volunteer.is_active = False
    volunteer.save()
    assert digest.send_digests() == 0
    assert not PendingNotification.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_outbox_send_returns_nothing_for_a_switched_off_kind(volunteer):
    NotificationPreference.objects.create(user=volunteer, kind="mail/offer_accepted", delivery="off")
    assert outbox.send("mail/offer_accepted", volunteer.email, {}, user=volunteer) is None


OPTIONAL = [kind.name for kind in kinds.KINDS if kind.optional]
REQUIRED = [kind.name for kind in kinds.KINDS if kind.required and kind.name.startswith("mail/")]


@pytest.fixture
def bare_render(monkeypatch):
    """Each kind's templates need their own context; here the gate counts (the templates are tested with their
    senders, and test_kinds checks every optional one extends the base with the unsubscribe link)."""

    def render(template, context, language):
        link = context.get("unsubscribe_url", "")
        return f"Betreff {template}", f"Text {link}", f"<p>{link}</p>"

    monkeypatch.setattr(outbox, "render", render)


@pytest.mark.parametrize("name", OPTIONAL)
def test_each_optional_kind_honours_off_and_carries_the_unsubscribe_link(bare_render, volunteer, name):
    sent = outbox.send(name, volunteer.email, {}, user=volunteer)
    assert sent is not None
    url = sent.headers["List-Unsubscribe"].strip("<>")
    assert sent.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in sent.body_text
    assert url in sent.body_html
    NotificationPreference.objects.create(user=volunteer, kind=name, delivery="off")
    assert outbox.send(name, volunteer.email, {}, user=volunteer) is None
    assert OutgoingMail.objects.filter(kind=name).count() == 1


@pytest.mark.parametrize("name", REQUIRED)
def test_each_required_kind_goes_out_without_an_unsubscribe_link(bare_render, volunteer, name):
    NotificationPreference.objects.create(user=volunteer, kind=name, delivery="off")  # e.g. left from an old choice
    sent = outbox.send(name, volunteer.email, {}, user=volunteer)
    assert sent is not None
    assert sent.headers == {}
    assert sent.body_text == "Text "
