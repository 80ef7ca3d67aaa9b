"""Staff's queue: open reports oldest first, a page at a time, in a fixed number of queries; 404 for everybody else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from techpaten.moderation import services
from techpaten.moderation.models import Report
from tests import factories

STAFF_PAGES = ("moderation:queue", "moderation:audit", "moderation:suspended")


def make_reports(organisation, count: int) -> list[Report]:
    reports = []
    for number in range(count):
        need = factories.make_need(organisation, title=f"Bedarf {number:02}")
        reporter = factories.make_user(f"melder{number}@example.org")
        reports.append(services.report(reporter, "need", need, "spam"))
    return reports


@pytest.mark.parametrize("rows", [1, 20])
def test_the_queue_costs_the_same_at_1_and_20_reports(staff_client, organisation, rows, django_assert_num_queries):
    make_reports(organisation, rows)
    staff_client.get(reverse("moderation:queue"))  # warm the session and the MFA check

    with django_assert_num_queries(QUEUE_QUERIES):
        response = staff_client.get(reverse("moderation:queue"))

    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == rows


# session, user, MFA authenticator check, count, unread messages (navigation), the reports with their reporters
QUEUE_QUERIES = 6


def test_the_oldest_open_report_comes_first_and_closed_ones_are_gone(staff_client, staff, organisation):
    first, second, third = make_reports(organisation, 3)
    Report.objects.filter(pk=first.pk).update(created_at=timezone.now() + timedelta(minutes=5))
    services.act(third, staff, "dismiss", "Kein Verstoß")

    titles = [report.title for report in staff_client.get(reverse("moderation:queue")).context["page_obj"]]

    assert titles == [second.title, first.title]


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_the_staff_pages_are_404_for_everybody_else(volunteer_client, name):
    assert volunteer_client.get(reverse(name)).status_code == 404


def test_a_report_page_is_404_for_non_staff_and_their_post_changes_nothing(volunteer_client, volunteer, need):
    report = services.report(volunteer, "need", need, "spam")
    url = reverse("moderation:report_detail", args=[report.pk])

    assert volunteer_client.get(url).status_code == 404
    assert volunteer_client.post(url, {"action": "hide", "reason": "x"}).status_code == 404
    need.refresh_from_db()
    assert need.hidden_at is None


def test_the_audit_log_lists_who_did_what_and_why(staff_client, staff, need, volunteer):
    services.act(services.report(volunteer, "need", need, "spam"), staff, "hide", "Reine Werbung")

    page = staff_client.get(reverse("moderation:audit")).content.decode()

    assert "Reine Werbung" in page and need.title in page and staff.display_name in page
