"""inventory:list and the hooks that lead there: the organisation page and the engagement page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from techpaten.engagements.models import Engagement
from tests.texts import de

from .helpers import engagement_with, list_url, make_service


def test_the_list_shows_running_services_with_due_and_overdue_badges(member_client, organisation):
    today = timezone.localdate()
    make_service(organisation, name="Nextcloud", next_update_check=today + timedelta(days=3))
    make_service(organisation, name="Webseite", tls_expires_on=today - timedelta(days=2), domain="kita.example")
    make_service(organisation, name="Alter Server", is_active=False)
    response = member_client.get(list_url(organisation))
    html = response.content.decode()
    assert response.status_code == 200
    assert [row["service"].name for row in response.context["rows"]] == ["Nextcloud", "Webseite"]
    assert 'class="tag maintenance-due"' in html and 'class="tag maintenance-overdue"' in html
    assert "kita.example" in html
    assert [s.name for s in response.context["retired"]] == ["Alter Server"]
    assert de("No longer running") in html


def test_a_date_later_than_two_weeks_gets_no_badge(member_client, organisation):
    make_service(organisation, restore_test_due=timezone.localdate() + timedelta(days=15))
    response = member_client.get(list_url(organisation))
    assert response.context["rows"][0]["attention"] == []
    assert "maintenance-" not in response.content.decode()


def test_an_empty_inventory_says_so(member_client, organisation):
    response = member_client.get(list_url(organisation))
    assert de("No services are recorded yet.") in response.content.decode()


def test_other_organisations_services_are_not_listed(member_client, organisation, other_organisation):
    make_service(other_organisation, name="Vereinsserver")
    response = member_client.get(list_url(organisation))
    assert response.context["rows"] == []
    assert "Vereinsserver" not in response.content.decode()


@pytest.mark.parametrize("rows", [1, 20])
def test_the_list_runs_a_constant_number_of_queries(
    client, organisation, need, volunteer, org_admin, django_assert_num_queries, rows
):
    engagement = engagement_with(need, volunteer, org_admin)
    today = timezone.localdate()
    for n in range(rows):
        make_service(organisation, name=f"Dienst {n:02}", engagement=engagement, next_update_check=today)
    client.force_login(volunteer)
    # session, user, organisation, membership, team check, services, team members, retired services, unread count
    with django_assert_num_queries(9):
        response = client.get(list_url(organisation))
    assert len(response.context["rows"]) == rows
    assert response.context["rows"][0]["team"] == [volunteer.display_name]


def test_members_find_the_inventory_on_the_organisation_page(client, organisation, org_member, other_member):
    url, page = list_url(organisation), reverse("organisations:detail", args=[organisation.slug])
    client.force_login(org_member)
    assert url in client.get(page).content.decode()
    client.force_login(other_member)
    assert url not in client.get(page).content.decode()


def test_the_engagement_page_lists_the_services_and_offers_to_add_one_for_the_team(
    client, organisation, need, volunteer, org_admin
):
    engagement = engagement_with(need, volunteer, org_admin)
    make_service(organisation, name="Nextcloud", tls_expires_on=timezone.localdate() - timedelta(days=1))
    client.force_login(volunteer)
    html = client.get(reverse("engagements:detail", args=[engagement.pk])).content.decode()
    assert de("Services (operations handbook)") in html
    assert "Nextcloud" in html and 'class="tag maintenance-overdue"' in html
    assert f"{reverse('inventory:create', args=[organisation.slug])}?engagement={engagement.pk}" in html


def test_a_team_whose_engagement_ended_sees_no_services_on_the_engagement_page(
    client, organisation, need, volunteer, org_admin
):
    engagement = engagement_with(need, volunteer, org_admin)
    make_service(organisation, name="Nextcloud")
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    client.force_login(volunteer)
    response = client.get(reverse("engagements:detail", args=[engagement.pk]))
    assert response.status_code == 200  # the engagement page stays open to its team
    assert de("Services (operations handbook)") not in response.content.decode()
