"""A volunteer leaves the team, as she walks it: before, the offer page shows the Kita's contact details, the
conversation and the first meeting with its calendar file; after the handover all of it is gone at once, the
offer page says since when, and "My area" no longer calls the offer accepted (issue 10)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect

from techpaten.engagements.models import Engagement
from techpaten.meetings.models import FirstMeeting
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer

from .. import factories
from ..texts import de
from .conftest import log_in

CONTACT_EMAIL = "leitung@kita-loewenzahn.example"
CONTACT_PHONE = "+49 30 5550188"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_volunteer_who_leaves_loses_contact_messages_and_meetings_at_once(new_page):
    admin = factories.make_user("leitung@loewenzahn.example", name="Lena Leitung")
    organisation = factories.make_organisation(
        admin=admin, name="Kita Löwenzahn", slug="kita-loewenzahn", contact_email=CONTACT_EMAIL,
        contact_phone=CONTACT_PHONE,
    )  # fmt: skip
    need = factories.make_need(organisation, title="Fotos sicher mit Eltern teilen", created_by=admin)
    vera = factories.make_user("vera@example.org", name="Vera Volunteer")
    factories.make_volunteer_profile(vera, plz="14467")
    kai = factories.make_user("kai@example.org", name="Kai Backup")
    factories.make_volunteer_profile(kai, plz="10115")
    offer = factories.make_offer(need, vera)
    offer_services.accept(offer, admin)
    offer_services.accept(factories.make_offer(need, kai), admin)  # Kai stays when Vera goes
    engagement = Engagement.objects.get()
    meeting = FirstMeeting.objects.create(
        offer=offer, proposed_by=admin, starts_at=timezone.now() + timedelta(days=4), place="Gartenweg 3",
        status=FirstMeeting.Status.CONFIRMED,
    )  # fmt: skip

    # On the team: the contact details, the message form and the calendar file are there.
    page = new_page("de-DE")
    log_in(page, vera.email)
    page.goto(f"/offers/{offer.pk}/")
    main = page.locator("main")
    expect(main).to_contain_text(CONTACT_EMAIL)
    expect(main).to_contain_text(CONTACT_PHONE)
    expect(page.locator("textarea[name=body]")).to_have_count(1)
    ical = reverse("meetings:ical", args=[meeting.pk])
    expect(page.locator(f"a[href='{ical}']")).to_have_count(1)

    # She leaves with a handover.
    page.goto(f"/engagements/{engagement.pk}/leave/")
    for item in ("inventory_updated", "admin_rights_passed", "backups_verified", "successor_introduced"):
        page.locator(f"input[name={item}]").check()
    page.fill("textarea[name=reason]", "Ich ziehe nach Hamburg.")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(reverse("dashboard")) + "$"))

    # "My area" no longer lists the offer as accepted.
    with translation.override("de"):
        today_long = date_format(timezone.localdate(), "DATE_FORMAT")
        today = date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    expect(main).to_contain_text(de("left the team on %(date)s", date=today))
    expect(page.locator("main .tag.status-accepted")).to_have_count(0)

    # The offer page says why and since when; contact, conversation and meetings are gone.
    page.goto(f"/offers/{offer.pk}/")
    expect(main).to_contain_text(
        de(
            "You left this engagement on %(date)s. The organisation's contact details, the conversation and first "
            "meetings are closed for you.",
            date=today_long,
        )
    )
    expect(main).not_to_contain_text(CONTACT_EMAIL)
    expect(main).not_to_contain_text(CONTACT_PHONE)
    expect(main).not_to_contain_text("Gartenweg 3")
    expect(page.locator("textarea[name=body]")).to_have_count(0)
    assert Offer.objects.get(pk=offer.pk).status == Offer.Status.ACCEPTED  # the record stays
    for url in (f"/needs/{need.pk}/", f"/organisations/{organisation.slug}/"):
        page.goto(url)
        expect(main).not_to_contain_text(CONTACT_EMAIL)
    assert page.request.get(ical).status == 404
