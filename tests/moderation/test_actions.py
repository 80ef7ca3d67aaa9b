"""Staff's actions on a report: each one does what it says and leaves one audit entry (who, what, when, why)."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.core import mail
from django.test import Client
from django.urls import reverse

from techpaten.conversations.models import Message
from techpaten.moderation import services
from techpaten.moderation.models import AuditEntry, Report
from techpaten.needs.queries import listed
from techpaten.needs.search import search_needs
from tests import factories
from tests.texts import de, shown


@pytest.fixture
def need_report(need, volunteer) -> Report:
    return services.report(volunteer, "need", need, "spam", "Werbung für einen Shop")


def as_(user) -> Client:
    """A client of its own per person (the `…_client` fixtures share one client: the last login wins)."""
    client = Client()
    client.force_login(user)
    return client


def act(client, report: Report, action: str, reason: str = "Werbung, kein Bedarf"):
    return client.post(reverse("moderation:report_detail", args=[report.pk]), {"action": action, "reason": reason})


def test_hiding_a_need_takes_it_out_of_search_and_lists_and_audits_it(staff, need, need_report):
    response = act(as_(staff), need_report, "hide")

    assert response.status_code == 302
    need.refresh_from_db()
    assert need.hidden_at is not None and need.hidden_reason == "Werbung, kein Bedarf"
    assert need not in search_needs({}) and need not in search_needs({"q": "Fotos"})
    assert need not in listed()
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.kind, entry.object_id) == (staff, "hide", "need", need.pk)
    assert (entry.title, entry.reason, entry.report) == (need.title, "Werbung, kein Bedarf", need_report)
    assert entry.created_at is not None
    need_report.refresh_from_db()
    assert (need_report.status, need_report.closed_by, need_report.resolution) == ("closed", staff, "hide")


def test_a_hidden_need_is_404_for_others_and_shows_the_reason_to_its_members(
    staff, need, need_report, volunteer, org_admin
):
    act(as_(staff), need_report, "hide")
    url = reverse("needs:detail", args=[need.pk])

    assert as_(volunteer).get(url).status_code == 404
    page = as_(org_admin).get(url)
    assert page.status_code == 200
    assert shown(page, de("Hidden by moderation: %(reason)s") % {"reason": "Werbung, kein Bedarf"})
    assert as_(staff).get(url).status_code == 200


def test_an_anonymous_visitor_gets_404_for_a_hidden_need(need, client):
    from techpaten.needs.services import hide_need

    hide_need(need, "Spam")

    assert client.get(reverse("needs:detail", args=[need.pk])).status_code == 404
    assert need.title not in client.get(reverse("needs:list")).content.decode()


def test_unhiding_brings_the_need_back_and_is_audited(staff_client, need, need_report):
    act(staff_client, need_report, "hide")

    act(staff_client, need_report, "unhide", "Irrtum, der Bedarf ist echt")

    need.refresh_from_db()
    assert need.hidden_at is None
    assert need in search_needs({})
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == ["hide", "unhide"]


def test_a_warning_is_a_mail_to_the_owner_in_their_language(
    staff_client, need, need_report, org_admin, django_capture_on_commit_callbacks
):
    org_admin.language = "en"
    org_admin.save()

    with django_capture_on_commit_callbacks(execute=True):
        act(staff_client, need_report, "warn", "Please remove the advertising.")

    assert [m.to for m in mail.outbox] == [[org_admin.email]]
    assert need.title in mail.outbox[0].subject
    assert mail.outbox[0].subject.startswith("A warning from the Techpaten team")
    assert "Please remove the advertising." in mail.outbox[0].body
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.account) == ("warn", org_admin)


def test_suspending_blocks_the_login_and_lifting_it_lets_them_in_again(staff_client, staff, need, need_report):
    owner = need.created_by
    owner.set_password("ein langes Passwort 123")
    owner.save()

    act(staff_client, need_report, "suspend", "Wiederholt Werbung")

    owner.refresh_from_db()
    assert not owner.is_active and owner.suspension_reason == "Wiederholt Werbung"
    assert authenticate(email=owner.email, password="ein langes Passwort 123") is None
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.kind, entry.object_id, entry.account) == ("suspend", "account", owner.pk, owner)

    response = staff_client.post(reverse("moderation:lift_suspension", args=[owner.pk]), {"reason": "Einsicht"})

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.is_active and owner.suspended_at is None
    assert authenticate(email=owner.email, password="ein langes Passwort 123") == owner
    assert AuditEntry.objects.filter(action="lift", object_id=owner.pk, actor=staff).exists()


def test_a_suspended_persons_session_ends(client, need, need_report, staff):
    owner = need.created_by
    client.force_login(owner)

    services.act(need_report, staff, "suspend", "Betrug")

    response = client.get(reverse("needs:for_you"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_dismissing_closes_every_open_report_of_the_object(need, need_report, org_member, staff_client):
    other = services.report(org_member, "need", need, "abuse")

    act(staff_client, need_report, "dismiss", "Kein Verstoß")

    assert set(Report.objects.values_list("status", flat=True)) == {"closed"}
    assert other.pk in Report.objects.filter(resolution="dismiss").values_list("pk", flat=True)
    assert AuditEntry.objects.get().action == "dismiss"


def test_an_action_without_a_reason_is_refused_and_nothing_is_written(staff_client, need, need_report):
    response = act(staff_client, need_report, "hide", reason="  ")

    assert response.status_code == 200
    need.refresh_from_db()
    assert need.hidden_at is None
    assert not AuditEntry.objects.exists()
    assert Report.objects.get().status == "open"


def test_a_hidden_message_is_a_placeholder_for_the_other_side_and_shows_its_author_the_reason(
    need, volunteer, org_admin, staff
):
    offer = factories.make_offer(need, volunteer)
    message = Message.objects.create(offer=offer, author=volunteer, body="Beleidigender Text hier")
    report = services.report(need.created_by, "message", message, "abuse")

    services.act(report, staff, "hide", "Beleidigung")

    url = reverse("offers:detail", args=[offer.pk])
    org_page = as_(org_admin).get(url)
    assert "Beleidigender Text hier" not in org_page.content.decode()
    assert shown(org_page, de("This message was hidden by moderation."))
    own = as_(volunteer).get(url)
    assert "Beleidigender Text hier" in own.content.decode()
    assert shown(own, de("Hidden by moderation: %(reason)s") % {"reason": "Beleidigung"})


def test_a_hidden_profile_is_404_for_others_and_readable_by_its_owner(volunteer, org_admin, staff):
    profile = volunteer.volunteer_profile
    report = services.report(org_admin, "profile", profile, "misleading")

    services.act(report, staff, "hide", "Falsche Angaben")

    url = reverse("volunteers:detail", args=[profile.pk])
    assert as_(org_admin).get(url).status_code == 404
    own = as_(volunteer).get(url)
    assert own.status_code == 200
    assert shown(own, de("Hidden by moderation: %(reason)s") % {"reason": "Falsche Angaben"})


def test_the_audit_log_is_append_only(staff, need, need_report):
    entry = services.act(need_report, staff, "dismiss", "Kein Verstoß")

    entry.reason = "geändert"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()
    assert AuditEntry.objects.get().reason == "Kein Verstoß"


def test_an_article_is_reported_and_hidden_through_the_knowledge_apps_services(volunteer, org_admin, staff):
    from techpaten.knowledge import services as knowledge

    content = knowledge.Content("Backups prüfen", "Wie man eine Sicherung prüft.", "## Schritt 1\n\nrestic check", "")
    article = knowledge.publish_article(knowledge.create_article(volunteer, content), volunteer)
    url = reverse("moderation:report", args=["article", article.pk])
    assert as_(org_admin).post(url, {"reason": "misleading"}).status_code == 302

    entry = services.act(Report.objects.get(), staff, "hide", "Falsche Anleitung")

    article.refresh_from_db()
    assert article.hidden_at is not None and article.hidden_by == staff
    assert (entry.kind, entry.object_id, entry.title) == ("article", article.pk, "Backups prüfen")
