"""Changing a need's status through needs:change_status (POST only, members, rules in needs.services)."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from tests import factories


def url(need: Need) -> str:
    return reverse("needs:change_status", args=[need.pk])


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    ("start", "action", "end"),
    [
        (Need.Status.DRAFT, "publish", Need.Status.OPEN),
        (Need.Status.OPEN, "mark_matched", Need.Status.MATCHED),
        (Need.Status.MATCHED, "reopen", Need.Status.OPEN),
        (Need.Status.CLOSED, "reopen", Need.Status.OPEN),
        (Need.Status.OPEN, "close", Need.Status.CLOSED),
        (Need.Status.DRAFT, "close", Need.Status.CLOSED),
    ],
)
def test_a_member_changes_the_status(member_client, organisation, start, action, end):
    need = factories.make_need(organisation, status=start)
    response = member_client.post(url(need), {"action": action})
    assert response.status_code == 302
    assert response.url == reverse("needs:detail", args=[need.pk])
    need.refresh_from_db()
    assert need.status == end
    assert (need.closed_at is not None) == (end == Need.Status.CLOSED)
    assert need.published_at is not None or end != Need.Status.OPEN


def test_closing_closes_waiting_offers(admin_client_, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    admin_client_.post(url(need), {"action": "close"})
    offer.refresh_from_db()
    assert offer.status == Offer.Status.NEED_CLOSED


def test_an_action_the_status_does_not_allow_writes_nothing_and_says_why(member_client, need):
    before = Need.objects.values().get(pk=need.pk)
    response = member_client.post(url(need), {"action": "publish"}, follow=True)
    assert Need.objects.values().get(pk=need.pk) == before
    with translation.override("de"):
        expected = gettext("This need has changed in the meantime. Please reload the page.")
    assert expected in messages_of(response)


def test_an_unknown_action_writes_nothing(member_client, need):
    response = member_client.post(url(need), {"action": "delete"}, follow=True)
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN
    with translation.override("de"):
        assert gettext("This action is not known.") in messages_of(response)


def test_only_post_changes_the_status(member_client, need):
    assert member_client.get(url(need), {"action": "close"}).status_code == 405
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN


def test_an_outsider_cannot_change_the_status(outsider_client, need):
    assert outsider_client.post(url(need), {"action": "close"}).status_code == 404
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN


def test_a_volunteer_cannot_change_the_status(volunteer_client, need):
    assert volunteer_client.post(url(need), {"action": "mark_matched"}).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in_to_change_the_status(client, need):
    response = client.post(url(need), {"action": "close"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN


def test_a_closed_need_is_no_longer_listed(member_client, client, need):
    member_client.post(url(need), {"action": "close"})
    member_client.logout()
    assert list(client.get(reverse("needs:list")).context["page_obj"]) == []
    assert client.get(reverse("needs:detail", args=[need.pk])).status_code == 404
