"""One name for a person wherever others see them: User.display_name (the volunteer profile's name, else the account
name, else the address before the @) — on team lists, offers, conversations and in mails."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from techpaten.conversations import services as conversation_services
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from tests import factories

ACCOUNT_NAME = "Annegret Kontoname"
SHOWN_NAME = "Anne aus Potsdam"


@pytest.fixture
def anne(db):
    user = factories.make_user("anne@example.org", name=ACCOUNT_NAME)
    factories.make_volunteer_profile(user, plz="14467", display_name=SHOWN_NAME)
    return user


def test_the_profile_name_comes_first_then_the_account_name_then_the_address(anne, db):
    assert anne.display_name == SHOWN_NAME
    plain = factories.make_user("bernd.b@example.org", name="Bernd Brot")
    assert plain.display_name == "Bernd Brot"
    assert factories.make_user("carla@example.org", name="").display_name == "carla"


def test_the_offer_page_and_the_offer_mail_show_the_profile_name(
    admin_client_, need, anne, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        offer = offer_services.make_offer(need, anne, "Ich kann helfen.")
    page = admin_client_.get(reverse("offers:detail", args=[offer.pk])).text
    assert SHOWN_NAME in page and ACCOUNT_NAME not in page
    (received,) = [m for m in mail.outbox if m.to == [org_admin.email]]
    assert SHOWN_NAME in received.body and ACCOUNT_NAME not in received.body


def test_the_conversation_and_its_mail_show_the_profile_name(
    admin_client_, need, anne, org_admin, django_capture_on_commit_callbacks
):
    offer = factories.make_offer(need, anne)
    with django_capture_on_commit_callbacks(execute=True):
        conversation_services.post_message(offer, anne, "Hallo, wann passt es Ihnen?")
    page = admin_client_.get(reverse("offers:detail", args=[offer.pk])).text
    assert "Hallo, wann passt es Ihnen?" in page
    assert SHOWN_NAME in page and ACCOUNT_NAME not in page
    told = [m for m in mail.outbox if m.to == [org_admin.email]]
    assert told and all(SHOWN_NAME in m.body and ACCOUNT_NAME not in m.body for m in told)


def test_the_team_list_shows_the_profile_name(admin_client_, need, anne, org_admin):
    offer_services.accept(factories.make_offer(need, anne), org_admin)
    engagement = Engagement.objects.get()
    page = admin_client_.get(reverse("engagements:detail", args=[engagement.pk])).text
    assert SHOWN_NAME in page and ACCOUNT_NAME not in page


def test_the_members_list_shows_the_profile_name_of_a_member_who_also_volunteers(admin_client_, organisation, anne):
    factories.add_member(organisation, anne)
    page = admin_client_.get(reverse("organisations:members", args=[organisation.slug])).text
    assert SHOWN_NAME in page and ACCOUNT_NAME not in page
