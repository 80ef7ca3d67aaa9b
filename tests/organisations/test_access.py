"""Who belongs to an organisation: the one set of rules every app asks (organisations.access)."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from techpaten.accounts.access import is_reviewer
from techpaten.organisations.access import admins_of, is_admin, is_member, member_ids, members_of, role_of
from techpaten.organisations.models import Membership
from tests import factories


def test_roles_are_read_from_the_membership(organisation, org_admin, org_member, volunteer, other_member):
    assert role_of(org_admin, organisation.pk) == Membership.Role.ADMIN
    assert role_of(org_member, organisation.pk) == Membership.Role.MEMBER
    assert role_of(volunteer, organisation.pk) is None
    assert role_of(AnonymousUser(), organisation.pk) is None
    assert is_admin(org_admin, organisation.pk) and not is_admin(org_member, organisation.pk)
    assert is_member(org_member, organisation.pk) and not is_member(other_member, organisation.pk)


def test_the_admins_of_an_organisation_are_its_admins_with_an_account_in_use(organisation, org_admin, org_member):
    second = factories.make_user("zweite.admin@kita.example")
    factories.add_member(organisation, second, role=Membership.Role.ADMIN)
    gone = factories.make_user("weg@kita.example", is_active=False)
    factories.add_member(organisation, gone, role=Membership.Role.ADMIN)
    assert admins_of(organisation.pk) == [org_admin, second]
    assert members_of(organisation.pk) == [org_admin, org_member, second]
    assert set(member_ids(organisation.pk)) == {org_admin.pk, org_member.pk, second.pk, gone.pk}


def test_a_reviewer_is_one_with_the_role_and_an_account_in_use(reviewer, staff):
    assert is_reviewer(reviewer)
    assert not is_reviewer(staff)
    reviewer.is_active = False
    assert not is_reviewer(reviewer)
    assert not is_reviewer(AnonymousUser())
