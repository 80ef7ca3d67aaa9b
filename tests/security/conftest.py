"""One small world for the security tests: every persona, and one object of each kind that belongs to somebody."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY as AUTHENTICATION_METHODS
from allauth.mfa.models import Authenticator
from django.test import Client

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.engagements.services import join_from_accepted_offer
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation, Membership, Organisation
from techpaten.volunteers.models import VolunteerProfile
from tests import factories

# allauth's record of how the person logged in (allauth.account.internal.flows.login).
AUTHENTICATION_METHODS_USER = "account_authentication_methods_user"

# The personas of the permission matrix, in the order of its columns.
PERSONAS = ("anonymous", "volunteer", "member", "admin", "outsider", "staff", "reviewer")

# Strings that identify private data, unique in the whole world so a page cannot show them by accident.
CONTACT_EMAIL = "leitung.privat@kita-sonnenschein.example"
CONTACT_PHONE = "+49 30 98765432"
CONTACT_ADDRESS = "Geheimweg 7, 10115 Berlin"
OFFER_TEXT = "Angebotstext nur für Beteiligte: ich richte Nextcloud ein."
MESSAGE_TEXT = "Nachricht nur für Beteiligte: das WLAN-Passwort kommt per Telefon."


@dataclass
class World:
    users: dict[str, User | None]
    organisation: Organisation
    other_organisation: Organisation
    need: Need
    offer: Offer
    message: Message
    invitation: Invitation
    membership: Membership  # the plain member's, so an admin could remove it
    profile: VolunteerProfile
    authenticator: Authenticator  # staff's authenticator app: nobody else may touch it by its number

    def client(self, persona: str, **kwargs: object) -> Client:
        """A fresh client logged in as the persona, who has just confirmed the password (anonymous: not logged in).

        allauth asks for the password again before sensitive pages (MFA, deleting the account) unless it was
        confirmed within ACCOUNT_REAUTHENTICATION_TIMEOUT; so the matrix sees the access decision behind that.
        """
        client = Client(**kwargs)  # type: ignore[arg-type]
        user = self.users[persona]
        if user is not None:
            client.force_login(user)
            session = client.session
            session[AUTHENTICATION_METHODS_USER] = str(user.pk)
            session[AUTHENTICATION_METHODS] = [{"method": "password", "at": time.time(), "reauthenticated": True}]
            session.save()
        return client


@pytest.fixture
def world(db, organisation, org_admin, org_member, other_member, other_organisation, volunteer, staff, reviewer, need):
    organisation.contact_email = CONTACT_EMAIL
    organisation.contact_phone = CONTACT_PHONE
    organisation.contact_address = CONTACT_ADDRESS
    organisation.save()
    offer = factories.make_offer(need, volunteer, message=OFFER_TEXT)
    message = Message.objects.create(offer=offer, author=volunteer, body=MESSAGE_TEXT)
    invitation = Invitation.objects.create(organisation=organisation, email="neu@kita.example", invited_by=org_admin)
    teammate = factories.make_user("theo.team@example.org", name="Theo Team")
    factories.make_volunteer_profile(teammate, plz="10115")
    website = factories.make_need(organisation, title="Webseite für den Förderverein", created_by=org_admin)
    # The organisation's Patenschaft, with a team the volunteer persona is not on (their offer is still pending).
    join_from_accepted_offer(factories.make_offer(website, teammate, status=Offer.Status.ACCEPTED))
    return World(
        users={
            "anonymous": None,
            "volunteer": volunteer,
            "member": org_member,
            "admin": org_admin,
            "outsider": other_member,
            "staff": staff,
            "reviewer": reviewer,
        },
        organisation=organisation,
        other_organisation=other_organisation,
        need=need,
        offer=offer,
        message=message,
        invitation=invitation,
        membership=Membership.objects.get(user=org_member, organisation=organisation),
        profile=volunteer.volunteer_profile,
        authenticator=Authenticator.objects.get(user=staff, type=Authenticator.Type.TOTP),
    )
