"""Hours reports: the team reports hours per month; the page lists them with a monthly total."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from techpaten.engagements.models import Engagement, HoursReport
from tests.texts import de, shown

from .helpers import accept, make_volunteer, url


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    return accept(need, volunteer, org_admin)


def this_month() -> date:
    return timezone.localdate().replace(day=1)


def test_a_team_member_reports_hours_for_a_month(volunteer_client, engagement, volunteer):
    month = this_month()
    response = volunteer_client.post(
        url("report_hours", engagement),
        {"month": month.strftime("%Y-%m"), "hours": "2.5", "note": "Updates"},
        follow=True,
    )
    assert shown(response, de("Thank you! Your hours have been recorded."))
    report = HoursReport.objects.get()
    assert (report.month, report.hours, report.note, report.volunteer) == (month, Decimal("2.5"), "Updates", volunteer)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"hours": "0.4"}, "hours"),
        ({"hours": "200.5"}, "hours"),
        ({"hours": ""}, "hours"),
        ({"month": "März"}, "month"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(volunteer_client, engagement, data, field):
    response = volunteer_client.post(
        url("report_hours", engagement), {"month": this_month().strftime("%Y-%m"), "hours": "3", **data}
    )
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not HoursReport.objects.exists()


def test_a_future_month_is_refused(volunteer_client, engagement):
    future = (this_month().replace(day=28) + timedelta(days=10)).strftime("%Y-%m")
    response = volunteer_client.post(url("report_hours", engagement), {"month": future, "hours": "3"})
    assert shown(response, de("Please choose this month or an earlier one."))
    assert not HoursReport.objects.exists()


def test_the_page_lists_reports_with_monthly_totals(client, engagement, need, volunteer, org_admin, org_member):
    kai = make_volunteer("kai@example.org", "Kai")
    accept(need, kai, org_admin)
    month = this_month()
    HoursReport.objects.create(engagement=engagement, volunteer=volunteer, month=month, hours=Decimal("2.5"))
    HoursReport.objects.create(engagement=engagement, volunteer=kai, month=month, hours=Decimal("4"))
    client.force_login(org_member)
    response = client.get(url("detail", engagement))
    [entry] = response.context["months"]
    assert entry.total == Decimal("6.5")
    assert "6,5" in response.content.decode()
    assert 'name="hours"' not in response.content.decode()  # the organisation does not report hours


def test_one_deletes_ones_own_report_only(client, engagement, need, volunteer, org_admin):
    kai = make_volunteer("kai@example.org", "Kai")
    accept(need, kai, org_admin)
    mine = HoursReport.objects.create(engagement=engagement, volunteer=volunteer, month=this_month(), hours=3)
    theirs = HoursReport.objects.create(engagement=engagement, volunteer=kai, month=this_month(), hours=3)
    client.force_login(volunteer)
    response = client.post(url("delete_hours", engagement, report_pk=mine.pk), follow=True)
    assert shown(response, de("Your hours report has been deleted."))
    assert client.post(url("delete_hours", engagement, report_pk=theirs.pk)).status_code == 403
    assert client.get(url("delete_hours", engagement, report_pk=theirs.pk)).status_code == 405
    assert list(HoursReport.objects.all()) == [theirs]


def test_a_month_before_the_engagement_started_is_refused(volunteer_client, engagement):
    response = volunteer_client.post(url("report_hours", engagement), {"month": "2020-01", "hours": "3"})
    assert shown(response, de("Please choose a month since the engagement started."))
    assert not HoursReport.objects.exists()


def test_only_the_team_reports(client, engagement, org_admin, other_member):
    data = {"month": this_month().strftime("%Y-%m"), "hours": "3"}
    assert client.post(url("report_hours", engagement), data).status_code == 302  # to the login page
    for user, code in ((org_admin, 403), (other_member, 404)):
        client.force_login(user)
        assert client.post(url("report_hours", engagement), data).status_code == code
    assert not HoursReport.objects.exists()
