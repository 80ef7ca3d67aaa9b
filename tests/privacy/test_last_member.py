"""The last member of an organisation deletes the account: the page lists what goes, the team is mailed, and the
organisation can be handed to a team volunteer or another person first (techpaten/privacy/last_member.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from techpaten.conversations.models import Message
from techpaten.costs.models import CostItem
from techpaten.engagements import work
from techpaten.engagements.models import Engagement, HoursReport
from techpaten.inventory.models import Service
from techpaten.offers import services as offer_services
from techpaten.organisations.models import Invitation, Membership, Organisation
from techpaten.privacy.models import AuditEvent
from tests import factories
from tests.conftest import login
from tests.costs.conftest import make_item
from tests.inventory.helpers import make_service
from tests.texts import de, shown

from .conftest import reauthenticate
from .test_delete_account import URL, delete


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    """Anna is the Kita's only member; Vera's team looks after it, with hours, a service, a cost item, a message."""
    offer = factories.make_offer(need, volunteer)
    Message.objects.create(offer=offer, author=volunteer, body="Der Server läuft.")
    offer_services.accept(offer, org_admin)
    engagement = Engagement.objects.get(organisation=need.organisation)
    work.report_hours(engagement, volunteer, timezone.localdate(), Decimal("2.5"))
    make_service(need.organisation, engagement=engagement)
    make_item(need.organisation, engagement)
    return engagement


def de_plural(singular: str, plural: str, count: int) -> str:
    with translation.override("de"):
        return ngettext(singular, plural, count) % {"count": count}


def hand_over_url(organisation: Organisation) -> str:
    return reverse("privacy:hand_over", args=[organisation.slug])


def test_the_confirmation_page_lists_everything_that_goes_and_offers_the_team_volunteer(
    admin_client_, engagement, volunteer, organisation
):
    response = admin_client_.get(URL)
    assert response.status_code == 200
    for text in [
        de("%(name)s is deleted with your account", name=organisation.name),
        de("the engagement with the volunteer team (%(status)s)", status=de("active")),
        "2,5",  # hours, in German
        de("Invite %(name)s from the team as admin", name=volunteer.display_name),
    ]:
        assert shown(response, text), text
    for singular, plural in [
        (
            "%(count)s service in the inventory (Betriebshandbuch), with where the credentials are kept",
            "%(count)s services in the inventory (Betriebshandbuch), with where the credentials are kept",
        ),
        ("%(count)s cost item", "%(count)s cost items"),
        ("%(count)s offer of help", "%(count)s offers of help"),
        ("%(count)s message", "%(count)s messages"),
        ("We tell the volunteer of the team by e-mail.", "We tell the %(count)s volunteers of the team by e-mail."),
    ]:
        assert shown(response, de_plural(singular, plural, 1)), singular
    html = response.content.decode()
    assert volunteer.email not in html  # the volunteer is offered by name; the address stays hidden
    assert 'name="confirm"' in html  # deleting stays possible


def test_deleting_mails_the_team_in_its_language_and_takes_the_organisation_along(
    admin_client_, engagement, volunteer, organisation, django_capture_on_commit_callbacks
):
    volunteer.language = "en"
    volunteer.save()
    reauthenticate(admin_client_)
    with django_capture_on_commit_callbacks(execute=True):
        assert delete(admin_client_).status_code == 302
    told = [message for message in mail.outbox if message.to == [volunteer.email]]
    assert [message.subject for message in told] == [f"{organisation.name} has been deleted from Techpaten"]
    assert "hours reported, the service inventory, the cost items" in told[0].body
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    assert not Engagement.objects.exists() and not HoursReport.objects.exists()
    assert not Service.objects.exists() and not CostItem.objects.exists()
    assert AuditEvent.objects.get(kind=AuditEvent.Kind.ACCOUNT_DELETED).details["team_volunteers_told"] == 1


def test_a_former_team_of_an_ended_engagement_is_neither_offered_nor_told(
    admin_client_, engagement, volunteer, django_capture_on_commit_callbacks
):
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    assert not shown(admin_client_.get(URL), de("Invite %(name)s from the team as admin", name=volunteer.display_name))
    reauthenticate(admin_client_)
    with django_capture_on_commit_callbacks(execute=True):
        delete(admin_client_)
    assert not [message for message in mail.outbox if message.to == [volunteer.email]]


def test_handing_over_to_a_team_volunteer_invites_them_as_admin_and_then_the_organisation_stays(
    admin_client_, engagement, volunteer, org_admin, organisation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(hand_over_url(organisation), {"volunteer": str(volunteer.pk)}, follow=True)
    assert shown(response, de("We have invited %(name)s to be an admin of %(organisation)s. Once the invitation is "
                              "accepted, the organisation stays when you delete your account.",
                              name=volunteer.display_name, organisation=organisation.name))  # fmt: skip
    invitation = Invitation.objects.get(organisation=organisation)
    assert (invitation.email, invitation.role) == (volunteer.email, Membership.Role.ADMIN)
    assert [message.to for message in mail.outbox] == [[volunteer.email]]
    assert shown(admin_client_.get(URL), de("An admin invitation is waiting to be accepted."))
    # Vera accepts; Anna's account can go, the Kita and its engagement stay with Vera as admin.
    login(Client(), volunteer).post(reverse("organisations:accept_invitation", args=[invitation.token]))
    reauthenticate(admin_client_)
    delete(admin_client_)
    assert Membership.objects.get(organisation=organisation).user == volunteer
    assert Engagement.objects.filter(pk=engagement.pk).exists()


def test_handing_over_to_another_address_sends_an_admin_invitation(admin_client_, engagement, organisation):
    admin_client_.post(hand_over_url(organisation), {"email": "nachfolge@kita.example"})
    invitation = Invitation.objects.get(organisation=organisation)
    assert (invitation.email, invitation.role) == ("nachfolge@kita.example", Membership.Role.ADMIN)


def test_only_a_volunteer_of_the_live_team_can_be_named(admin_client_, engagement, other_member, organisation):
    response = admin_client_.post(hand_over_url(organisation), {"volunteer": str(other_member.pk)}, follow=True)
    assert shown(response, de("This volunteer is not on a team of the organisation (any more)."))
    assert not Invitation.objects.exists()


def test_an_empty_or_invalid_hand_over_writes_nothing_and_says_why(admin_client_, engagement, organisation):
    response = admin_client_.post(hand_over_url(organisation), {"email": ""}, follow=True)
    assert shown(response, de("Please enter the e-mail address of the person who should take over."))
    admin_client_.post(hand_over_url(organisation), {"email": "keine-adresse"})
    assert not Invitation.objects.exists()


def test_hand_over_is_only_for_an_organisation_the_person_would_take_along(
    org_member, other_member, organisation, engagement
):
    # The Kita has two members here: the plain member's account does not take it along.
    for person in (org_member, other_member):
        response = login(Client(), person).post(hand_over_url(organisation), {"email": "x@example.org"})
        assert response.status_code == 404
    response = Client().post(hand_over_url(organisation), {"email": "x@example.org"})
    assert response["Location"].startswith(reverse("account_login"))
    assert not Invitation.objects.exists()
