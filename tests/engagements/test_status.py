"""The organisation's admins pause, resume and end an engagement; an ended one keeps its history."""

from __future__ import annotations

import pytest

from techpaten.core.rules import RuleViolation
from techpaten.engagements import services
from techpaten.engagements.models import Engagement
from tests.texts import de, shown

from .helpers import accept, url

S = Engagement.Status


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    return accept(need, volunteer, org_admin)


def status(engagement) -> str:
    engagement.refresh_from_db()
    return engagement.status


def test_an_admin_pauses_and_resumes(admin_client_, engagement):
    response = admin_client_.post(url("change_status", engagement), {"action": "pause"}, follow=True)
    assert shown(response, de("The engagement is paused."))
    assert status(engagement) == S.PAUSED
    admin_client_.post(url("change_status", engagement), {"action": "resume"})
    assert status(engagement) == S.ACTIVE


def test_ending_asks_for_the_ticked_box_and_keeps_the_history(admin_client_, engagement, need, volunteer):
    response = admin_client_.post(url("change_status", engagement), {"action": "end"}, follow=True)
    assert shown(response, de("Please tick the box to confirm that you want to end the engagement."))
    assert status(engagement) == S.ACTIVE
    admin_client_.post(url("change_status", engagement), {"action": "end", "confirm": "on"})
    assert status(engagement) == S.ENDED and engagement.ended_at is not None
    page = admin_client_.get(url("detail", engagement))
    assert page.status_code == 200
    assert need.title in page.content.decode() and "Vera Volunteer" in page.content.decode()


def test_an_ended_engagement_cannot_be_resumed(admin_client_, engagement, org_admin):
    services.change_status(engagement, org_admin, "end")
    response = admin_client_.post(url("change_status", engagement), {"action": "resume"}, follow=True)
    assert shown(response, de("This engagement has changed in the meantime. Please reload the page."))
    assert status(engagement) == S.ENDED


def test_only_admins_decide(client, engagement, org_member, volunteer, other_member):
    for user, code in ((org_member, 403), (volunteer, 403), (other_member, 404)):
        client.force_login(user)
        assert client.post(url("change_status", engagement), {"action": "pause"}).status_code == code
    assert client.get(url("change_status", engagement)).status_code == 405
    assert status(engagement) == S.ACTIVE
    with pytest.raises(RuleViolation):
        services.change_status(engagement, volunteer, "pause")


def test_an_unknown_action_changes_nothing(admin_client_, engagement):
    response = admin_client_.post(url("change_status", engagement), {"action": "explode"}, follow=True)
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert status(engagement) == S.ACTIVE


def test_a_new_need_does_not_join_an_ended_engagement(engagement, org_admin, organisation, volunteer):
    from .. import factories

    services.change_status(engagement, org_admin, "end")
    website = factories.make_need(organisation, title="Webseite", use_cases=("website",))
    assert accept(website, volunteer, org_admin) != engagement
