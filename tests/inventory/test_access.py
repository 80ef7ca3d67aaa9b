"""Who sees the inventory: the organisation's members and the team of an active or paused engagement; others 404."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from techpaten.engagements.models import Engagement
from techpaten.volunteers.models import TeamMember

from .. import factories
from .helpers import detail_url, engagement_with, list_url, make_service


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    return engagement_with(need, volunteer, org_admin)


@pytest.fixture
def service(organisation, engagement):
    return make_service(organisation, engagement=engagement)


def pages(service) -> list[str]:
    slug = service.organisation.slug
    return [
        list_url(service.organisation),
        reverse("inventory:create", args=[slug]),
        reverse("inventory:handbook", args=[slug]),
        reverse("inventory:handbook_markdown", args=[slug]),
        detail_url(service),
        reverse("inventory:edit", args=[service.pk]),
    ]


def statuses(client, service) -> set[int]:
    return {client.get(url).status_code for url in pages(service)}


def test_members_admins_and_the_active_team_see_every_page(client, service, org_admin, org_member, volunteer):
    for user in (org_admin, org_member, volunteer):
        client.force_login(user)
        assert statuses(client, service) == {200}, user


@pytest.mark.parametrize("status", [Engagement.Status.ACTIVE, Engagement.Status.PAUSED])
def test_the_team_of_an_active_or_paused_engagement_sees_it(client, service, engagement, volunteer, status):
    Engagement.objects.filter(pk=engagement.pk).update(status=status)
    client.force_login(volunteer)
    assert statuses(client, service) == {200}


def test_the_team_of_an_ended_engagement_no_longer_sees_it(client, service, engagement, volunteer):
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED, ended_at=timezone.now())
    client.force_login(volunteer)
    assert statuses(client, service) == {404}


def test_a_volunteer_who_left_the_team_no_longer_sees_it(client, service, volunteer):
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    client.force_login(volunteer)
    assert statuses(client, service) == {404}


def test_outsiders_staff_and_a_volunteer_with_a_pending_offer_get_404(client, service, need, other_member, staff):
    pending = factories.make_user("paul.pending@example.org")
    factories.make_volunteer_profile(pending)
    factories.make_offer(need, pending)
    for user in (other_member, staff, pending):
        client.force_login(user)
        assert statuses(client, service) == {404}, user


def test_the_team_of_another_organisation_does_not_see_this_one(client, service, other_organisation, other_member):
    stranger = factories.make_user("stella@example.org")
    factories.make_volunteer_profile(stranger)
    other_need = factories.make_need(other_organisation)
    engagement_with(other_need, stranger, other_member)
    client.force_login(stranger)
    assert statuses(client, service) == {404}


def test_anonymous_visitors_are_sent_to_the_login(client, service):
    for url in pages(service):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_an_unknown_organisation_or_service_is_404(member_client):
    assert member_client.get(reverse("inventory:list", args=["nobody-here"])).status_code == 404
    assert member_client.get(reverse("inventory:detail", args=[99999])).status_code == 404
