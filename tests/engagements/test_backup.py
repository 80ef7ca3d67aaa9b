"""A team with a single admin is flagged to both sides, and a need can be re-opened for a backup in one click."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.engagements.models import Engagement, EngagementNeed
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.volunteers.models import TeamMember
from tests.texts import de, shown

from .. import factories
from .helpers import accept, make_volunteer, url

FLAG = (
    "No backup admin yet: if the only volunteer drops out, nobody can look after the services. "
    "Look for a second person."
)


def matched(need, org_admin) -> Need:
    return need_services.change_status(need, org_admin, "mark_matched")


def test_a_single_admin_is_flagged_to_the_team_and_the_organisation_also_on_their_dashboards(
    client, need, volunteer, org_admin, org_member
):
    engagement = accept(need, volunteer, org_admin)
    for user in (volunteer, org_member):
        client.force_login(user)
        assert shown(client.get(url("detail", engagement)), de(FLAG))
        assert shown(client.get(reverse("dashboard")), de("no backup admin yet"))


def test_the_flag_is_gone_once_a_second_volunteer_is_on_the_team(client, need, volunteer, org_admin, org_member):
    engagement = accept(need, volunteer, org_admin)
    accept(need, make_volunteer("kai@example.org", "Kai"), org_admin)
    for user in (volunteer, org_member):
        client.force_login(user)
        assert not shown(client.get(url("detail", engagement)), de(FLAG))
        assert not shown(client.get(reverse("dashboard")), de("no backup admin yet"))


def test_a_team_member_reopens_a_matched_need_for_a_backup_and_it_is_listed_as_backup_wanted(
    client, need, volunteer, org_admin
):
    engagement = accept(need, volunteer, org_admin)
    matched(need, org_admin)
    client.force_login(volunteer)
    response = client.post(url("reopen_for_backup", engagement, need_pk=need.pk), follow=True)
    assert response.redirect_chain == [(url("detail", engagement), 302)]
    assert shown(
        response, de("The need is listed again as “backup wanted”. A volunteer you accept now joins as backup.")
    )
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN
    assert EngagementNeed.objects.get(need=need).seeking_backup
    client.logout()
    assert shown(client.get(reverse("needs:detail", args=[need.pk])), de("backup wanted"))
    assert shown(client.get(reverse("needs:list")), de("backup wanted"))


def test_an_organisation_admin_may_reopen_too(admin_client_, need, volunteer, org_admin):
    engagement = accept(need, volunteer, org_admin)
    matched(need, org_admin)
    admin_client_.post(url("reopen_for_backup", engagement, need_pk=need.pk))
    need.refresh_from_db()
    assert (need.status, EngagementNeed.objects.get(need=need).seeking_backup) == (Need.Status.OPEN, True)


def test_a_closed_need_is_refused_with_a_clear_message_and_nothing_changes(admin_client_, need, volunteer, org_admin):
    engagement = accept(need, volunteer, org_admin)
    need_services.change_status(need, org_admin, "close")
    response = admin_client_.post(url("reopen_for_backup", engagement, need_pk=need.pk), follow=True)
    assert shown(
        response,
        de("This need is closed. The organisation can open it again first; then you can look for a backup."),
    )
    need.refresh_from_db()
    assert need.status == Need.Status.CLOSED
    assert not EngagementNeed.objects.get(need=need).seeking_backup


def test_plain_members_may_not_outsiders_get_404_and_get_is_not_allowed(
    client, need, volunteer, org_admin, org_member, other_member
):
    engagement = accept(need, volunteer, org_admin)
    target = url("reopen_for_backup", engagement, need_pk=need.pk)
    client.force_login(org_member)
    assert client.post(target).status_code == 403
    client.force_login(other_member)
    assert client.post(target).status_code == 404
    client.force_login(volunteer)
    assert client.get(target).status_code == 405
    other_need = factories.make_need(need.organisation, title="Nicht im Team")
    assert client.post(url("reopen_for_backup", engagement, need_pk=other_need.pk)).status_code == 404
    assert not EngagementNeed.objects.filter(seeking_backup=True).exists()


def test_an_offer_accepted_while_a_backup_is_wanted_joins_as_backup_and_the_search_ends(
    client, need, volunteer, org_admin
):
    engagement = accept(need, volunteer, org_admin)
    matched(need, org_admin)
    client.force_login(volunteer)
    client.post(url("reopen_for_backup", engagement, need_pk=need.pk))
    kai = make_volunteer("kai@example.org", "Kai")
    assert accept(need, kai, org_admin) == engagement
    assert TeamMember.objects.get(user=kai).role == TeamMember.Role.BACKUP
    assert not EngagementNeed.objects.get(need=need).seeking_backup
    assert not shown(client.get(url("detail", engagement)), de(FLAG))


def test_the_need_listing_shows_the_marker_without_extra_queries(client, need, volunteer, org_admin):
    engagement = accept(need, volunteer, org_admin)
    before = len(client.get(reverse("needs:list")).context["page_obj"])
    with CaptureQueriesContext(connection) as plain:
        client.get(reverse("needs:list"))
    EngagementNeed.objects.filter(engagement=engagement).update(seeking_backup=True)
    with CaptureQueriesContext(connection) as marked:
        response = client.get(reverse("needs:list"))
    assert before == 1
    assert shown(response, de("backup wanted"))
    assert len(marked.captured_queries) == len(plain.captured_queries)


def test_an_ended_engagement_needs_no_backup_and_nobody_looks_for_one_on_its_page_or_behind_it(
    client, need, volunteer, org_admin
):
    # The page, the dashboard and the service once disagreed about ended engagements (issue 10): one rule now.
    engagement = accept(need, volunteer, org_admin)
    matched(need, org_admin)
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    client.force_login(org_admin)
    page = client.get(url("detail", engagement))
    assert not shown(page, de(FLAG)) and not page.context["may_look_for_backup"]
    assert [may_reopen for _link, may_reopen in page.context["links"]] == [False]
    assert not shown(client.get(reverse("dashboard")), de("no backup admin yet"))
    response = client.post(url("reopen_for_backup", engagement, need_pk=need.pk), follow=True)
    assert shown(response, de("This engagement has ended."))
    assert not EngagementNeed.objects.get(need=need).seeking_backup


def test_the_page_offers_to_look_for_a_backup_only_on_needs_that_can_be_listed_again(
    admin_client_, need, volunteer, org_admin, organisation
):
    engagement = accept(need, volunteer, org_admin)
    matched(need, org_admin)
    closed = factories.make_need(organisation, title="Alte Webseite", use_cases=("website",))
    accept(closed, volunteer, org_admin)
    need_services.change_status(closed, org_admin, "close")
    links = dict(admin_client_.get(url("detail", engagement)).context["links"])
    assert {link.need_id: may for link, may in links.items()} == {need.pk: True, closed.pk: False}
