"""Reporting: anyone logged in reports what they may see, once while the report is open."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from techpaten.conversations.models import Message
from techpaten.moderation.models import Report
from tests import factories
from tests.texts import de, shown


def report_url(kind: str, pk: int) -> str:
    return reverse("moderation:report", args=[kind, pk])


def test_a_volunteer_reports_a_need_with_a_reason_and_a_note(volunteer_client, volunteer, need):
    response = volunteer_client.post(report_url("need", need.pk), {"reason": "spam", "note": " Werbung "})

    assert response.status_code == 302
    assert response["Location"] == reverse("needs:detail", args=[need.pk])
    report = Report.objects.get()
    assert (report.reporter, report.kind, report.object_id) == (volunteer, "need", need.pk)
    assert (report.title, report.reason, report.note, report.status) == (need.title, "spam", "Werbung", "open")


def test_the_need_page_links_to_the_report_form_for_others_but_not_for_members(volunteer_client, need):
    page = volunteer_client.get(reverse("needs:detail", args=[need.pk]))
    assert report_url("need", need.pk) in page.content.decode()

    client = Client()
    client.force_login(need.created_by)
    assert report_url("need", need.pk) not in client.get(reverse("needs:detail", args=[need.pk])).content.decode()


def test_a_second_open_report_of_the_same_need_is_refused_and_nothing_is_written(volunteer_client, need):
    volunteer_client.post(report_url("need", need.pk), {"reason": "spam"})

    again = volunteer_client.post(report_url("need", need.pk), {"reason": "abuse"})

    assert again.status_code == 200
    assert shown(again, de("You have already reported this. Our team is looking at it."))
    assert Report.objects.count() == 1


def test_a_report_without_a_reason_is_refused(volunteer_client, need):
    response = volunteer_client.post(report_url("need", need.pk), {"reason": "", "note": "x"})

    assert response.status_code == 200
    assert Report.objects.count() == 0


def test_an_unknown_kind_or_object_answers_404(volunteer_client, need):
    assert volunteer_client.get(report_url("article-draft", need.pk)).status_code == 404
    assert volunteer_client.get(report_url("need", need.pk + 1000)).status_code == 404


def test_a_draft_need_cannot_be_reported_by_outsiders(volunteer_client, organisation):
    draft = factories.make_need(organisation, status="draft")

    assert volunteer_client.post(report_url("need", draft.pk), {"reason": "spam"}).status_code == 404
    assert Report.objects.count() == 0


def test_anonymous_visitors_are_sent_to_the_login(client, need):
    response = client.get(report_url("need", need.pk))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_message_is_reported_by_the_other_side_of_the_conversation_only(org_admin, other_member, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    message = Message.objects.create(offer=offer, author=volunteer, body="Kauft billige Uhren bei mir!")

    outsider, admin = Client(), Client()
    outsider.force_login(other_member)
    admin.force_login(org_admin)
    assert outsider.get(report_url("message", message.pk)).status_code == 404
    response = admin.post(report_url("message", message.pk), {"reason": "spam"})

    assert response.status_code == 302
    assert Report.objects.get().title == "Kauft billige Uhren bei mir!"


def test_a_profile_is_reported_by_anyone_who_may_read_it(admin_client_, volunteer):
    profile = volunteer.volunteer_profile

    response = admin_client_.post(report_url("profile", profile.pk), {"reason": "misleading"})

    assert response.status_code == 302
    assert Report.objects.get().kind == "profile"
