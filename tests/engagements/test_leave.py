"""Leaving the team with a handover: the checklist, the succession, the mails, and nobody left."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from techpaten.engagements.models import Engagement, EngagementNeed, Handover
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.volunteers.models import TeamMember
from tests.texts import de, shown

from .helpers import ALL_DONE, accept, make_volunteer, member_of, url


def test_a_team_member_sees_the_handover_form(volunteer_client, team):
    response = volunteer_client.get(url("leave", team))
    assert response.status_code == 200
    assert shown(response, de("the service inventory is up to date"))
    assert shown(
        response,
        de("You lead the team: your successor becomes lead, or else the member who has been on the team longest."),
    )
    assert "Kai Backup" in response.content.decode()  # the successor to choose


def test_leaving_with_everything_done_hands_the_lead_to_the_successor_and_tells_everybody(
    volunteer_client, team, volunteer, kai, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(
            url("leave", team),
            {
                **ALL_DONE,
                "reason": "Ich ziehe nach Hamburg.",
                "successor": kai.pk,
                "notes": "Alles im Betriebshandbuch.",
            },
        )
    assert response.status_code == 302 and response.url == reverse("dashboard")
    vera = TeamMember.objects.get(user=volunteer)
    assert vera.left_at is not None and vera.leave_reason == "Ich ziehe nach Hamburg."
    handover = Handover.objects.get(member=vera)
    assert handover.complete and handover.successor == kai
    assert member_of(team, kai).role == TeamMember.Role.LEAD
    assert sorted(m.to[0] for m in mail.outbox) == sorted([org_admin.email, kai.email])
    to_admin = next(m for m in mail.outbox if m.to == [org_admin.email])
    assert "Ich ziehe nach Hamburg." in to_admin.body and "Alles im Betriebshandbuch." in to_admin.body
    assert de("OPEN") + ":" not in to_admin.body
    to_kai = next(m for m in mail.outbox if m.to == [kai.email])
    assert de("You are now the team's lead.") in to_kai.body


def test_open_items_are_allowed_but_highlighted_to_the_organisation(
    client, volunteer_client, team, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(url("leave", team), {"inventory_updated": "on", "reason": "Keine Zeit mehr."})
    to_admin = next(m for m in mail.outbox if m.to == [org_admin.email])
    html = to_admin.alternatives[0][0]
    assert f"{de('OPEN')}: {de('backups are verified (a restore was tested)')}" in to_admin.body
    assert f"{de('done')}: {de('the service inventory is up to date')}" in to_admin.body
    assert "<strong" in html and de("admin rights are passed on") in html
    assert de("Not everything was handed over. Please talk to the team about the open items.") in to_admin.body
    # The organisation sees the handover on the engagement page, open items marked.
    client.force_login(org_member)
    page = client.get(url("detail", team))
    assert shown(page, "Keine Zeit mehr.")
    assert "status-open-item" in page.content.decode()


def test_without_a_successor_the_longest_serving_member_leads(volunteer_client, need, team, org_admin, kai):
    third = make_volunteer("lea@example.org", "Lea")
    accept(need, third, org_admin)
    volunteer_client.post(url("leave", team), {"reason": "Neuer Job."})
    assert member_of(team, kai).role == TeamMember.Role.LEAD
    assert member_of(team, third).role == TeamMember.Role.MEMBER


def test_when_nobody_is_left_the_matched_needs_are_listed_again_and_the_engagement_pauses(
    volunteer_client, need, volunteer, org_admin, django_capture_on_commit_callbacks
):
    engagement = accept(need, volunteer, org_admin)
    need_services.change_status(need, org_admin, "mark_matched")
    with django_capture_on_commit_callbacks(execute=True):
        response = volunteer_client.post(url("leave", engagement), {"reason": "Ich höre auf."})
    assert response.status_code == 302
    need.refresh_from_db()
    engagement.refresh_from_db()
    assert need.status == Need.Status.OPEN
    assert not EngagementNeed.objects.get(need=need).seeking_backup
    assert engagement.status == Engagement.Status.PAUSED
    [to_admin] = mail.outbox
    assert to_admin.to == [org_admin.email]
    assert (
        de(
            "Nobody is left on the team. We have paused the engagement and listed your needs again, "
            "so new volunteers can offer help:"
        )
        in to_admin.body
    )
    assert need.title in to_admin.body


def test_the_successor_must_stay_on_the_team_and_bad_input_writes_nothing(
    volunteer_client, team, volunteer, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        missing_reason = volunteer_client.post(url("leave", team), {**ALL_DONE, "reason": ""})
        foreign_successor = volunteer_client.post(url("leave", team), {"reason": "Weg.", "successor": org_admin.pk})
    assert missing_reason.status_code == 200
    assert shown(missing_reason, de("Please say in a sentence why you are leaving."))
    assert foreign_successor.status_code == 200 and foreign_successor.context["form"].errors["successor"]
    assert member_of(team, volunteer).left_at is None
    assert not Handover.objects.exists()
    assert mail.outbox == []


def test_only_the_team_reaches_the_form(client, team, org_member, org_admin, other_member):
    assert client.get(url("leave", team)).url.startswith(reverse("account_login"))
    for user, status in ((org_member, 403), (org_admin, 403), (other_member, 404)):
        client.force_login(user)
        assert client.get(url("leave", team)).status_code == status
        assert client.post(url("leave", team), {"reason": "x"}).status_code == status
    assert not TeamMember.objects.filter(left_at__isnull=False).exists()


def test_a_team_serving_two_organisations_tells_both(
    volunteer_client,
    team,
    volunteer,
    kai,
    org_admin,
    other_organisation,
    other_member,
    django_capture_on_commit_callbacks,
):
    from techpaten.offers import services as offer_services

    from .. import factories

    other_need = factories.make_need(other_organisation, title="Vereinswebseite")
    offer_services.accept(factories.make_offer(other_need, volunteer, team=team.team), other_member)
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(url("leave", team), {"reason": "Umzug."})
    assert sorted(m.to[0] for m in mail.outbox) == sorted([org_admin.email, other_member.email, kai.email])
