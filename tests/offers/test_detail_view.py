"""offers:detail — the offer page for its volunteer and the organisation's members, nobody else."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.conversations.models import Message
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer, hours_per_month=5)


def url(offer: Offer) -> str:
    return reverse("offers:detail", args=[offer.pk])


def test_the_volunteer_sees_the_offer_the_need_and_can_withdraw(volunteer_client, offer, need, volunteer):
    response = volunteer_client.get(url(offer))
    assert response.status_code == 200
    html = response.content.decode()
    assert need.title in html
    assert reverse("needs:detail", args=[need.pk]) in html
    assert offer.message in html
    assert reverse("volunteers:detail", args=[volunteer.volunteer_profile.pk]) in html
    assert reverse("offers:withdraw", args=[offer.pk]) in html
    assert reverse("offers:accept", args=[offer.pk]) not in html
    assert reverse("conversations:post", args=[offer.pk]) in html


def test_an_admin_sees_the_volunteers_profile_and_can_answer(admin_client_, offer, volunteer):
    profile = volunteer.volunteer_profile
    response = admin_client_.get(url(offer))
    html = response.content.decode()
    assert response.status_code == 200
    assert profile.display_name in html
    assert profile.bio in html
    for skill in profile.skills.all():
        assert skill.name in html
    assert reverse("offers:accept", args=[offer.pk]) in html
    assert reverse("offers:decline", args=[offer.pk]) in html
    assert reverse("offers:withdraw", args=[offer.pk]) not in html


def test_a_member_who_is_no_admin_reads_but_cannot_answer(member_client, offer):
    response = member_client.get(url(offer))
    html = response.content.decode()
    assert response.status_code == 200
    assert offer.message in html
    assert reverse("offers:accept", args=[offer.pk]) not in html
    assert reverse("offers:decline", args=[offer.pk]) not in html
    assert reverse("conversations:post", args=[offer.pk]) in html


def test_answer_forms_disappear_once_the_offer_is_answered(admin_client_, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED, decision_message="Gern, bis bald!")
    html = admin_client_.get(url(offer)).content.decode()
    assert reverse("offers:accept", args=[offer.pk]) not in html
    assert "Gern, bis bald!" in html


@pytest.mark.parametrize("persona", ["outsider_client", "staff_client"])
def test_outsiders_get_not_found(offer, persona, request):
    assert request.getfixturevalue(persona).get(url(offer)).status_code == 404


def test_another_volunteer_gets_not_found(client, offer):
    from ..conftest import login
    from .helpers import make_volunteer

    other = make_volunteer("kai.helper@example.org")
    assert login(client, other).get(url(offer)).status_code == 404


def test_an_unknown_offer_is_not_found(volunteer_client, db):
    assert volunteer_client.get(reverse("offers:detail", args=[999999])).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, offer):
    response = client.get(url(offer))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_pending_offer_says_when_it_expires(volunteer_client, offer):
    response = volunteer_client.get(url(offer))
    assert response.context["offer"].status == "pending"
    assert 'class="notice"' in response.content.decode()


def test_contact_details_stay_hidden_until_the_offer_is_accepted(volunteer_client, offer, organisation, org_admin):
    from techpaten.offers import services

    response = volunteer_client.get(url(offer))
    assert organisation.contact_email.encode() not in response.content
    assert organisation.contact_phone.encode() not in response.content
    assert b"Sonnenallee" not in response.content
    services.accept(offer, org_admin)
    response = volunteer_client.get(url(offer))
    assert organisation.contact_email.encode() in response.content
    assert organisation.contact_phone.encode() in response.content
    assert b"Sonnenallee" in response.content


@pytest.mark.parametrize("status", ["declined", "withdrawn", "expired"])
def test_contact_details_stay_hidden_for_finished_offers(volunteer_client, need, volunteer, organisation, status):
    offer = factories.make_offer(need, volunteer, status=status)
    response = volunteer_client.get(url(offer))
    assert organisation.contact_email.encode() not in response.content
    assert organisation.contact_phone.encode() not in response.content


def test_the_needs_page_hides_contact_details_until_the_offer_is_accepted(volunteer_client, offer, need, org_admin):
    from techpaten.offers import services

    needs_url = reverse("needs:detail", args=[need.pk])
    response = volunteer_client.get(needs_url)
    organisation = need.organisation
    assert response.status_code == 200
    assert organisation.contact_email.encode() not in response.content
    assert organisation.contact_phone.encode() not in response.content
    services.accept(offer, org_admin)
    response = volunteer_client.get(needs_url)
    assert organisation.contact_email.encode() in response.content
    assert organisation.contact_phone.encode() in response.content


def test_the_conversation_shows_authors_and_deleted_users(volunteer_client, offer, org_admin, volunteer):
    Message.objects.create(offer=offer, author=volunteer, body="Hallo, wann passt es Ihnen?")
    Message.objects.create(offer=offer, author=org_admin, body="Dienstag um 10 Uhr?")
    Message.objects.create(offer=offer, author=None, body="Alte Nachricht")
    response = volunteer_client.get(url(offer))
    html = response.content.decode()
    assert "Hallo, wann passt es Ihnen?" in html
    assert org_admin.display_name in html
    assert shown(response, de("deleted user"))
    # Newest first: the latest message is read first, next to the form.
    assert html.index("Alte Nachricht") < html.index("Dienstag um 10") < html.index("Hallo, wann")


def test_a_finished_offer_has_a_closed_conversation(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer, status=Offer.Status.WITHDRAWN)
    response = volunteer_client.get(url(offer))
    assert reverse("conversations:post", args=[offer.pk]) not in response.content.decode()
    assert shown(response, de("This conversation is closed because the offer is no longer open."))


def test_the_page_runs_the_same_queries_for_1_and_20_messages(
    volunteer_client, offer, volunteer, org_admin, django_assert_num_queries
):
    Message.objects.create(offer=offer, author=volunteer, body="Erste Nachricht")
    volunteer_client.get(url(offer))  # warm the session
    with CaptureQueriesContext(connection) as one:
        volunteer_client.get(url(offer))
    for n in range(19):
        Message.objects.create(offer=offer, author=org_admin if n % 2 else volunteer, body=f"Nachricht {n}")
    with django_assert_num_queries(len(one.captured_queries)):
        response = volunteer_client.get(url(offer))
    assert len(response.context["conversation"].messages) == 20


def test_a_long_conversation_shows_the_newest_page_and_links_the_earlier_ones(
    volunteer_client, offer, volunteer, django_assert_num_queries
):
    from techpaten.conversations.queries import PAGE_SIZE

    Message.objects.bulk_create(
        Message(offer=offer, author=volunteer, body=f"Nachricht {n:04}") for n in range(PAGE_SIZE * 2 + 5)
    )
    response = volunteer_client.get(url(offer))
    html = response.content.decode()
    page = response.context["conversation"]
    assert [m.body for m in page.messages][:2] == [
        f"Nachricht {PAGE_SIZE * 2 + 4:04}",
        f"Nachricht {PAGE_SIZE * 2 + 3:04}",
    ]
    assert len(page.messages) == PAGE_SIZE
    assert "Nachricht 0000" not in html
    assert f"?before={page.earlier_before}#conversation" in html
    second = volunteer_client.get(url(offer), {"before": page.earlier_before}).context["conversation"]
    assert second.messages[0].body == f"Nachricht {PAGE_SIZE + 4:04}" and not second.is_newest
    last = volunteer_client.get(url(offer), {"before": second.earlier_before}).context["conversation"]
    assert [m.body for m in last.messages] == [f"Nachricht {n:04}" for n in range(4, -1, -1)]
    assert last.earlier_before is None


@pytest.mark.parametrize("before", ["abc", "-1", "99999999999999999999999", ""])
def test_a_nonsense_cursor_shows_the_newest_messages(volunteer_client, offer, volunteer, before):
    Message.objects.create(offer=offer, author=volunteer, body="Hallo")
    response = volunteer_client.get(url(offer), {"before": before})
    assert response.status_code == 200
    assert [m.body for m in response.context["conversation"].messages] == ["Hallo"]
