"""offers:create — a volunteer offers help on a visible, open need."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories
from ..conftest import login

MESSAGE = "Ich richte Nextcloud ein und erkläre es dem Team in zwei Terminen."


def url(need: Need) -> str:
    return reverse("offers:create", args=[need.pk])


def test_the_form_shows_the_need(volunteer_client, need):
    response = volunteer_client.get(url(need))
    assert response.status_code == 200
    assert need.title in response.content.decode()
    assert 'name="message"' in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, need):
    response = client.get(url(need))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    response = client.post(url(need), {"message": MESSAGE})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Offer.objects.count() == 0


@pytest.mark.parametrize("status", [Need.Status.DRAFT, Need.Status.CLOSED])
def test_drafts_and_closed_needs_are_not_found(volunteer_client, organisation, status):
    need = factories.make_need(organisation, status=status)
    assert volunteer_client.get(url(need)).status_code == 404
    assert volunteer_client.post(url(need), {"message": MESSAGE}).status_code == 404
    assert Offer.objects.count() == 0


def test_an_unknown_need_is_not_found(volunteer_client, db):
    assert volunteer_client.get(reverse("offers:create", args=[999999])).status_code == 404


def test_without_a_volunteer_profile_one_is_asked_to_create_it_first(outsider_client, need):
    response = outsider_client.get(url(need))
    expected = reverse("volunteers:edit_profile") + "?" + urlencode({"next": url(need)})
    assert response.status_code == 302
    assert response.url == expected
    stored = [str(m) for m in response.wsgi_request._messages]
    assert stored == [de("Please create your volunteer profile first: the organisation sees it with your offer.")]
    assert outsider_client.post(url(need), {"message": MESSAGE}).url == expected
    assert Offer.objects.count() == 0


def test_sending_an_offer_creates_it_and_tells_the_admins(
    volunteer_client, volunteer, need, org_admin, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(url(need), {"message": MESSAGE, "hours_per_month": "6"}, follow=True)
    offer = Offer.objects.get()
    assert (offer.volunteer, offer.need, offer.message, offer.hours_per_month) == (volunteer, need, MESSAGE, 6)
    assert response.redirect_chain == [(reverse("offers:detail", args=[offer.pk]), 302)]
    assert shown(response, de("Your offer has been sent. The organisation will get back to you."))
    assert [m.to for m in mail.outbox] == [[org_admin.email]]


def test_hours_are_optional(volunteer_client, need):
    volunteer_client.post(url(need), {"message": MESSAGE, "hours_per_month": ""})
    assert Offer.objects.get().hours_per_month is None


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"message": ""}, "message", "Please write a few sentences about how you would help."),
        ({"message": "   "}, "message", "Please write a few sentences about how you would help."),
        (
            {"message": "Kann helfen."},
            "message",
            "Please write a little more (at least %(limit_value)d characters) about how you would help.",
        ),
        ({"message": MESSAGE, "hours_per_month": "0"}, "hours_per_month", None),
        ({"message": MESSAGE, "hours_per_month": "viel"}, "hours_per_month", None),
    ],
)
def test_bad_input_shows_a_clear_error_and_writes_nothing(volunteer_client, need, data, field, error):
    response = volunteer_client.post(url(need), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    if error:
        text = de(error, limit_value=20) if "%(limit_value)d" in error else de(error)
        assert text in response.context["form"].errors[field]
        assert shown(response, text)
    assert Offer.objects.count() == 0
    assert mail.outbox == []


def test_a_broken_rule_is_shown_as_a_form_error_and_writes_nothing(volunteer_client, volunteer, organisation):
    for _ in range(settings.OFFER_MAX_PENDING):
        factories.make_offer(factories.make_need(organisation), volunteer)
    need = factories.make_need(organisation)
    response = volunteer_client.post(url(need), {"message": MESSAGE})
    assert response.status_code == 200
    text = de(
        "You already have %(count)d offers waiting for an answer. Wait for an answer or withdraw one first.",
        count=settings.OFFER_MAX_PENDING,
    )
    assert response.context["form"].non_field_errors() == [text]
    assert shown(response, text)
    assert not need.offers.exists()


def test_a_second_offer_on_the_same_need_is_refused(volunteer_client, volunteer, need):
    factories.make_offer(need, volunteer)
    response = volunteer_client.post(url(need), {"message": MESSAGE})
    assert shown(response, de("You have already offered help on this need."))
    assert need.offers.count() == 1


def test_members_cannot_offer_help_to_their_own_organisation(client, org_member, need):
    factories.make_volunteer_profile(org_member)
    response = login(client, org_member).post(url(need), {"message": MESSAGE})
    text = de("You are a member of this organisation; you cannot offer help to yourselves.")
    assert shown(response, text)
    assert Offer.objects.count() == 0


def test_a_matched_need_is_visible_but_takes_no_offers(volunteer_client, organisation):
    need = factories.make_need(organisation, status=Need.Status.MATCHED)
    response = volunteer_client.post(url(need), {"message": MESSAGE})
    assert response.status_code == 200
    assert shown(response, de("This need does not take offers at the moment."))
    assert Offer.objects.count() == 0
