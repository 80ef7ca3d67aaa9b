"""An accepted offer makes (or joins) an engagement; its volunteer joins the team."""

from __future__ import annotations

import pytest

from techpaten.core.rules import RuleViolation
from techpaten.engagements import rules, services
from techpaten.engagements.models import Engagement, EngagementNeed
from techpaten.offers import services as offer_services
from techpaten.volunteers.models import TeamMember

from .. import factories


def test_the_first_accepted_offer_starts_an_engagement_led_by_its_volunteer(need, volunteer, org_admin):
    offer = factories.make_offer(need, volunteer)
    offer_services.accept(offer, org_admin)
    engagement = Engagement.objects.get(organisation=need.organisation)
    assert list(engagement.needs.all()) == [need]
    [member] = services.active_members(engagement)
    assert (member.user, member.role) == (volunteer, TeamMember.Role.LEAD)
    assert rules.without_backup([engagement]) == {engagement.pk}


def test_a_second_volunteer_joins_the_same_team_as_member_and_the_backup_flag_goes(need, volunteer, org_admin):
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    second = factories.make_user("kai@example.org")
    factories.make_volunteer_profile(second)
    offer_services.accept(factories.make_offer(need, second), org_admin)
    engagement = Engagement.objects.get()
    assert [(m.user, m.role) for m in services.active_members(engagement)] == [
        (volunteer, TeamMember.Role.LEAD),
        (second, TeamMember.Role.MEMBER),
    ]
    assert rules.without_backup([engagement]) == set()


def test_another_need_of_the_same_organisation_joins_its_active_engagement(need, volunteer, org_admin, organisation):
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    website = factories.make_need(organisation, title="Neue Webseite", use_cases=("website",))
    offer_services.accept(factories.make_offer(website, volunteer), org_admin)
    engagement = Engagement.objects.get()
    assert set(engagement.needs.all()) == {need, website}
    assert TeamMember.objects.filter(team=engagement.team).count() == 1  # the volunteer is not added twice


def test_a_refused_acceptance_creates_no_engagement(need, volunteer, org_member):
    offer = factories.make_offer(need, volunteer)
    with pytest.raises(RuleViolation):
        offer_services.accept(offer, org_member)  # a plain member may not accept
    assert not Engagement.objects.exists()
    assert not EngagementNeed.objects.exists()


def test_a_deleted_account_leaves_the_team_history_as_deleted_user(need, volunteer, org_admin):
    from techpaten.privacy.categories import export_all
    from techpaten.privacy.services import delete_account

    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    exported = export_all(volunteer)["team_memberships"]
    assert [row["team"] for row in exported] == [need.organisation.name]
    delete_account(volunteer)
    [member] = TeamMember.objects.all()
    assert member.user is None
    assert member.left_at is not None
