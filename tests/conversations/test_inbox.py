"""The messages inbox: every conversation of a person, newest activity first, unread ones marked and counted in the
navigation; opening a conversation marks it read."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from techpaten.conversations.inbox import PAGE_SIZE, unread_count
from techpaten.conversations.models import Message, ReadMarker
from techpaten.offers.models import Offer
from tests import factories
from tests.texts import de, shown

INBOX = reverse("conversations:inbox")


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def write(offer: Offer, author, body: str = "Hallo") -> Message:
    return Message.objects.create(offer=offer, author=author, body=body)


def rows(response):
    return response.context["page"].rows


def test_the_volunteer_and_the_members_see_the_conversation_with_unread_markers(
    client, offer, volunteer, org_admin, org_member
):
    write(offer, volunteer, "Wann passt es Ihnen?")
    write(offer, org_admin, "Dienstag um 10?")
    for person, unread in [(volunteer, 1), (org_admin, 1), (org_member, 2)]:
        client.force_login(person)
        (row,) = rows(client.get(INBOX))
        assert (row.offer, row.unread, row.last_message.body) == (offer, unread, "Dienstag um 10?")
        assert unread_count(person.pk) == 1


def test_outsiders_see_no_conversation_of_others(outsider_client, staff_client, offer, volunteer):
    write(offer, volunteer)
    for client in (outsider_client, staff_client):
        response = client.get(INBOX)
        assert response.status_code == 200
        assert rows(response) == []
        assert not shown(response, offer.need.title)


def test_an_outsider_cannot_open_the_conversation_itself(outsider_client, offer, volunteer, other_member):
    write(offer, volunteer)
    assert outsider_client.get(reverse("offers:detail", args=[offer.pk])).status_code == 404
    assert not ReadMarker.objects.filter(user=other_member).exists()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_opening_the_conversation_marks_it_read_and_the_navigation_count_follows(
    member_client, offer, volunteer, org_member
):
    write(offer, volunteer, "Erste Frage")
    page = member_client.get(INBOX)
    assert 'class="tag">1<' in page.content.decode()  # the count in the navigation
    with translation.override("de"):
        assert shown(page, ngettext("%(counter)s unread", "%(counter)s unread", 1) % {"counter": 1})
    member_client.get(reverse("offers:detail", args=[offer.pk]))
    assert unread_count(org_member.pk) == 0
    (row,) = rows(member_client.get(INBOX))
    assert row.unread == 0
    write(offer, volunteer, "Zweite Frage")
    write(offer, org_member, "Meine Antwort")  # one's own message is never unread
    assert unread_count(org_member.pk) == 1
    assert rows(member_client.get(INBOX))[0].unread == 1


def test_an_earlier_page_of_the_conversation_does_not_mark_the_newest_read(member_client, offer, volunteer, org_member):
    first = write(offer, volunteer, "Alt")
    write(offer, volunteer, "Neu")
    member_client.get(reverse("offers:detail", args=[offer.pk]) + f"?before={first.pk + 1}")
    assert unread_count(org_member.pk) == 1


def test_newest_activity_first_and_paged_by_keyset(volunteer_client, volunteer, organisation, org_admin):
    offers = [
        factories.make_offer(factories.make_need(organisation, title=f"Gesuch {n:02}"), volunteer)
        for n in range(PAGE_SIZE + 2)
    ]
    for offer in offers:
        write(offer, org_admin)
    write(offers[0], org_admin, "Das Neueste")  # the oldest conversation becomes the newest
    first = volunteer_client.get(INBOX)
    titles = [row.offer.need.title for row in rows(first)]
    assert titles[0] == "Gesuch 00"
    assert len(titles) == PAGE_SIZE
    older = first.context["page"].older_before
    second = volunteer_client.get(INBOX, {"before": older})
    assert [row.offer.need.title for row in rows(second)] == ["Gesuch 02", "Gesuch 01"]
    assert second.context["page"].older_before is None
    assert volunteer_client.get(INBOX, {"before": "nonsense"}).context["page"].is_first


def test_the_inbox_runs_the_same_queries_for_1_and_20_conversations(
    volunteer_client, volunteer, organisation, org_admin, django_assert_num_queries
):
    first = factories.make_offer(factories.make_need(organisation, title="Gesuch"), volunteer)
    write(first, org_admin)
    volunteer_client.get(INBOX)  # warm the session
    with CaptureQueriesContext(connection) as one:
        volunteer_client.get(INBOX)
    for n in range(19):
        offer = factories.make_offer(factories.make_need(organisation, title=f"Gesuch {n}"), volunteer)
        write(offer, org_admin if n % 2 else volunteer)
    with django_assert_num_queries(len(one.captured_queries)):
        response = volunteer_client.get(INBOX)
    assert len(rows(response)) == 20


def test_anonymous_pages_run_no_query_for_the_unread_count(db, client):
    client.get(reverse("imprint"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("imprint"))
    assert response.status_code == 200
    assert not any("conversations_message" in q["sql"] for q in queries.captured_queries)


def test_a_person_without_conversations_sees_an_explanation(volunteer_client):
    response = volunteer_client.get(INBOX)
    assert rows(response) == []
    explanation = (
        "No conversations yet. When you offer help, or someone offers help to your organisation, "
        "you can write to each other there."
    )
    assert shown(response, de(explanation))
