"""The paid-work form takes whole hours in the browser (issue 12: min 0.1 with step 0.5 made Chromium refuse "2" before
the form was sent, although the server takes it)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from techpaten.engagements.models import Engagement, PaidWorkOffer
from techpaten.offers import services as offer_services
from tests.texts import de

from .. import factories
from .test_patenschaft import log_in


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_whole_hour_passes_the_browsers_check_and_the_offer_is_saved(new_page):
    admin = factories.make_user("leitung@pusteblume.example", name="Paula Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Pusteblume", slug="kita-pusteblume")
    need = factories.make_need(organisation, title="Fotos sicher mit Eltern teilen", created_by=admin)
    vera = factories.make_user("vera@example.org", name="Vera Volunteer")
    factories.make_volunteer_profile(vera, plz="14467")
    offer_services.accept(factories.make_offer(need, vera), admin)
    engagement = Engagement.objects.get()

    page = new_page("de-DE")
    log_in(page, vera.email)
    page.goto(f"/engagements/{engagement.pk}/paid-work/new/")
    page.fill("textarea[name=scope]", "Umzug der Nextcloud auf einen neuen Server, mit einer Schulung fürs Team.")
    hours = page.locator("input[name=hours]")
    for whole_or_tenth in ("2", "1.3", "12.5"):
        hours.fill(whole_or_tenth)
        assert hours.evaluate("element => element.checkValidity()"), whole_or_tenth
    hours.fill("2")
    page.fill("input[name=rate]", "40")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/engagements/{engagement.pk}/$"))
    expect(page.locator("main")).to_contain_text(de("Your offer of paid work has been sent to the organisation."))
    offer = PaidWorkOffer.objects.get(engagement=engagement)
    assert (offer.hours, offer.rate_cents) == (Decimal("2"), 4000)
