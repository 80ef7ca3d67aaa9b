"""costs:engagement and the costs section of the engagement page — for the engagement's participants only."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements.models import Engagement
from techpaten.inventory.models import Service
from techpaten.volunteers.models import TeamMember

from .. import factories
from .conftest import make_item, make_pledge, share


def url(engagement) -> str:
    return reverse("costs:engagement", args=[engagement.pk])


def test_the_team_sees_the_items_with_services_split_and_totals(
    team_client, engagement, organisation, other_organisation
):
    partner = Engagement.objects.create(organisation=other_organisation, team=engagement.team)
    server = make_item(organisation, engagement, amount_cents=1000, covered_by=CostItem.CoveredBy.OPEN)
    server.services.add(Service.objects.create(organisation=organisation, name="Nextcloud für die Eltern"))
    share(server, organisation, 1)
    share(server, other_organisation, 1)
    make_item(
        organisation,
        engagement,
        description="kita.de",
        kind="domain",
        amount_cents=1200,
        period="year",
        covered_by=CostItem.CoveredBy.VOLUNTEER,
    )
    make_item(organisation, engagement, description="Alter Speicher", is_active=False)
    # An item of the partner's engagement the Kita shares in shows up too.
    mail = make_item(
        other_organisation, partner, description="Mailpostfächer", amount_cents=300, covered_by=CostItem.CoveredBy.OPEN
    )
    share(mail, other_organisation, 2)
    share(mail, organisation, 1)
    response = team_client.get(url(engagement))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nextcloud für die Eltern" in html and "Sportverein Nord" in html and "Mailpostfächer" in html
    assert "Alter Speicher" in html  # listed, marked as no longer running, not counted
    figures = response.context["overview"].figures
    # Kita: half the server (500), the domain (100, covered by a volunteer), a third of the mail (100)
    assert (figures.total, figures.covered, figures.open) == (700, 100, 600)
    assert reverse("costs:edit", args=[server.pk]) in html
    assert reverse("costs:edit", args=[mail.pk]) not in html  # the partner's contract: changed there


def test_plain_members_see_it_without_edit_links(member_client, engagement, organisation):
    item = make_item(organisation, engagement)
    response = member_client.get(url(engagement))
    assert response.status_code == 200 and "VPS 4 GB für Nextcloud" in response.content.decode()
    assert reverse("costs:edit", args=[item.pk]) not in response.content.decode()
    assert reverse("costs:create", args=[engagement.pk]) not in response.content.decode()


def test_outsiders_and_former_team_members_get_404_anonymous_visitors_the_login(
    client, engagement, other_member, volunteer
):
    assert client.get(url(engagement)).url.startswith(reverse("account_login"))
    client.force_login(other_member)
    assert client.get(url(engagement)).status_code == 404
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    client.force_login(volunteer)
    assert client.get(url(engagement)).status_code == 404
    assert client.get(reverse("costs:engagement", args=[999999])).status_code == 404


def test_the_engagement_page_shows_the_costs_in_short_with_the_links(team_client, engagement, organisation):
    item = make_item(organisation, engagement, amount_cents=2000)
    make_pledge(item, amount_cents=500, status=Pledge.Status.CONFIRMED)
    html = team_client.get(reverse("engagements:detail", args=[engagement.pk])).content.decode()
    assert 'id="costs-heading"' in html
    assert '<progress id="costs-section-progress" max="2000" value="500">' in html
    assert url(engagement) in html and reverse("costs:create", args=[engagement.pk]) in html
    assert reverse("costs:organisation", args=[organisation.slug]) in html


def test_plain_members_find_no_add_link_in_the_section(member_client, engagement):
    html = member_client.get(reverse("engagements:detail", args=[engagement.pk])).content.decode()
    assert url(engagement) in html
    assert reverse("costs:create", args=[engagement.pk]) not in html


def _queries(client, engagement, organisation, count, django_assert_max_num_queries):
    for n in range(count):
        item = make_item(organisation, engagement, description=f"Posten {n}")
        item.services.add(Service.objects.create(organisation=organisation, name=f"Dienst {n}"))
        share(item, organisation)
        share(item, factories.make_organisation())
        make_pledge(item)
    with django_assert_max_num_queries(40) as context:
        assert client.get(url(engagement)).status_code == 200
    return len(context.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_items(
    team_client, engagement, organisation, django_assert_max_num_queries
):
    one = _queries(team_client, engagement, organisation, 1, django_assert_max_num_queries)
    CostItem.objects.all().delete()
    many = _queries(team_client, engagement, organisation, 20, django_assert_max_num_queries)
    assert one == many
