from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from techpaten.mail.models import OutgoingMail
from techpaten.organisations.models import Invitation, Membership
from tests import factories
from tests.conftest import login
from tests.texts import de, shown


def invite_url(organisation) -> str:
    return reverse("organisations:invite", args=[organisation.slug])


def accept_url(invitation: Invitation) -> str:
    return reverse("organisations:accept_invitation", args=[invitation.token])


def expected_subject(language: str, organisation) -> str:
    with translation.override(language):
        return gettext("Invitation to %(name)s on Techpaten") % {"name": organisation.name}


# --- inviting -------------------------------------------------------------------------------------------------------


def test_an_admin_invites_someone_by_mail(admin_client_, organisation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(invite_url(organisation), {"email": "Neu@Kita.example", "role": "member"})
    assert response.status_code == 302
    assert response.url == reverse("organisations:members", args=[organisation.slug])
    invitation = Invitation.objects.get(organisation=organisation)
    assert (invitation.email, invitation.role, invitation.accepted_at) == ("neu@kita.example", "member", None)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["neu@kita.example"]
    assert f"{settings.SITE_URL}/invitations/{invitation.token}/" in message.body
    assert message.subject == expected_subject("de", organisation)


def test_without_an_account_the_mail_is_in_the_inviters_current_language(
    client, organisation, org_admin, django_capture_on_commit_callbacks
):
    org_admin.language = "en"
    org_admin.save()
    login(client, org_admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invite_url(organisation), {"email": "new@kita.example", "role": "admin"})
    assert OutgoingMail.objects.get(to="new@kita.example").language == "en"
    assert mail.outbox[0].subject == expected_subject("en", organisation)


def test_with_an_account_the_mail_is_in_the_invitees_language(
    admin_client_, organisation, django_capture_on_commit_callbacks
):
    factories.make_user("english@example.org", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client_.post(invite_url(organisation), {"email": "english@example.org", "role": "member"})
    assert OutgoingMail.objects.get(to="english@example.org").language == "en"
    assert mail.outbox[0].subject == expected_subject("en", organisation)


def test_inviting_again_replaces_the_unused_invitation(admin_client_, organisation, org_admin):
    old = Invitation.objects.create(organisation=organisation, email="neu@kita.example", invited_by=org_admin)
    admin_client_.post(invite_url(organisation), {"email": "neu@kita.example", "role": "admin"})
    invitation = Invitation.objects.get(organisation=organisation)
    assert invitation.token != old.token
    assert invitation.role == "admin"


def test_a_member_cannot_be_invited_again(admin_client_, organisation, org_member):
    response = admin_client_.post(invite_url(organisation), {"email": org_member.email, "role": "member"})
    assert response.status_code == 200
    assert "email" in response.context["invite_form"].errors
    with translation.override("de"):
        expected = gettext("%(email)s is already a member of this organisation.") % {"email": org_member.email}
    assert expected in response.text
    assert not Invitation.objects.exists()
    assert not OutgoingMail.objects.exists()


def test_an_invalid_address_is_a_clear_error(admin_client_, organisation):
    response = admin_client_.post(invite_url(organisation), {"email": "keine-adresse", "role": "member"})
    assert response.status_code == 200
    assert "email" in response.context["invite_form"].errors
    assert not Invitation.objects.exists()


def test_a_plain_member_may_not_invite(member_client, organisation):
    assert member_client.post(invite_url(organisation), {"email": "x@example.org", "role": "admin"}).status_code == 403
    assert not Invitation.objects.exists()


def test_an_outsider_cannot_invite(outsider_client, organisation):
    assert (
        outsider_client.post(invite_url(organisation), {"email": "x@example.org", "role": "admin"}).status_code == 404
    )
    assert not Invitation.objects.exists()


def test_anonymous_visitors_are_sent_to_login(client, organisation):
    response = client.post(invite_url(organisation), {"email": "x@example.org", "role": "admin"})
    assert response.url.startswith(reverse("account_login"))
    assert not Invitation.objects.exists()


# --- accepting ------------------------------------------------------------------------------------------------------


def make_invitation(organisation, inviter, **extra) -> Invitation:
    extra.setdefault("email", "vera.volunteer@example.org")  # the volunteer persona's address
    return Invitation.objects.create(organisation=organisation, invited_by=inviter, **extra)


def test_the_invitation_page_shows_organisation_and_role(volunteer_client, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin, role="admin")
    response = volunteer_client.get(accept_url(invitation))
    assert response.status_code == 200
    assert "Kita Sonnenschein" in response.text
    with translation.override("de"):
        assert str(Membership.Role.ADMIN.label) in response.text
    assert '<form method="post"' in response.text


def test_anonymous_visitors_log_in_first_and_come_back(client, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin)
    response = client.get(accept_url(invitation))
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={accept_url(invitation)}"


def test_accepting_creates_the_membership_once(volunteer_client, volunteer, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin, role="admin")
    response = volunteer_client.post(accept_url(invitation))
    assert response.status_code == 302
    assert response.url == reverse("organisations:detail", args=[organisation.slug])
    membership = Membership.objects.get(user=volunteer, organisation=organisation)
    assert membership.role == "admin"
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    # The link works once.
    assert volunteer_client.post(accept_url(invitation)).status_code == 410
    assert Membership.objects.filter(user=volunteer, organisation=organisation).count() == 1


def test_an_existing_member_gets_a_message_and_keeps_the_role(member_client, org_member, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin, role="admin", email=org_member.email)
    response = member_client.post(accept_url(invitation), follow=True)
    with translation.override("de"):
        expected = gettext("You are already a member of %(organisation)s.") % {"organisation": organisation.name}
    assert expected in response.text
    assert Membership.objects.get(user=org_member, organisation=organisation).role == "member"


def test_an_expired_invitation_is_refused_with_a_clear_page(volunteer_client, volunteer, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin, expires_at=timezone.now() - timedelta(minutes=1))
    assert volunteer_client.get(accept_url(invitation)).status_code == 410
    assert volunteer_client.post(accept_url(invitation)).status_code == 410
    assert not Membership.objects.filter(user=volunteer).exists()


def test_a_used_invitation_is_refused_with_a_clear_page_that_names_nobody(volunteer_client, organisation, org_admin):
    invitation = make_invitation(organisation, org_admin, accepted_at=timezone.now())
    response = volunteer_client.get(accept_url(invitation))
    assert response.status_code == 410
    assert shown(response, de("This invitation can no longer be used"))
    assert organisation.name not in response.text


def test_another_logged_in_account_is_refused_clearly_and_does_not_become_a_member(
    outsider_client, other_member, organisation, org_admin
):
    """A forwarded or leaked link: the person logged in is not the one invited."""
    invitation = make_invitation(organisation, org_admin, role="admin")
    response = outsider_client.get(accept_url(invitation))
    assert response.status_code == 403
    assert shown(response, de("This invitation is for another e-mail address"))
    assert other_member.email in response.text  # says which account is logged in, not which address was invited
    assert invitation.email not in response.text
    assert organisation.name not in response.text
    assert outsider_client.post(accept_url(invitation)).status_code == 403
    assert not Membership.objects.filter(user=other_member, organisation=organisation).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None  # still there for the invited person


def test_the_invited_address_counts_in_any_case_and_as_a_second_confirmed_address(
    client, volunteer, organisation, org_admin
):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=volunteer, email="vera@zweite.example", verified=True, primary=False)
    invitation = make_invitation(organisation, org_admin, email="Vera@Zweite.example")
    client.force_login(volunteer)
    assert client.post(accept_url(invitation)).status_code == 302
    assert Membership.objects.filter(user=volunteer, organisation=organisation).exists()


def test_an_unconfirmed_second_address_does_not_count(client, volunteer, organisation, org_admin):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=volunteer, email="vera@zweite.example", verified=False, primary=False)
    invitation = make_invitation(organisation, org_admin, email="vera@zweite.example")
    client.force_login(volunteer)
    assert client.post(accept_url(invitation)).status_code == 403
    assert not Membership.objects.filter(user=volunteer, organisation=organisation).exists()


def test_the_service_refuses_another_address_too(other_member, organisation, org_admin):
    from techpaten.core.rules import RuleViolation
    from techpaten.organisations.services import accept_invitation

    invitation = make_invitation(organisation, org_admin)
    with pytest.raises(RuleViolation):
        accept_invitation(other_member, invitation)
    assert not Membership.objects.filter(user=other_member, organisation=organisation).exists()


def test_an_unknown_token_is_404(volunteer_client, db):
    response = volunteer_client.get(reverse("organisations:accept_invitation", args=["nicht-echt"]))
    assert response.status_code == 404
