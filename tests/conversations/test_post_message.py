"""conversations:post — the volunteer and the organisation write to each other on an open offer."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from techpaten.conversations import services
from techpaten.conversations.models import Message
from techpaten.core.rules import RuleViolation
from techpaten.mail.models import OutgoingMail
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories
from ..offers.helpers import subject

BODY = "Hallo! Passt Ihnen Dienstag um 10 Uhr für ein erstes Kennenlernen?"


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def url(offer: Offer) -> str:
    return reverse("conversations:post", args=[offer.pk])


def test_the_volunteer_writes_and_every_member_is_told_without_the_text(
    volunteer_client, offer, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(url(offer), {"body": BODY}, follow=True)
    assert response.redirect_chain == [(reverse("offers:detail", args=[offer.pk]) + "#conversation", 302)]
    assert shown(response, de("Your message has been sent."))
    message = Message.objects.get()
    assert (message.offer, message.author, message.body) == (offer, volunteer, BODY)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([org_admin.email, org_member.email])
    link = f"/offers/{offer.pk}/"
    for sent in mail.outbox:
        assert link in sent.body
        assert link in sent.alternatives[0][0]
        assert "Dienstag" not in sent.body
        assert "Dienstag" not in sent.alternatives[0][0]
        assert "Dienstag" not in sent.subject


def test_a_member_writes_and_only_the_volunteer_is_told(
    member_client, offer, volunteer, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(url(offer), {"body": BODY})
    assert Message.objects.get().author == org_member
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert "Dienstag" not in mail.outbox[0].body


def test_each_recipient_gets_the_mail_in_their_language(
    volunteer_client, offer, org_admin, org_member, django_capture_on_commit_callbacks
):
    org_member.language = "en"
    org_member.save()
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(url(offer), {"body": BODY})
    languages = dict(OutgoingMail.objects.values_list("to", "language"))
    assert languages == {org_admin.email: "de", org_member.email: "en"}
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[org_member.email] == subject("mail/new_message", "en", need=offer.need)
    assert subjects[org_admin.email] == subject("mail/new_message", "de", need=offer.need)
    assert subjects[org_member.email] == f"New message about “{offer.need.title}”"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("", "Please write a message before sending."),
        ("   \n ", "Please write a message before sending."),
    ],
)
def test_an_empty_message_is_refused_with_a_clear_error(volunteer_client, offer, body, error):
    response = volunteer_client.post(url(offer), {"body": body})
    assert response.status_code == 200
    assert shown(response, de(error))
    assert Message.objects.count() == 0
    assert mail.outbox == []


def test_a_too_long_message_is_refused_and_the_text_is_kept(volunteer_client, offer):
    body = "x" * 5001
    response = volunteer_client.post(url(offer), {"body": body})
    assert response.status_code == 200
    text = de(
        "Your message is too long: at most %(limit_value)d characters, you wrote %(show_value)d.",
        limit_value=5000,
        show_value=5001,
    )
    assert response.context["message_form"].errors["body"] == [text]
    assert shown(response, text)
    assert body in response.content.decode()
    assert Message.objects.count() == 0


@pytest.mark.parametrize("status", ["declined", "withdrawn", "expired"])
def test_a_finished_offer_takes_no_more_messages(volunteer_client, need, volunteer, status):
    offer = factories.make_offer(need, volunteer, status=status)
    response = volunteer_client.post(url(offer), {"body": BODY})
    assert response.status_code == 200
    assert shown(response, de("This conversation is closed because the offer is no longer open."))
    assert Message.objects.count() == 0
    assert mail.outbox == []


def test_an_accepted_offer_still_takes_messages(admin_client_, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
    admin_client_.post(url(offer), {"body": BODY})
    assert Message.objects.filter(offer=offer).count() == 1


@pytest.mark.parametrize("persona", ["outsider_client", "staff_client"])
def test_outsiders_get_not_found(offer, persona, request):
    assert request.getfixturevalue(persona).post(url(offer), {"body": BODY}).status_code == 404
    assert Message.objects.count() == 0


def test_an_unknown_offer_is_not_found(volunteer_client, db):
    assert volunteer_client.post(reverse("conversations:post", args=[999999]), {"body": BODY}).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, offer):
    response = client.post(url(offer), {"body": BODY})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Message.objects.count() == 0


def test_reading_is_not_writing(volunteer_client, offer):
    assert volunteer_client.get(url(offer)).status_code == 405


# The service on its own ---------------------------------------------------------------------------------------


def test_the_service_refuses_people_outside_the_conversation(offer, other_member):
    with pytest.raises(RuleViolation):
        services.post_message(offer, other_member, BODY)
    assert Message.objects.count() == 0


def test_the_service_rechecks_the_status_in_the_database(offer, volunteer):
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.WITHDRAWN)  # withdrawn in another tab
    with pytest.raises(RuleViolation) as caught:
        services.post_message(offer, volunteer, BODY)
    assert caught.value.messages == [de("This conversation is closed because the offer is no longer open.")]
    assert Message.objects.count() == 0


def test_the_service_refuses_empty_and_too_long_texts(offer, volunteer):
    with pytest.raises(RuleViolation):
        services.post_message(offer, volunteer, "  ")
    with pytest.raises(RuleViolation), translation.override("de"):
        services.post_message(offer, volunteer, "x" * 5001)
    assert Message.objects.count() == 0


def test_inactive_accounts_and_the_author_get_no_mail(offer, volunteer, org_admin, org_member):
    org_member.is_active = False
    org_member.save()
    services.post_message(offer, volunteer, BODY)
    assert list(OutgoingMail.objects.values_list("to", flat=True)) == [org_admin.email]
