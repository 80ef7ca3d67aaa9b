"""The offer page as an organisation's admin walks it, without JavaScript: the answer comes first, the meeting form
is folded away and opens with a click, and right after accepting the page asks whether the team is complete
(issue 12)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from tests.texts import de

from .. import factories
from .test_patenschaft import log_in


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_admin_answers_first_opens_the_meeting_form_and_takes_the_need_off_the_list(browser, live_server):
    admin = factories.make_user("leitung@pusteblume.example", name="Paula Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Pusteblume", slug="kita-pusteblume")
    need = factories.make_need(organisation, title="Fotos sicher mit Eltern teilen", created_by=admin)
    vera = factories.make_user("vera@example.org", name="Vera Volunteer")
    factories.make_volunteer_profile(vera, plz="14467")
    offer = factories.make_offer(need, vera)

    context = browser.new_context(base_url=live_server.url, locale="de-DE", java_script_enabled=False)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        log_in(page, admin.email)
        page.goto(f"/offers/{offer.pk}/")

        # The meeting form is folded away; a click on its summary opens it, no script needed.
        date_field = page.locator("details.meeting-propose input[name=meeting-date]")
        expect(date_field).to_have_count(1)
        expect(date_field).to_be_hidden()
        page.locator("details.meeting-propose summary").click()
        expect(date_field).to_be_visible()

        # Accepting leads to the question; "yes" takes the need off the list through the needs service.
        page.locator("form[action$='/accept/'] button[type=submit]").click()
        expect(page.locator("#team-complete-heading")).to_have_text(de("Take the need off the list?"))
        assert Offer.objects.get(pk=offer.pk).status == Offer.Status.ACCEPTED
        page.locator("button[name=action][value=mark_matched]").click()
        expect(page.locator("main")).to_contain_text(de("The need is marked as team found."))
        assert Need.objects.get(pk=need.pk).status == Need.Status.MATCHED
    finally:
        context.close()
