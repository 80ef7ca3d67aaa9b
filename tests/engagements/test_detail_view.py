"""engagements:detail — the Patenschaft page for the organisation's members and the active team."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.engagements.models import Engagement, TeamMember
from techpaten.offers import services as offer_services

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
