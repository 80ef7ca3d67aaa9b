"""The need page: what everybody sees, what only members see, contact details only after a match."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from tests import factories


def url(need: Need, **params) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("needs:detail", args=[need.pk]) + (f"?{query}" if query else "")


def test_anyone_sees_an_open_need_with_all_its_facts(client, need):
    need.monthly_budget_cents = 1250
    need.remote_ok = True
    need.save()
    response = client.get(url(need))
    assert response.status_code == 200
    content = response.content.decode()
    assert need.title in content
    assert "Sommerfest" in content  # description
    assert need.use_cases.get().name in content
    for skill in need.skills.all():
        assert skill.name in content
    with translation.override("de"):
        assert escape(need.get_kind_display()) in content
        assert escape(need.get_size_display()) in content
        assert escape(need.get_urgency_display()) in content
    assert "12,50\xa0€" in content  # German number format, a non-breaking space before the sign
    assert 'class="tag status-open"' in content
    organisation = need.organisation
    assert reverse("organisations:detail", args=[organisation.slug]) in content
    assert organisation.sector.name in content
    assert organisation.town in content
    assert organisation.description in content


def test_the_description_is_plain_text_with_line_breaks(client, organisation):
    need = factories.make_need(organisation, description="Erste Zeile\nZweite <script>alert(1)</script> Zeile")
    content = client.get(url(need)).content.decode()
    assert "Erste Zeile<br>Zweite &lt;script&gt;alert(1)&lt;/script&gt; Zeile" in content
    assert "<script>alert" not in content


@pytest.mark.parametrize("status", [Need.Status.DRAFT, Need.Status.CLOSED])
def test_drafts_and_closed_needs_are_hidden_from_everybody_but_members(
    client, organisation, org_member, other_member, volunteer, status
):
    need = factories.make_need(organisation, status=status)
    assert client.get(url(need)).status_code == 404
    for outsider in (other_member, volunteer):
        client.force_login(outsider)
        assert client.get(url(need)).status_code == 404
    client.force_login(org_member)
    assert client.get(url(need)).status_code == 200


def test_an_unknown_need_is_404(client, db):
    assert client.get(reverse("needs:detail", args=[999])).status_code == 404


@pytest.mark.parametrize("persona", ["anonymous", "other_member", "volunteer"])
def test_contact_details_stay_hidden_before_a_match(client, need, request, persona):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    content = client.get(url(need)).content.decode()
    organisation = need.organisation
    assert 'class="contact"' not in content
    assert organisation.contact_email not in content
    assert organisation.contact_phone not in content
    assert organisation.contact_address not in content


@pytest.mark.parametrize("persona", ["org_member", "staff", "accepted_volunteer"])
def test_contact_details_show_for_members_staff_and_accepted_volunteers(client, need, request, persona, volunteer):
    if persona == "accepted_volunteer":
        factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
        client.force_login(volunteer)
    else:
        client.force_login(request.getfixturevalue(persona))
    content = client.get(url(need)).content.decode()
    assert 'class="contact"' in content
    assert need.organisation.contact_email in content


def test_the_distance_from_the_volunteers_postcode_is_shown(volunteer_client, need):
    response = volunteer_client.get(url(need))
    assert response.context["distance"] == pytest.approx(25.86, abs=0.05)
    assert "26 km" in response.content.decode()


def test_a_postcode_in_the_address_sets_the_distance(client, need):
    assert client.get(url(need, plz="14469")).context["distance"] == pytest.approx(26.92, abs=0.05)
    assert "distance" not in client.get(url(need)).context
    assert "distance" not in client.get(url(need, plz="00000")).context


def test_members_see_edit_link_status_buttons_and_offers(member_client, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    content = member_client.get(url(need)).content.decode()
    assert reverse("needs:edit", args=[need.pk]) in content
    assert reverse("needs:change_status", args=[need.pk]) in content
    assert 'value="mark_matched"' in content
    assert 'value="close"' in content
    assert 'value="publish"' not in content
    assert reverse("offers:detail", args=[offer.pk]) in content
    assert 'class="tag status-pending"' in content
    assert volunteer.display_name in content


def test_a_draft_offers_to_publish(member_client, organisation):
    need = factories.make_need(organisation, status=Need.Status.DRAFT)
    content = member_client.get(url(need)).content.decode()
    assert 'value="publish"' in content
    assert 'value="reopen"' not in content


def test_outsiders_see_no_management(volunteer_client, need):
    content = volunteer_client.get(url(need)).content.decode()
    assert reverse("needs:edit", args=[need.pk]) not in content
    assert reverse("needs:change_status", args=[need.pk]) not in content


def test_a_volunteer_is_invited_to_offer_help(volunteer_client, need):
    content = volunteer_client.get(url(need)).content.decode()
    assert reverse("offers:create", args=[need.pk]) in content


def test_a_volunteer_sees_their_own_offer_instead(volunteer_client, need, volunteer):
    offer = factories.make_offer(need, volunteer)
    content = volunteer_client.get(url(need)).content.decode()
    assert reverse("offers:detail", args=[offer.pk]) in content
    assert 'class="tag status-pending"' in content
    assert reverse("offers:create", args=[need.pk]) not in content


def test_after_withdrawing_a_volunteer_may_offer_again(volunteer_client, need, volunteer):
    factories.make_offer(need, volunteer, status=Offer.Status.WITHDRAWN)
    content = volunteer_client.get(url(need)).content.decode()
    assert 'class="tag status-withdrawn"' in content
    assert reverse("offers:create", args=[need.pk]) in content


def test_after_a_need_is_closed_and_reopened_a_volunteer_may_offer_again(volunteer_client, need, volunteer):
    factories.make_offer(need, volunteer, status=Offer.Status.NEED_CLOSED)
    assert reverse("offers:create", args=[need.pk]) in volunteer_client.get(url(need)).content.decode()


def test_after_a_decline_a_volunteer_cannot_offer_again(volunteer_client, need, volunteer):
    factories.make_offer(need, volunteer, status=Offer.Status.DECLINED)
    content = volunteer_client.get(url(need)).content.decode()
    assert 'class="tag status-declined"' in content
    assert reverse("offers:create", args=[need.pk]) not in content


def test_a_matched_need_takes_no_offers(volunteer_client, organisation):
    need = factories.make_need(organisation, status=Need.Status.MATCHED)
    response = volunteer_client.get(url(need))
    assert response.status_code == 200
    assert reverse("offers:create", args=[need.pk]) not in response.content.decode()


def test_anonymous_visitors_are_asked_to_log_in_to_offer_help(client, need):
    content = client.get(url(need)).content.decode()
    assert f"{reverse('account_login')}?next=" in content
    assert reverse("offers:create", args=[need.pk]) not in content


def test_a_user_without_volunteer_profile_is_asked_to_create_one(outsider_client, need):
    content = outsider_client.get(url(need)).content.decode()
    assert reverse("volunteers:edit_profile") in content
    assert reverse("offers:create", args=[need.pk]) not in content
