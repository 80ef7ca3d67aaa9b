from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.core.rules import RuleViolation
from techpaten.organisations import services
from techpaten.organisations.models import Invitation, Membership
from tests import factories


def members_url(organisation) -> str:
    return reverse("organisations:members", args=[organisation.slug])


def remove_url(organisation, membership: Membership) -> str:
    return reverse("organisations:remove_member", args=[organisation.slug, membership.pk])


def test_members_see_who_belongs_with_their_roles(member_client, organisation, org_admin, org_member):
    response = member_client.get(members_url(organisation))
    assert response.status_code == 200
    assert "Anna Admin" in response.text
    assert "Mia Mitglied" in response.text
    assert [m.role for m, _may_let_go in response.context["memberships"]] == ["admin", "member"]
    assert "invite_form" not in response.context
    assert reverse("organisations:invite", args=[organisation.slug]) not in response.text


def test_admins_also_see_the_invite_form_and_open_invitations(admin_client_, organisation, org_admin):
    Invitation.objects.create(organisation=organisation, email="neu@kita.example", invited_by=org_admin)
    response = admin_client_.get(members_url(organisation))
    assert reverse("organisations:invite", args=[organisation.slug]) in response.text
    assert "neu@kita.example" in response.text


def test_an_outsider_gets_404(outsider_client, organisation):
    assert outsider_client.get(members_url(organisation)).status_code == 404


def test_anonymous_visitors_are_sent_to_login(client, organisation):
    response = client.get(members_url(organisation))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_an_admin_removes_a_member(admin_client_, organisation, org_member):
    membership = Membership.objects.get(user=org_member, organisation=organisation)
    response = admin_client_.post(remove_url(organisation, membership))
    assert response.status_code == 302
    assert response.url == members_url(organisation)
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_admin_cannot_be_removed(admin_client_, organisation, org_admin):
    membership = Membership.objects.get(user=org_admin, organisation=organisation)
    response = admin_client_.post(remove_url(organisation, membership), follow=True)
    with translation.override("de"):
        expected = gettext(
            "An organisation always needs at least one admin. Invite another admin before you remove this one."
        )
    assert expected in response.text
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_service_refuses_to_remove_the_last_admin(organisation, org_admin):
    membership = Membership.objects.get(user=org_admin, organisation=organisation)
    with pytest.raises(RuleViolation):
        services.remove_member(org_admin, membership)
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_an_admin_may_leave_when_another_admin_remains(admin_client_, organisation, org_admin):
    factories.add_member(organisation, factories.make_user(), role=Membership.Role.ADMIN)
    membership = Membership.objects.get(user=org_admin, organisation=organisation)
    response = admin_client_.post(remove_url(organisation, membership))
    assert response.url == reverse("dashboard")
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_a_plain_member_may_not_remove_anyone(member_client, organisation, org_admin):
    membership = Membership.objects.get(user=org_admin, organisation=organisation)
    assert member_client.post(remove_url(organisation, membership)).status_code == 403
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_an_outsider_cannot_remove_anyone(outsider_client, organisation, org_member):
    membership = Membership.objects.get(user=org_member, organisation=organisation)
    assert outsider_client.post(remove_url(organisation, membership)).status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_membership_of_another_organisation_is_404(admin_client_, organisation, other_organisation, other_member):
    foreign = Membership.objects.get(user=other_member, organisation=other_organisation)
    assert admin_client_.post(remove_url(organisation, foreign)).status_code == 404
    assert Membership.objects.filter(pk=foreign.pk).exists()


def test_removing_needs_a_post(admin_client_, organisation, org_member):
    membership = Membership.objects.get(user=org_member, organisation=organisation)
    assert admin_client_.get(remove_url(organisation, membership)).status_code == 405
    assert Membership.objects.filter(pk=membership.pk).exists()
