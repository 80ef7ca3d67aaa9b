"""What the start page and the navigation link to: staff find the moderation queue (with the number of open reports)
without typing its address; a volunteer finds their saved searches; everybody finds the notification settings."""

from __future__ import annotations

from django.urls import reverse

from techpaten.moderation import services
from tests import factories
from tests.conftest import login
from tests.texts import de, shown

QUEUE = reverse("moderation:queue")


def test_staff_find_the_moderation_queue_in_the_navigation_and_on_the_start_page(staff_client, organisation):
    for number in range(2):
        need = factories.make_need(organisation, title=f"Bedarf {number}")
        services.report(factories.make_user(f"melder{number}@example.org"), "need", need, "spam")

    home = staff_client.get(reverse("home"))
    start = staff_client.get(reverse("dashboard"))

    assert f'href="{QUEUE}"' in home.text
    assert f'href="{QUEUE}"' in start.text
    assert reverse("moderation:audit") in start.text
    assert "2 " in start.text and 'id="staff-work"' in start.text


def test_others_see_no_moderation_link(volunteer_client, admin_client_):
    for client in (volunteer_client, admin_client_):
        assert QUEUE not in client.get(reverse("dashboard")).text
        assert QUEUE not in client.get(reverse("home")).text


def test_anonymous_pages_ask_nothing_about_moderation(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):  # the imprint's own text; the navigation asks nothing of an anonymous visitor
        response = client.get(reverse("imprint"))
    assert QUEUE not in response.text


def test_a_volunteer_finds_saved_searches_and_notification_settings(volunteer_client):
    text = volunteer_client.get(reverse("dashboard")).text

    assert f'href="{reverse("alerts:list")}"' in text
    assert f'href="{reverse("account_notifications")}"' in text


def test_an_organisation_member_finds_notification_settings_too(client, org_member):
    login(client, org_member)
    response = client.get(reverse("dashboard"))

    assert f'href="{reverse("account_notifications")}"' in response.text
    assert shown(response, de("Notification settings"))
