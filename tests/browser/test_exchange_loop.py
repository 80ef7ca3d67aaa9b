"""The core loop as two people walk it, in Chromium: an organisation and a volunteer, in German and in English."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from techpaten.accounts.models import User
from techpaten.needs.models import Need
from techpaten.offers.models import Offer

from .conftest import link_in_last_mail

PASSWORD = "ein langes Passwort 2026"
CONTACT_EMAIL = "leitung@kita-pusteblume.example"
CONTACT_PHONE = "+49 30 5550123"


def sign_up_and_verify(page: Page, email: str, name: str) -> None:
    page.goto("/accounts/signup/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.fill("input[name=name]", name)
    page.check("input[name=accept_privacy]")
    page.locator("main form button[type=submit]").click()
    page.goto(link_in_last_mail(email, r"https?://\S+/accounts/confirm-email/\S+"))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r".*/accounts/me/$"))


def register_organisation_and_post_need(page: Page, title: str) -> None:
    page.click("a[href='/organisations/new/']")
    page.fill("input[name=name]", "Kita Pusteblume")
    page.select_option("select[name=sector]", label=sector_label("kita"))
    page.fill("textarea[name=description]", "Elterninitiative mit 30 Kindern in Mitte.")
    page.fill("input[name=plz]", "10115")
    page.fill("input[name=town]", "Berlin")
    page.fill("input[name=contact_email]", CONTACT_EMAIL)
    page.fill("input[name=contact_phone]", CONTACT_PHONE)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text("Kita Pusteblume")
    page.goto("/accounts/me/")
    page.click("a[href$='/needs/new/']")
    page.fill("input[name=title]", title)
    page.fill("textarea[name=description]", "Wir wollen Fotos vom Sommerfest mit den Eltern teilen, ohne WhatsApp.")
    page.locator("input[name=use_cases]").first.check()
    page.click("button[name=action][value=publish]")
    expect(page.locator("h1")).to_contain_text(title)


def create_volunteer_profile(page: Page) -> None:
    page.click("a[href='/volunteer/profile/']")
    page.fill("input[name=display_name]", "Vera aus Potsdam")
    page.fill("textarea[name=bio]", "Linux-Admin, betreue Nextcloud für zwei Vereine.")
    page.locator("input[name=skills]").first.check()
    page.fill("input[name=plz]", "14467")
    page.fill("input[name=radius_km]", "40")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text("Vera aus Potsdam")


def find_need_by_plz_and_offer_help(page: Page, title: str) -> None:
    page.goto("/needs/")
    # The search starts from the volunteer's own postcode and travel radius (issue 12).
    expect(page.locator("#id_plz")).to_have_value("14467")
    expect(page.locator("#id_radius")).to_have_value("40")
    # Any whole radius is accepted, not only the suggestions: the Kita in Berlin is 26 km away.
    page.fill("#id_radius", "30")
    page.locator("main form button[type=submit]").first.click()
    result = page.locator(".results li", has_text=title)
    expect(result).to_contain_text("km")
    result.locator("a", has_text=title).click()
    assert CONTACT_EMAIL not in page.content()
    page.click("a[href$='/offer/']")
    page.fill("textarea[name=message]", "Ich kann eine Nextcloud mit Fotoalben einrichten, etwa vier Stunden im Monat.")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".tag", has_text=offer_status_label("pending"))).to_be_visible()
    assert CONTACT_EMAIL not in page.content()


def sector_label(slug: str) -> str:
    from techpaten.taxonomy.models import Sector

    return Sector.objects.get(slug=slug).name


def offer_status_label(status: str) -> str:
    return str(Offer.Status(status).label)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("language", ["de", "en"])
def test_an_organisation_and_a_volunteer_find_each_other_and_talk(new_page, outbox, language):
    locale = {"de": "de-DE", "en": "en-GB"}[language]
    title = {"de": "Fotos sicher mit Eltern teilen", "en": "Share photos safely with parents"}[language]
    with translation.override(language):
        organisation, volunteer = new_page(locale), new_page(locale)

        sign_up_and_verify(organisation, "leitung@pusteblume.example", "Paula Leitung")
        assert organisation.evaluate("document.documentElement.lang") == language
        register_organisation_and_post_need(organisation, title)
        need = Need.objects.get(title=title)
        assert need.status == Need.Status.OPEN

        sign_up_and_verify(volunteer, "vera@example.org", "Vera")
        create_volunteer_profile(volunteer)
        find_need_by_plz_and_offer_help(volunteer, title)
        offer = Offer.objects.get(need=need)

        # The organisation's admin hears of the offer by mail (in their language) and accepts it.
        offer_link = link_in_last_mail("leitung@pusteblume.example", r"https?://\S+/offers/\d+/")
        assert offer_link.endswith(f"/offers/{offer.pk}/")
        organisation.goto(offer_link)
        organisation.fill("form[action$='/accept/'] textarea", "Willkommen! Wann passt ein erstes Treffen?")
        organisation.locator("form[action$='/accept/'] button[type=submit]").click()
        expect(organisation.locator(".tag", has_text=offer_status_label("accepted"))).to_be_visible()
        organisation.fill("textarea[name=body]", "Wir freuen uns sehr. Passt Dienstag um 16 Uhr?")
        organisation.click("form[action$='/messages/'] button[type=submit]")
        expect(organisation.locator(".conversation")).to_contain_text("Dienstag um 16 Uhr")

        # The volunteer reads the answer, replies, and now sees the contact details on the need page.
        volunteer.goto(link_in_last_mail("vera@example.org", r"https?://\S+/offers/\d+/"))
        expect(volunteer.locator(".conversation")).to_contain_text("Dienstag um 16 Uhr")
        volunteer.fill("textarea[name=body]", "Dienstag passt, ich bringe einen Laptop mit.")
        volunteer.click("form[action$='/messages/'] button[type=submit]")
        expect(volunteer.locator(".conversation")).to_contain_text("bringe einen Laptop mit")
        volunteer.goto(f"/needs/{need.pk}/")
        expect(volunteer.locator(".contact")).to_contain_text(CONTACT_EMAIL)
        expect(volunteer.locator(".contact")).to_contain_text(CONTACT_PHONE)

        offer.refresh_from_db()
        assert offer.status == Offer.Status.ACCEPTED
        organisation.reload()
        expect(organisation.locator(".conversation")).to_contain_text("bringe einen Laptop mit")
        assert User.objects.get(email="vera@example.org").language == language
        with translation.override(language):
            assert gettext("Find needs") in volunteer.content()
