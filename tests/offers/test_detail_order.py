"""The offer page puts first what a person does there: answer the offer, then the conversation; the first meetings
follow with their form folded away (<details>, no JavaScript), the offer's facts last."""

from __future__ import annotations

import re

from django.urls import reverse

from techpaten.core.sections import slots
from tests.texts import de

from .. import factories


def _positions(page: str, *ids: str) -> list[int]:
    found = [page.find(f'id="{element_id}"') for element_id in ids]
    assert -1 not in found, dict(zip(ids, found, strict=True))
    return found


def test_the_conversation_section_comes_before_the_meetings_section():
    providers = slots()["offers.detail"]
    assert providers.index("techpaten.conversations.sections.conversation") < providers.index(
        "techpaten.meetings.sections.meetings"
    )


def test_the_answer_and_the_conversation_come_before_the_meetings_and_the_facts(admin_client_, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    page = admin_client_.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    answer, conversation, meetings, facts = _positions(
        page, "answer-heading", "conversation-heading", "meetings-heading", "offer-heading"
    )
    assert answer < conversation < meetings < facts


def test_the_meeting_form_is_folded_away_until_a_proposal_comes_back_with_errors(admin_client_, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    page = admin_client_.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    folded = re.search(r"<details class=\"meeting-propose\"( open)?>\s*<summary>([^<]*)</summary>", page)
    assert folded is not None
    assert folded.group(1) is None
    assert folded.group(2) == de("Propose a first meeting")
    details = page[folded.start() : page.index("</details>", folded.start())]
    assert f'action="{reverse("meetings:propose", args=[offer.pk])}"' in details
    response = admin_client_.post(reverse("meetings:propose", args=[offer.pk]), {"meeting-date": "kein Datum"})
    assert response.status_code == 200
    assert '<details class="meeting-propose" open>' in response.content.decode()
