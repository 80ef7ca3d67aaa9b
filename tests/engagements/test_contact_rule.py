"""One rule for the organisation's contact details (engagements.access.may_see_contact), on every page and document.

Staff, the organisation's members and the volunteers on the live team (active or paused) of one of its
engagements — nobody else. Before issue 10 a team member whose own offer was not the accepted one was refused them
on the pages but found them in the generated documents, and a volunteer who had left kept them.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from techpaten.engagements.access import may_see_contact
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.paperwork import services as paperwork_services
from techpaten.volunteers.models import Team, TeamMember
from tests import factories
from tests.paperwork.parse import text_of

from .helpers import accept, make_volunteer

# The documents that carry contact details of the organisation (AVV, TOM, VVT, Art. 13 notice, photo consent,
# breach plan), in each format.
DOCUMENTS = ("avv", "tom", "vvt", "information_notice", "photo_consent", "breach_plan")
FORMATS = ("html", "docx", "odt")


def as_(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def contact_of(organisation) -> tuple[str, ...]:
    return (organisation.contact_email, organisation.contact_phone, "Sonnenallee 1")


def shown_contact(organisation, text: str) -> list[str]:
    return [value for value in contact_of(organisation) if value in text]


def set_status(engagement: Engagement, status: str) -> None:
    Engagement.objects.filter(pk=engagement.pk).update(status=status)
    engagement.refresh_from_db()


# --- the rule --------------------------------------------------------------------------------------------------------


def test_staff_and_members_see_them_anonymous_visitors_and_outsiders_do_not(
    organisation, org_admin, org_member, staff, other_member, volunteer
):
    assert may_see_contact(org_admin, organisation.pk) and may_see_contact(org_member, organisation.pk)
    assert may_see_contact(staff, organisation.pk)
    assert not may_see_contact(AnonymousUser(), organisation.pk)
    assert not may_see_contact(other_member, organisation.pk)
    assert not may_see_contact(volunteer, organisation.pk)


def test_a_pending_or_declined_offer_shows_nothing(need, volunteer, organisation):
    factories.make_offer(need, volunteer)
    assert not may_see_contact(volunteer, organisation.pk)
    Offer.objects.update(status=Offer.Status.DECLINED)
    assert not may_see_contact(volunteer, organisation.pk)


@pytest.mark.parametrize(
    ("status", "visible"),
    [(Engagement.Status.ACTIVE, True), (Engagement.Status.PAUSED, True), (Engagement.Status.ENDED, False)],
)
def test_the_team_sees_them_while_the_engagement_is_live(need, volunteer, org_admin, organisation, status, visible):
    engagement = accept(need, volunteer, org_admin)
    set_status(engagement, status)
    assert may_see_contact(volunteer, organisation.pk) is visible


def test_a_volunteer_who_left_the_team_does_not(need, volunteer, org_admin, organisation):
    from django.utils import timezone

    accept(need, volunteer, org_admin)
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    assert not may_see_contact(volunteer, organisation.pk)


def test_a_team_serving_two_organisations_sees_only_those_whose_engagement_is_live(
    need, volunteer, org_admin, organisation, other_organisation, other_member
):
    # The status and the organisation must hold for the same engagement of the team (one join, not two).
    ended = accept(need, volunteer, org_admin)
    set_status(ended, Engagement.Status.ENDED)
    other_need = factories.make_need(other_organisation, created_by=other_member)
    Engagement.objects.create(organisation=other_organisation, team_id=ended.team_id)
    offer_services.accept(factories.make_offer(other_need, volunteer, team=ended.team), other_member)
    assert may_see_contact(volunteer, other_organisation.pk)
    assert not may_see_contact(volunteer, organisation.pk)


# --- a team member whose own offer was not the accepted one ----------------------------------------------------------


@pytest.fixture
def theo(db):
    return make_volunteer("theo.team@example.org", "Theo Team")


@pytest.fixture
def team_engagement(need, volunteer, theo, org_admin, organisation) -> Engagement:
    """Vera and Theo are a team; Vera offers on the team's behalf and is accepted: Theo is on the live team without an
    accepted offer of his own, and has a pending one on another need of the organisation."""
    team = Team.objects.create(name="Admins Potsdam")
    TeamMember.objects.create(team=team, user=volunteer, role=TeamMember.Role.LEAD)
    TeamMember.objects.create(team=team, user=theo)
    offer_services.accept(factories.make_offer(need, volunteer, team=team), org_admin)
    other = factories.make_need(organisation, title="Neue Webseite", use_cases=("website",))
    factories.make_offer(other, theo)
    engagement = Engagement.objects.get(team=team)
    # The team hosts the service: a processor, so the AVV is among the documents (the stored role decides it).
    paperwork_services.store_role(engagement, "processor", org_admin)
    return engagement


def test_a_team_member_without_an_accepted_offer_sees_them_on_every_page(team_engagement, theo, need, organisation):
    client = as_(theo)
    offer = Offer.objects.get(volunteer=theo)
    assert offer.status == Offer.Status.PENDING
    for url in (
        reverse("offers:detail", args=[offer.pk]),
        reverse("needs:detail", args=[need.pk]),
        reverse("organisations:detail", args=[organisation.slug]),
    ):
        assert shown_contact(organisation, client.get(url).content.decode()) == list(contact_of(organisation)), url


def document_text(client: Client, engagement: Engagement, kind: str, fmt: str) -> str:
    if fmt == "html":
        response = client.get(reverse("paperwork:document", args=[engagement.pk, kind]))
        assert response.status_code == 200
        return response.content.decode()
    response = client.get(reverse("paperwork:download", args=[engagement.pk, kind, fmt]))
    assert response.status_code == 200
    return text_of(response.content, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_the_documents_show_them_to_the_live_team_as_the_pages_do_and_to_nobody_else(
    team_engagement, theo, org_admin, organisation, kind, fmt
):
    expected = shown_contact(organisation, document_text(as_(org_admin), team_engagement, kind, fmt))
    assert expected, f"{kind} shows none of the contact details to the organisation's admin"
    assert shown_contact(organisation, document_text(as_(theo), team_engagement, kind, fmt)) == expected
    set_status(team_engagement, Engagement.Status.ENDED)
    # The team still reads its ended engagement (history), but the documents leave the contact details out.
    assert shown_contact(organisation, document_text(as_(theo), team_engagement, kind, fmt)) == []
