"""The lead changes roles; the lead role can be handed on, and exactly one lead stays."""

from __future__ import annotations

import pytest
from django.utils import timezone

from techpaten.core.rules import RuleViolation
from techpaten.engagements import services
from techpaten.engagements.models import Engagement
from techpaten.volunteers.models import TeamMember
from tests.texts import de, shown

from .helpers import member_of, url

Role = TeamMember.Role


def role_url(team, user):
    return url("change_role", team, member_pk=member_of(team, user).pk)


def test_the_lead_makes_a_member_the_backup(volunteer_client, team, kai):
    response = volunteer_client.post(role_url(team, kai), {"role": Role.BACKUP}, follow=True)
    assert response.redirect_chain == [(url("detail", team), 302)]
    assert shown(response, de("The role has been changed."))
    assert member_of(team, kai).role == Role.BACKUP


def test_handing_on_the_lead_leaves_exactly_one_lead(volunteer_client, team, volunteer, kai):
    volunteer_client.post(role_url(team, kai), {"role": Role.LEAD})
    assert member_of(team, kai).role == Role.LEAD
    assert member_of(team, volunteer).role == Role.MEMBER
    assert TeamMember.objects.filter(team=team.team, role=Role.LEAD, left_at__isnull=True).count() == 1


def test_the_lead_cannot_simply_step_down(team, volunteer):
    with pytest.raises(RuleViolation):
        services.change_role(team, member_of(team, volunteer), volunteer, Role.MEMBER)
    assert member_of(team, volunteer).role == Role.LEAD


def test_a_member_who_does_not_lead_gets_403_and_nothing_changes(client, team, volunteer, kai):
    client.force_login(kai)
    assert client.post(role_url(team, volunteer), {"role": Role.BACKUP}).status_code == 403
    assert member_of(team, volunteer).role == Role.LEAD


def test_organisation_members_get_403_outsiders_404_and_get_is_not_allowed(
    client, team, kai, org_admin, other_member, volunteer
):
    target = role_url(team, kai)
    client.force_login(org_admin)
    assert client.post(target, {"role": Role.BACKUP}).status_code == 403
    client.force_login(other_member)
    assert client.post(target, {"role": Role.BACKUP}).status_code == 404
    client.force_login(volunteer)
    assert client.get(target).status_code == 405
    assert member_of(team, kai).role == Role.MEMBER


def test_an_unknown_role_is_refused_with_a_message(volunteer_client, team, kai):
    response = volunteer_client.post(role_url(team, kai), {"role": "boss"}, follow=True)
    assert response.status_code == 200
    assert member_of(team, kai).role == Role.MEMBER
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_a_team_without_a_lead_lets_its_members_change_roles(team, volunteer, kai):
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())  # e.g. the lead deleted the account
    services.change_role(team, member_of(team, kai), kai, Role.LEAD)
    assert member_of(team, kai).role == Role.LEAD


def test_the_page_shows_the_role_form_to_the_lead_only(client, team, volunteer, kai):
    client.force_login(volunteer)
    assert 'name="role"' in client.get(url("detail", team)).content.decode()
    client.force_login(kai)
    assert 'name="role"' not in client.get(url("detail", team)).content.decode()


def test_nobody_changes_roles_on_an_ended_engagement_and_the_page_agrees(client, team, volunteer, kai):
    Engagement.objects.filter(pk=team.pk).update(status=Engagement.Status.ENDED)
    team.refresh_from_db()
    client.force_login(volunteer)
    page = client.get(url("detail", team))
    assert 'name="role"' not in page.content.decode()
    assert not page.context["may_change_roles"]
    assert client.post(role_url(team, kai), {"role": Role.BACKUP}).status_code == 403
    with pytest.raises(RuleViolation):
        services.change_role(team, member_of(team, kai), volunteer, Role.BACKUP)
    assert member_of(team, kai).role == Role.MEMBER
