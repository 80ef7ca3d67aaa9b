"""The daily maintenance reminders: once per service, kind, due date and stage; to the right people."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import date_format

from techpaten.engagements.models import Engagement
from techpaten.inventory import reminders
from techpaten.inventory.models import ReminderSent
from techpaten.inventory.services import stage_for
from techpaten.inventory.tasks import send_maintenance_reminders_task
from techpaten.volunteers.models import TeamMember

from .helpers import detail_url, engagement_with, make_service

TODAY = date(2030, 6, 10)
Kind, Stage = ReminderSent.Kind, ReminderSent.Stage


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """One daily run on `today`, with the mails it queues delivered."""

    def run(today: date = TODAY) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return reminders.send_due(today)

    return run


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    return engagement_with(need, volunteer, org_admin)


def recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.mark.parametrize(("days", "stage"), [(-1, Stage.OVERDUE), (0, Stage.DUE), (14, Stage.DUE), (15, None)])
def test_a_date_is_due_two_weeks_ahead_and_overdue_once_passed(days, stage):
    assert stage_for(TODAY + timedelta(days=days), TODAY) == stage
    assert stage_for(None, TODAY) is None


def test_a_due_date_mails_the_team_once_and_never_again(run, organisation, engagement, volunteer):
    service = make_service(organisation, engagement=engagement, next_update_check=TODAY + timedelta(days=5))
    assert run() == 1
    assert recipients() == [volunteer.email]
    assert run() == 0
    assert run(TODAY + timedelta(days=1)) == 0
    assert len(mail.outbox) == 1
    reminder = ReminderSent.objects.get()
    assert (reminder.service, reminder.kind, reminder.due_on, reminder.stage) == (
        service,
        Kind.UPDATE_CHECK,
        TODAY + timedelta(days=5),
        Stage.DUE,
    )


def test_a_date_further_away_or_a_retired_service_sends_nothing(run, organisation, engagement):
    make_service(organisation, engagement=engagement, tls_expires_on=TODAY + timedelta(days=15))
    make_service(organisation, engagement=engagement, tls_expires_on=TODAY, is_active=False)
    assert run() == 0
    assert mail.outbox == [] and ReminderSent.objects.count() == 0


def test_a_new_due_date_brings_a_new_reminder(run, organisation, engagement, volunteer):
    service = make_service(organisation, engagement=engagement, restore_test_due=TODAY + timedelta(days=2))
    assert run() == 1
    service.restore_test_due = TODAY + timedelta(days=10)  # the test was done early; the next one is entered
    service.save()
    assert run() == 1
    assert run() == 0
    assert recipients() == [volunteer.email, volunteer.email]
    assert ReminderSent.objects.count() == 2


def test_an_overdue_date_mails_the_team_and_the_organisations_admins(
    run, organisation, engagement, volunteer, org_admin, org_member
):
    make_service(organisation, engagement=engagement, tls_expires_on=TODAY - timedelta(days=1))
    assert run() == 1
    assert recipients() == sorted([volunteer.email, org_admin.email])  # not the plain member
    assert run() == 0
    assert len(mail.outbox) == 2


def test_due_and_then_overdue_are_two_reminders(run, organisation, engagement, volunteer, org_admin):
    due = TODAY + timedelta(days=3)
    make_service(organisation, engagement=engagement, next_update_check=due)
    assert run() == 1
    assert run(due) == 0  # the day itself is still "due"
    assert run(due + timedelta(days=1)) == 1
    assert run(due + timedelta(days=2)) == 0
    assert recipients() == sorted([volunteer.email, volunteer.email, org_admin.email])
    assert sorted(ReminderSent.objects.values_list("stage", flat=True)) == [Stage.DUE, Stage.OVERDUE]


def test_a_service_without_a_team_mails_the_organisations_admins(run, organisation, org_admin, org_member):
    make_service(organisation, next_update_check=TODAY + timedelta(days=1))
    assert run() == 1
    assert recipients() == [org_admin.email]


def test_once_the_engagement_has_ended_the_admins_are_told_instead(run, organisation, engagement, org_admin):
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    make_service(organisation, engagement=engagement, next_update_check=TODAY + timedelta(days=1))
    assert run() == 1
    assert recipients() == [org_admin.email]


def test_a_volunteer_who_left_gets_no_reminder(run, organisation, engagement, volunteer, org_admin):
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    make_service(organisation, engagement=engagement, next_update_check=TODAY + timedelta(days=1))
    assert run() == 1
    assert recipients() == [org_admin.email]


def test_each_kind_of_date_is_its_own_reminder(run, organisation, engagement, volunteer):
    soon = TODAY + timedelta(days=7)
    make_service(
        organisation, engagement=engagement, next_update_check=soon, tls_expires_on=soon, restore_test_due=soon
    )
    assert run() == 3
    assert sorted(ReminderSent.objects.values_list("kind", flat=True)) == sorted(Kind.values)
    assert recipients() == [volunteer.email] * 3


def test_a_reminder_another_worker_claimed_first_is_not_sent_again(run, organisation, engagement, volunteer):
    # The race without threads: the other worker's row is there when this one tries to claim.
    due = TODAY + timedelta(days=4)
    service = make_service(organisation, engagement=engagement, next_update_check=due, tls_expires_on=due)
    ReminderSent.objects.create(service=service, kind=Kind.UPDATE_CHECK, due_on=due, stage=Stage.DUE)
    assert reminders.claim_and_send(service, Kind.UPDATE_CHECK, due, Stage.DUE) is False
    assert run() == 1  # the lost claim breaks nothing: the TLS reminder still goes out
    assert [m.subject for m in mail.outbox if service.name in m.subject] == [mail.outbox[0].subject]
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.filter(kind=Kind.UPDATE_CHECK).count() == 1


def test_the_mail_is_in_each_recipients_language_with_the_date_and_a_link(
    run, organisation, engagement, volunteer, org_admin
):
    volunteer.language = "en"
    volunteer.save()
    due = TODAY - timedelta(days=2)
    service = make_service(organisation, name="Elterncloud", engagement=engagement, tls_expires_on=due)
    run()
    by_address = {message.to[0]: message for message in mail.outbox}
    english, german = by_address[volunteer.email], by_address[org_admin.email]
    link = f"{settings.SITE_URL}{detail_url(service)}"
    with translation.override("en"):
        day = date_format(due, "DATE_FORMAT")
    assert english.subject == f"Overdue: TLS certificate for “Elterncloud” (due on {day})"
    assert f"The TLS certificate of “Elterncloud” expired on {day}" in english.body
    assert link in english.body and link in english.alternatives[0][0]
    assert "Kita Sonnenschein" in english.body
    with translation.override("de"):
        german_date = date_format(due, "DATE_FORMAT")
    assert german_date in german.subject and "Elterncloud" in german.subject
    assert link in german.body


def test_the_due_mail_says_what_is_due(run, organisation, engagement, volunteer):
    volunteer.language = "en"
    volunteer.save()
    due = TODAY + timedelta(days=6)
    make_service(organisation, name="Elterncloud", engagement=engagement, restore_test_due=due)
    run()
    with translation.override("en"):
        day = date_format(due, "DATE_FORMAT")
    assert mail.outbox[0].subject == f"Maintenance due: Restore test for “Elterncloud” on {day}"
    assert f"The next restore test of “Elterncloud” is due on {day}." in mail.outbox[0].body


def test_the_command_sends_what_is_due_and_says_how_many(organisation, org_admin, django_capture_on_commit_callbacks):
    make_service(organisation, next_update_check=timezone.localdate())
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_maintenance_reminders", stdout=out)
    assert out.getvalue().strip() == "1 maintenance reminder(s) sent."
    assert recipients() == [org_admin.email]
    out = StringIO()
    call_command("send_maintenance_reminders", stdout=out)
    assert out.getvalue().strip() == "0 maintenance reminder(s) sent."


def test_the_task_sends_what_is_due(organisation, org_admin):
    make_service(organisation, tls_expires_on=timezone.localdate() - timedelta(days=1))
    assert send_maintenance_reminders_task.enqueue().return_value == 1
    assert ReminderSent.objects.get().stage == Stage.OVERDUE
