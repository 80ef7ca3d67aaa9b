"""Staying informed, as a volunteer walks it in Chromium: search by PLZ and radius, save the search, get the new
need nearby (and not the one far away) in the digest mail once, and stop the e-mails from the mail's link without
logging in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from techpaten.alerts import digests
from techpaten.alerts.models import SavedSearch

from .. import factories
from ..texts import de
from .conftest import link_in_last_mail, log_in

NEAR = "Nextcloud für die Kita am Weinberg"
FAR = "Backup für den Sportverein in München"
VOLUNTEER = "vera@example.org"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_saved_search_mails_the_new_need_nearby_once_and_stops_from_the_mail(new_page, outbox):
    volunteer = factories.make_user(VOLUNTEER, name="Vera Volunteer")
    factories.make_volunteer_profile(volunteer, plz="10115")
    berlin = factories.make_organisation(admin=factories.make_user("kita@example.org"), plz="10119")
    munich = factories.make_organisation(admin=factories.make_user("verein@example.org"), plz="80331", town="München")

    page = new_page()
    log_in(page, VOLUNTEER)
    page.goto("/needs/")
    page.fill("#id_plz", "10115")
    page.fill("#id_radius", "10")
    page.locator("#id_radius").press("Enter")
    save = page.locator("form[action$='/saved-searches/save/']")
    save.locator("input[name=name]").fill("Berlin Mitte")
    save.locator("input[name=frequency][value=daily]").check()
    save.locator("button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text(de("Your search is saved. New needs come by e-mail."))

    page.goto("/accounts/me/")
    page.click(f"main a:text-is('{de('Saved searches')}')")
    expect(page.locator("main h2")).to_have_text(["Berlin Mitte"])
    assert SavedSearch.objects.get().filters["radius"] == 10

    factories.make_need(berlin, title=NEAR)
    factories.make_need(munich, title=FAR)
    tomorrow = timezone.now() + timedelta(days=1)
    digests.send_due(now=tomorrow)

    [digest] = [message for message in outbox if VOLUNTEER in message.to]
    assert NEAR in digest.body and FAR not in digest.body
    digests.send_due(now=tomorrow + timedelta(days=1))
    assert len([message for message in outbox if VOLUNTEER in message.to]) == 1  # never the same need twice

    stranger = new_page()  # the mail's link works without logging in
    stranger.goto(link_in_last_mail(VOLUNTEER, r"https?://\S+/saved-searches/unsubscribe/[^/\s]+/"))
    stranger.click(f"main button:text-is('{de('Stop the e-mails')}')")
    expect(stranger.locator("main")).not_to_contain_text(de("Stop the e-mails"))
    assert SavedSearch.objects.get().frequency == SavedSearch.Frequency.OFF
