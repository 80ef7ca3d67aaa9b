"""A volunteer at the offer cap learns it on the need page and on the offer page, before writing a message."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from techpaten.offers import rules
from techpaten.offers.models import Offer
from tests.texts import de, shown

from .. import factories

CAP = "You already have %(count)d offers waiting for an answer. Wait for an answer or withdraw one first."
SEE_PENDING = "See your pending offers"


def _at_the_cap(volunteer, organisation):
    for _ in range(settings.OFFER_MAX_PENDING):
        factories.make_offer(factories.make_need(organisation), volunteer)
    need = factories.make_need(organisation)
    assert rules.refusal(volunteer, need).code == rules.TOO_MANY  # the rule says so; the pages only show it
    return need


def test_the_need_page_says_the_cap_and_links_the_pending_offers_instead_of_the_button(
    volunteer_client, volunteer, organisation
):
    need = _at_the_cap(volunteer, organisation)
    response = volunteer_client.get(reverse("needs:detail", args=[need.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("offers:create", args=[need.pk]) not in page
    assert shown(response, de(CAP, count=settings.OFFER_MAX_PENDING))
    assert shown(response, de(SEE_PENDING))
    assert f'href="{reverse("dashboard")}#my-offers"' in page


def test_the_offer_page_shows_no_form_at_the_cap(volunteer_client, volunteer, organisation):
    need = _at_the_cap(volunteer, organisation)
    response = volunteer_client.get(reverse("offers:create", args=[need.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="message"' not in page
    assert "<form" not in page.split("<main", 1)[1].split("</main>", 1)[0]
    assert shown(response, de(CAP, count=settings.OFFER_MAX_PENDING))
    assert f'href="{reverse("dashboard")}#my-offers"' in page
    assert not need.offers.exists()


def test_below_the_cap_the_button_and_the_form_are_there(volunteer_client, volunteer, organisation):
    for _ in range(settings.OFFER_MAX_PENDING - 1):
        factories.make_offer(factories.make_need(organisation), volunteer)
    need = factories.make_need(organisation)
    response = volunteer_client.get(reverse("needs:detail", args=[need.pk]))
    assert reverse("offers:create", args=[need.pk]) in response.content.decode()
    response = volunteer_client.get(reverse("offers:create", args=[need.pk]))
    assert 'name="message"' in response.content.decode()
    assert (
        Offer.objects.filter(volunteer=volunteer, status=Offer.Status.PENDING).count() == settings.OFFER_MAX_PENDING - 1
    )
