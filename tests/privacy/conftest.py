"""A volunteer with something in every data category, and other people's data right next to it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.mail.models import OutgoingMail
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation, Organisation

from .. import factories


@dataclass
class World:
    volunteer: User
    offer: Offer
    own_message: Message
    their_message: Message
    other_offer: Offer
    other_volunteer: User
    verein: Organisation
    need_written: Need
    mail_to_volunteer: OutgoingMail


@pytest.fixture
def world(need, volunteer, org_admin, org_member, other_member, other_organisation) -> World:
    """Vera (the volunteer) offered help to the Kita and talks with Anna; Theo offered too. Vera is also a member of
    Otto's Sportverein, wrote a need there and has a mail waiting."""
    offer = factories.make_offer(need, volunteer, message="Ich kann Nextcloud, Veras Angebot.")
    own = Message.objects.create(offer=offer, author=volunteer, body="Vera schreibt: Passt Dienstag?")
    theirs = Message.objects.create(offer=offer, author=org_admin, body="Anna antwortet: Dienstag passt.")
    theo = factories.make_user("theo.third@example.org", name="Theo Dritter")
    factories.make_volunteer_profile(theo, display_name="Theo")
    other_offer = factories.make_offer(need, theo, message="Theos geheimes Angebot.")
    Message.objects.create(offer=other_offer, author=theo, body="Theo fragt etwas anderes.")
    factories.add_member(other_organisation, volunteer)
    Invitation.objects.create(
        organisation=other_organisation, email=volunteer.email, invited_by=other_member, accepted_at=timezone.now()
    )
    written = factories.make_need(other_organisation, title="Vereinsdrucker einrichten", created_by=volunteer)
    mail = OutgoingMail.objects.create(
        kind="mail/offer_accepted", to=volunteer.email, language="de", subject="Betreff an Vera", body_text="Text"
    )
    return World(volunteer, offer, own, theirs, other_offer, theo, other_organisation, written, mail)


def reauthenticate(client: Client) -> None:
    """Confirm the password again, as allauth asks before deleting the account."""
    response = client.post(reverse("account_reauthenticate"), {"password": factories.PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
