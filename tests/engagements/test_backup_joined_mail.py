"""The lead hears by mail, in their own language, when the backup (Vertretung) they looked for joins the team."""

from __future__ import annotations

from django.core import mail
from django.utils import translation

from techpaten.engagements.models import Engagement
from techpaten.needs import services as need_services
from techpaten.volunteers.models import TeamMember
from tests.texts import de

from .helpers import accept, make_volunteer, url


def mails_to(address: str) -> list[mail.EmailMessage]:
    return [message for message in mail.outbox if message.to == [address]]


def _look_for_backup(client, need, lead, org_admin) -> Engagement:
    engagement = accept(need, lead, org_admin)
    need_services.change_status(need, org_admin, "mark_matched")
    client.force_login(lead)
    client.post(url("reopen_for_backup", engagement, need_pk=need.pk))
    return engagement


def test_the_lead_is_told_in_their_language_when_the_backup_joins(
    client, need, volunteer, org_admin, django_capture_on_commit_callbacks
):
    volunteer.language = "en"
    volunteer.save(update_fields=["language"])
    engagement = _look_for_backup(client, need, volunteer, org_admin)
    kai = make_volunteer("kai@example.org", "Kai Vertretung")
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        accept(need, kai, org_admin)
    assert TeamMember.objects.get(user=kai).role == TeamMember.Role.BACKUP
    [message] = mails_to(volunteer.email)
    with translation.override("en"):
        assert message.subject.endswith("Kai Vertretung joins your team as backup")
    assert need.title in message.body
    assert f"/engagements/{engagement.pk}/" in message.body
    assert "kai@example.org" not in message.body


def test_a_german_lead_gets_it_in_german(client, need, volunteer, org_admin, django_capture_on_commit_callbacks):
    _look_for_backup(client, need, volunteer, org_admin)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        accept(need, make_volunteer("kai@example.org", "Kai Vertretung"), org_admin)
    [message] = mails_to(volunteer.email)
    assert message.subject.endswith(de("%(name)s joins your team as backup", name="Kai Vertretung"))
    assert de("Open the engagement on Techpaten") in message.alternatives[0][0]


def test_a_volunteer_joining_as_a_plain_member_sends_the_lead_no_backup_mail(
    need, volunteer, org_admin, django_capture_on_commit_callbacks
):
    accept(need, volunteer, org_admin)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        accept(need, make_volunteer("kai@example.org", "Kai"), org_admin)
    assert TeamMember.objects.get(user__email="kai@example.org").role == TeamMember.Role.MEMBER
    assert mails_to(volunteer.email) == []
