"""Retention: `apply_retention` deletes what the privacy notice says, when it says, and does each thing once."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.mail.models import OutgoingMail
from techpaten.mail.outbox import render
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation, Membership
from techpaten.privacy import retention
from techpaten.privacy.models import AuditEvent, RetentionNotice
from techpaten.privacy.retention import apply_retention
from techpaten.privacy.tasks import apply_retention_task

from .. import factories

DAY = timedelta(days=1)


def ago(days: float) -> timezone.datetime:
    return timezone.now() - days * DAY


def exists(obj) -> bool:
    return type(obj).objects.filter(pk=obj.pk).exists()


# Offers ---------------------------------------------------------------------------------------------------------


def old_offer(need, volunteer, status, days):
    offer = factories.make_offer(need, volunteer, status=status)
    Offer.objects.filter(pk=offer.pk).update(created_at=ago(days), expires_at=ago(days - 14))
    return offer


def test_ended_offers_go_with_their_conversation_after_the_period(need, volunteer):
    days = retention.ENDED_OFFER_DAYS
    withdrawn = old_offer(need, volunteer, Offer.Status.WITHDRAWN, days + 30)
    Message.objects.create(offer=withdrawn, author=volunteer, body="Alt")
    Message.objects.filter(offer=withdrawn).update(created_at=ago(days + 20))
    apply_retention()
    assert not exists(withdrawn)
    assert not Message.objects.filter(offer_id=withdrawn.pk).exists()


@pytest.mark.parametrize("status", ["expired", "withdrawn", "declined", "closed"])
def test_every_ended_state_counts(need, volunteer, status):
    offer = old_offer(need, volunteer, status, retention.ENDED_OFFER_DAYS + 30)
    assert apply_retention()["ended_offers"] == 1
    assert not exists(offer)


def test_a_recent_message_or_answer_keeps_an_ended_offer(need, volunteer, org_admin):
    talked = old_offer(need, volunteer, Offer.Status.WITHDRAWN, retention.ENDED_OFFER_DAYS + 30)
    Message.objects.create(offer=talked, author=org_admin, body="Noch eine Frage")
    other = factories.make_user("zweite.helferin@example.org")
    factories.make_volunteer_profile(other)
    declined = old_offer(need, other, Offer.Status.DECLINED, retention.ENDED_OFFER_DAYS + 30)
    Offer.objects.filter(pk=declined.pk).update(decided_at=ago(10))
    apply_retention()
    assert exists(talked) and exists(declined)


def test_accepted_and_pending_offers_stay(need, volunteer):
    accepted = old_offer(need, volunteer, Offer.Status.ACCEPTED, 1000)
    other = factories.make_user("zweite.helferin@example.org")
    factories.make_volunteer_profile(other)
    pending = old_offer(need, other, Offer.Status.PENDING, 1000)
    apply_retention()
    assert exists(accepted) and exists(pending)


# Drafts, mail records, invitations --------------------------------------------------------------------------------


def test_drafts_untouched_for_a_year_are_deleted(organisation):
    stale = factories.make_need(organisation, status=Need.Status.DRAFT, title="Alter Entwurf")
    fresh = factories.make_need(organisation, status=Need.Status.DRAFT, title="Neuer Entwurf")
    published = factories.make_need(organisation, title="Altes Gesuch")
    Need.objects.filter(pk__in=[stale.pk, published.pk]).update(updated_at=ago(370))
    Need.objects.filter(pk=fresh.pk).update(updated_at=ago(300))
    assert apply_retention()["stale_drafts"] == 1
    assert not exists(stale)
    assert exists(fresh) and exists(published)


def test_old_mail_records_are_deleted_but_queued_mail_is_not(db):
    def mail_row(status, days):
        row = OutgoingMail.objects.create(kind="mail/x", to="a@example.org", language="de", subject="S", status=status)
        OutgoingMail.objects.filter(pk=row.pk).update(created_at=ago(days))
        return row

    sent = mail_row(OutgoingMail.Status.SENT, retention.MAIL_RECORD_DAYS + 1)
    failed = mail_row(OutgoingMail.Status.FAILED, retention.MAIL_RECORD_DAYS + 1)
    recent = mail_row(OutgoingMail.Status.SENT, retention.MAIL_RECORD_DAYS - 1)
    queued = mail_row(OutgoingMail.Status.QUEUED, retention.MAIL_RECORD_DAYS + 1)
    assert apply_retention()["mail_records"] == 2
    assert not exists(sent) and not exists(failed)
    assert exists(recent) and exists(queued)


def test_used_and_expired_invitations_go_after_the_period(organisation, org_admin):
    def invitation(email, **fields):
        return Invitation.objects.create(organisation=organisation, email=email, invited_by=org_admin, **fields)

    used = invitation("used@example.org", accepted_at=ago(retention.INVITATION_DAYS + 1))
    expired = invitation("expired@example.org", expires_at=ago(retention.INVITATION_DAYS + 1))
    just_expired = invitation("just@example.org", expires_at=ago(1))
    open_ = invitation("open@example.org")
    assert apply_retention()["invitations"] == 2
    assert not exists(used) and not exists(expired)
    assert exists(just_expired) and exists(open_)


# Unconfirmed sign-ups ---------------------------------------------------------------------------------------------


def joined(user, days):
    User.objects.filter(pk=user.pk).update(date_joined=ago(days))
    return user


def test_unconfirmed_sign_ups_are_deleted_after_a_week(db):
    old = joined(factories.make_user("alt@example.org", verified=False), retention.UNVERIFIED_ACCOUNT_DAYS + 1)
    new = joined(factories.make_user("neu@example.org", verified=False), retention.UNVERIFIED_ACCOUNT_DAYS - 1)
    confirmed = joined(factories.make_user("ok@example.org"), 400)
    team = joined(factories.make_user("team@example.org", verified=False, is_staff=True), 400)
    # createsuperuser makes accounts without any allauth address: not a sign-up, never touched.
    bare = joined(User.objects.create_user("bare@example.org", "x" * 20), 400)
    assert apply_retention()["unverified_accounts"] == 1
    assert not exists(old)
    assert all(exists(user) for user in [new, confirmed, team, bare])
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.ACCOUNT_DELETED)
    assert event.details["reason"] == "unverified"
    assert not EmailAddress.objects.filter(email="alt@example.org").exists()


# Inactive accounts ----------------------------------------------------------------------------------------------


def inactive(email="still@example.org", language="de", months=retention.INACTIVE_ACCOUNT_MONTHS + 1):
    user = factories.make_user(email, language=language)
    User.objects.filter(pk=user.pk).update(last_login=ago(months * 31), date_joined=ago(months * 31 + 100))
    user.refresh_from_db()
    return user


def test_an_inactive_account_is_warned_once_in_its_language(db, django_capture_on_commit_callbacks):
    user = inactive(language="en")
    recent = factories.make_user("active@example.org")
    User.objects.filter(pk=recent.pk).update(last_login=ago(300))
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        first = apply_retention(now=now)
    with django_capture_on_commit_callbacks(execute=True):
        second = apply_retention(now=now + DAY)
    assert first["inactive_accounts_warned"] == 1
    assert second["inactive_accounts_warned"] == 0
    assert [m.to for m in mail.outbox] == [[user.email]]
    expected, _text, _html = render(
        "mail/inactive_warning",
        {"deletion_date": now + timedelta(days=retention.INACTIVE_WARNING_DAYS), "months": 24, "recipient": user},
        "en",
    )
    assert mail.outbox[0].subject == expected
    assert "/accounts/login/" in mail.outbox[0].body
    assert RetentionNotice.objects.get(user=user).warned_at == now
    assert AuditEvent.objects.filter(kind=AuditEvent.Kind.INACTIVE_WARNED).count() == 1


def test_a_warned_account_is_deleted_after_the_grace_period(db):
    user = inactive()
    now = timezone.now()
    apply_retention(now=now)
    early = apply_retention(now=now + (retention.INACTIVE_WARNING_DAYS - 1) * DAY)
    assert early["inactive_accounts_deleted"] == 0 and exists(user)
    late = apply_retention(now=now + (retention.INACTIVE_WARNING_DAYS + 1) * DAY)
    assert late["inactive_accounts_deleted"] == 1
    assert not exists(user)
    assert AuditEvent.objects.get(kind=AuditEvent.Kind.ACCOUNT_DELETED).details["reason"] == "inactive"


def test_logging_in_after_the_warning_keeps_the_account(db):
    user = inactive()
    now = timezone.now()
    apply_retention(now=now)
    User.objects.filter(pk=user.pk).update(last_login=now + DAY)
    result = apply_retention(now=now + (retention.INACTIVE_WARNING_DAYS + 1) * DAY)
    assert result["inactive_accounts_deleted"] == 0
    assert exists(user)
    assert not RetentionNotice.objects.filter(user=user).exists()


def test_an_account_that_never_logged_in_counts_from_sign_up(db):
    user = factories.make_user("never@example.org")
    joined(user, (retention.INACTIVE_ACCOUNT_MONTHS + 1) * 31)
    assert apply_retention()["inactive_accounts_warned"] == 1


def test_the_platform_team_is_never_warned(db):
    inactive(email="team@example.org")
    User.objects.filter(email="team@example.org").update(is_staff=True)
    assert apply_retention()["inactive_accounts_warned"] == 0


def test_an_inactive_last_admin_hands_the_organisation_to_the_longest_member(organisation, org_admin, org_member):
    newer = factories.make_user("newer@kita.example")
    factories.add_member(organisation, newer)
    User.objects.filter(pk=org_admin.pk).update(last_login=ago(800))
    now = timezone.now()
    apply_retention(now=now)
    apply_retention(now=now + (retention.INACTIVE_WARNING_DAYS + 1) * DAY)
    assert not exists(org_admin)
    roles = dict(Membership.objects.filter(organisation=organisation).values_list("user__email", "role"))
    assert roles == {org_member.email: "admin", newer.email: "member"}


# Runs -------------------------------------------------------------------------------------------------------------


def test_a_second_run_finds_nothing_left_to_do(need, volunteer, organisation):
    old_offer(need, volunteer, Offer.Status.EXPIRED, retention.ENDED_OFFER_DAYS + 30)
    Need.objects.filter(pk=factories.make_need(organisation, status=Need.Status.DRAFT).pk).update(updated_at=ago(400))
    joined(factories.make_user("alt@example.org", verified=False), 30)
    inactive()
    now = timezone.now()
    first = apply_retention(now=now)
    assert sum(first.values()) == 4
    second = apply_retention(now=now)
    assert set(second.values()) == {0}


def test_each_run_is_audited_with_counts_only(db):
    apply_retention()
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.RETENTION_RUN)
    assert event.subject_ref == ""
    assert set(event.details.values()) == {0}


def test_audit_entries_are_kept_for_three_years(db):
    old = AuditEvent.objects.create(kind=AuditEvent.Kind.ACCOUNT_DELETED)
    young = AuditEvent.objects.create(kind=AuditEvent.Kind.ACCOUNT_DELETED)
    AuditEvent.objects.filter(pk=old.pk).update(created_at=ago(365 * retention.AUDIT_EVENT_YEARS + 2))
    AuditEvent.objects.filter(pk=young.pk).update(created_at=ago(365 * retention.AUDIT_EVENT_YEARS - 2))
    apply_retention()
    assert not exists(old) and exists(young)


def test_the_command_and_the_task_run_the_same_rules(db):
    joined(factories.make_user("alt@example.org", verified=False), 30)
    out = StringIO()
    call_command("apply_retention", stdout=out)
    assert "unverified_accounts: 1" in out.getvalue()
    result = apply_retention_task.enqueue()
    assert result.return_value["unverified_accounts"] == 0
