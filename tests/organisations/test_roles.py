"""organisations:change_role — admins make members admin and back; the last admin stays admin."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.organisations.models import Membership


def url(organisation, membership: Membership) -> str:
    return reverse("organisations:change_role", args=[organisation.slug, membership.pk])


def role_of(membership: Membership) -> str:
    membership.refresh_from_db()
    return membership.role


def membership_of(user, organisation) -> Membership:
    return Membership.objects.get(user=user, organisation=organisation)


def test_an_admin_makes_a_member_admin_and_back(admin_client_, organisation, org_member):
    target = membership_of(org_member, organisation)
    response = admin_client_.post(url(organisation, target), {"role": "admin"})
    assert response.status_code == 302
    assert role_of(target) == "admin"
    admin_client_.post(url(organisation, target), {"role": "member"})
    assert role_of(target) == "member"


def test_the_last_admin_cannot_step_down(admin_client_, organisation, org_admin):
    mine = membership_of(org_admin, organisation)
    response = admin_client_.post(url(organisation, mine), {"role": "member"}, follow=True)
    with translation.override("de"):
        expected = gettext("An organisation always needs at least one admin. Make another member admin first.")
    assert expected in response.content.decode()
    assert role_of(mine) == "admin"


def test_an_unknown_role_is_refused_and_nothing_changes(admin_client_, organisation, org_member):
    target = membership_of(org_member, organisation)
    response = admin_client_.post(url(organisation, target), {"role": "owner"}, follow=True)
    with translation.override("de"):
        assert gettext("This role is not known.") in response.content.decode()
    assert role_of(target) == "member"


def test_a_plain_member_gets_403_an_outsider_404_anonymous_login(
    client, member_client, organisation, org_admin, org_member, other_member
):
    target = membership_of(org_admin, organisation)
    assert member_client.post(url(organisation, target), {"role": "member"}).status_code == 403
    client.force_login(other_member)
    assert client.post(url(organisation, target), {"role": "member"}).status_code == 404
    client.logout()
    assert client.post(url(organisation, target), {"role": "member"}).url.startswith(reverse("account_login"))
    assert role_of(target) == "admin"


def test_changing_a_role_needs_a_post(admin_client_, organisation, org_member):
    assert admin_client_.get(url(organisation, membership_of(org_member, organisation))).status_code == 405
