"""One team can serve several organisations: a volunteer offers help on behalf of their team."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.core.rules import RuleViolation
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.volunteers.models import TeamMember
from tests.texts import de, shown

from .. import factories
from .helpers import accept, make_volunteer, url


@pytest.fixture
def team_engagement(need, volunteer, org_admin) -> Engagement:
    """Vera and Kai look after the Kita."""
    engagement = accept(need, volunteer, org_admin)
    accept(need, make_volunteer("kai@example.org", "Kai"), org_admin)
    return engagement


def test_the_offer_form_lets_a_team_member_choose_their_team(volunteer_client, team_engagement, other_organisation):
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    response = volunteer_client.get(reverse("offers:create", args=[other_need.pk]))
    assert shown(response, de("just me"))
    assert shown(response, de("my team “%(name)s”", name=str(team_engagement.team)))


def test_a_volunteer_without_a_team_sees_no_choice(client, other_organisation):
    kai = make_volunteer("kai@example.org", "Kai")
    client.force_login(kai)
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    response = client.get(reverse("offers:create", args=[other_need.pk]))
    assert 'name="team"' not in response.content.decode()


def test_an_offer_on_behalf_of_the_team_brings_the_team_to_the_second_organisation(
    client, volunteer_client, team_engagement, volunteer, other_organisation, other_member, org_member
):
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    response = volunteer_client.post(
        reverse("offers:create", args=[other_need.pk]),
        {"message": "Unser Team kümmert sich gern um Ihre Webseite.", "team": team_engagement.team_id},
    )
    offer = Offer.objects.get(need=other_need)
    assert response.status_code == 302
    assert offer.team_id == team_engagement.team_id
    offer_services.accept(offer, other_member)

    second = Engagement.objects.get(organisation=other_organisation)
    assert second.team_id == team_engagement.team_id
    assert set(Engagement.objects.filter(team=team_engagement.team).values_list("organisation", flat=True)) == {
        team_engagement.organisation_id,
        other_organisation.pk,
    }
    assert TeamMember.objects.filter(team=team_engagement.team, left_at__isnull=True).count() == 2  # nobody twice
    # Each organisation sees its own engagement only; the team sees both.
    client.force_login(other_member)
    assert client.get(url("detail", second)).status_code == 200
    assert client.get(url("detail", team_engagement)).status_code == 404
    client.force_login(org_member)
    assert client.get(url("detail", team_engagement)).status_code == 200
    assert client.get(url("detail", second)).status_code == 404
    client.force_login(volunteer)
    assert client.get(url("detail", second)).status_code == 200


def test_a_second_team_offer_to_the_same_organisation_joins_its_engagement_with_that_team(
    team_engagement, volunteer, other_organisation, other_member
):
    first = factories.make_need(other_organisation, title="Vereinswebseite")
    offer_services.accept(factories.make_offer(first, volunteer, team=team_engagement.team), other_member)
    second = factories.make_need(other_organisation, title="Mitgliederverwaltung", use_cases=("files",))
    offer_services.accept(factories.make_offer(second, volunteer, team=team_engagement.team), other_member)
    engagement = Engagement.objects.get(organisation=other_organisation)
    assert set(engagement.needs.all()) == {first, second}


def test_only_a_member_of_the_team_can_offer_on_its_behalf(team_engagement, other_organisation):
    stranger = make_volunteer("sven@example.org", "Sven")
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    with pytest.raises(RuleViolation):
        offer_services.make_offer(other_need, stranger, "Ich helfe gern mit der Webseite.", team=team_engagement.team)
    assert not Offer.objects.filter(need=other_need).exists()


def test_a_team_the_volunteer_is_not_on_is_ignored_by_the_form(client, team_engagement, other_organisation):
    stranger = make_volunteer("sven@example.org", "Sven")
    client.force_login(stranger)
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    response = client.post(
        reverse("offers:create", args=[other_need.pk]),
        {"message": "Ich helfe gern mit der Webseite, versprochen.", "team": team_engagement.team_id},
    )
    assert response.status_code == 302
    assert Offer.objects.get(need=other_need).team is None  # the form offers no team to choose: "just me"


def test_a_team_member_cannot_pick_a_team_they_are_not_on(volunteer_client, team_engagement, other_organisation):
    from techpaten.volunteers.models import Team

    foreign = Team.objects.create(name="Fremdes Team")
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    response = volunteer_client.post(
        reverse("offers:create", args=[other_need.pk]),
        {"message": "Unser Team kümmert sich gern um Ihre Webseite.", "team": foreign.pk},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["team"]
    assert not Offer.objects.filter(need=other_need).exists()


def test_the_offer_page_says_on_behalf_of_which_team(volunteer_client, team_engagement, other_organisation):
    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    offer = offer_services.make_offer(
        other_need, team_engagement.team.members.first().user, "Unser Team hilft gern.", team=team_engagement.team
    )
    response = volunteer_client.get(reverse("offers:detail", args=[offer.pk]))
    assert shown(response, de("on behalf of the team %(team)s", team=str(team_engagement.team)))
