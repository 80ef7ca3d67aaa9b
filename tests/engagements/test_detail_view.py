"""engagements:detail — the Patenschaft page for the organisation's members and the active team."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.volunteers.models import TeamMember

from .. import factories


def accepted(need, volunteer, org_admin) -> Engagement:
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get()


def url(engagement: Engagement) -> str:
    return reverse("engagements:detail", args=[engagement.pk])


def backup_warning() -> str:
    with translation.override("de"):
        return gettext(
            "No backup admin yet: if the only volunteer drops out, nobody can look after the services. "
            "Look for a second person."
        )


def test_the_team_sees_the_engagement_with_the_backup_warning(client, need, volunteer, org_admin):
    engagement = accepted(need, volunteer, org_admin)
    client.force_login(volunteer)
    response = client.get(url(engagement))
    html = response.content.decode()
    assert response.status_code == 200
    assert need.title in html and "Vera Volunteer" in html
    assert backup_warning().split(":")[0] in html


def test_members_see_it_and_the_warning_goes_with_a_second_volunteer(member_client, need, volunteer, org_admin):
    engagement = accepted(need, volunteer, org_admin)
    second = factories.make_user("kai@example.org", name="Kai")
    factories.make_volunteer_profile(second)
    offer_services.accept(factories.make_offer(need, second), org_admin)
    response = member_client.get(url(engagement))
    assert response.status_code == 200
    assert backup_warning().split(":")[0] not in response.content.decode()


def test_former_team_members_see_it_no_longer(client, need, volunteer, org_admin):
    from django.utils import timezone

    engagement = accepted(need, volunteer, org_admin)
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    client.force_login(volunteer)
    assert client.get(url(engagement)).status_code == 404


def test_outsiders_get_404_and_anonymous_visitors_are_sent_to_login(client, need, volunteer, org_admin, other_member):
    engagement = accepted(need, volunteer, org_admin)
    assert client.get(url(engagement)).url.startswith(reverse("account_login"))
    client.force_login(other_member)
    assert client.get(url(engagement)).status_code == 404


def test_the_accepted_offer_and_the_dashboard_link_to_it(client, need, volunteer, org_admin):
    engagement = accepted(need, volunteer, org_admin)
    client.force_login(volunteer)
    offer = need.offers.get()
    assert url(engagement) in client.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    assert url(engagement) in client.get(reverse("dashboard")).content.decode()


def add_history(engagement: Engagement, need, org_admin, n: int) -> None:
    """One more volunteer who joined and left with a handover, a need, an hours report and a paid work offer."""
    from techpaten.engagements.models import Handover, HoursReport, PaidWorkOffer

    helper = factories.make_user(f"helper{n}@example.org", name=f"Helfer {n}")
    factories.make_volunteer_profile(helper)
    offer_services.accept(factories.make_offer(need, helper), org_admin)
    other = factories.make_need(need.organisation, title=f"Bedarf {n}")
    offer_services.accept(factories.make_offer(other, helper), org_admin)
    HoursReport.objects.create(engagement=engagement, volunteer=helper, month=date(2026, n + 1, 1), hours=Decimal(2))
    PaidWorkOffer.objects.create(engagement=engagement, proposed_by=helper, scope="Arbeit", hours=3, rate_cents=4000)
    if n % 2:
        member = TeamMember.objects.get(user=helper)
        TeamMember.objects.filter(pk=member.pk).update(left_at=member.joined_at)
        Handover.objects.create(member=member, backups_verified=True)


def test_the_page_runs_the_same_queries_for_one_and_many_members_needs_and_reports(
    client, need, volunteer, org_admin, django_assert_num_queries
):
    engagement = accepted(need, volunteer, org_admin)
    add_history(engagement, need, org_admin, 1)
    client.force_login(volunteer)
    client.get(url(engagement))  # warm the session
    with CaptureQueriesContext(connection) as one:
        client.get(url(engagement))
    for n in range(2, 9):
        add_history(engagement, need, org_admin, n)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url(engagement))
    assert len(response.context["members"]) == 5 and len(response.context["former_members"]) == 4
    assert len(response.context["links"]) == 9 and len(response.context["months"]) == 8
    assert len(response.context["paid_work_offers"]) == 8


def test_the_page_shows_the_team_history_with_the_reason_for_leaving(member_client, need, volunteer, org_admin):
    from django.utils import timezone

    engagement = accepted(need, volunteer, org_admin)
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now(), leave_reason="Umzug nach Köln")
    html = member_client.get(url(engagement)).content.decode()
    with translation.override("de"):
        assert gettext("Former team members") in html
    assert "Vera Volunteer" in html and "Umzug nach Köln" in html


def test_the_page_title_is_plain_text(client, need, volunteer, org_admin):
    engagement = accepted(need, volunteer, org_admin)
    client.force_login(org_admin)
    html = client.get(url(engagement)).content.decode()
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title and need.organisation.name in title
    assert html.count('id="status-heading"') == 1
