"""What new users hit, walked in the browser: a supporter confirms their pledge from the mail before the
organisation sees it; registering an organisation that exists already leads to it, or is confirmed deliberately."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from techpaten.costs.models import CostItem, Pledge
from techpaten.organisations.models import Organisation

from .. import factories
from .conftest import link_in_last_mail, log_in


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_supporter_confirms_the_pledge_from_the_mail_and_only_then_the_organisation_sees_it(new_page, outbox):
    admin = factories.make_user("leitung@pusteblume.example", name="Paula Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Pusteblume", slug="kita-pusteblume")
    CostItem.objects.create(
        organisation=organisation, kind="server", description="VPS für die Elterncloud", amount_cents=1250,
        covered_by=CostItem.CoveredBy.PLEDGES,
    )  # fmt: skip

    supporter = new_page("de-DE")
    supporter.goto(f"/organisations/{organisation.slug}/costs/")
    supporter.fill("input[name=amount]", "5")
    supporter.fill("input[name=name]", "Oma Hilde")
    supporter.fill("input[name=email]", "hilde@example.org")
    supporter.click("form[action$='/costs/pledge/'] button[type=submit]")
    expect(supporter.locator(".messages, [role=status]").first).to_be_visible()
    assert [m.to for m in outbox] == [["hilde@example.org"]]

    leitung = new_page("de-DE")
    log_in(leitung, admin.email)
    leitung.goto(f"/organisations/{organisation.slug}/costs/pledges/")
    expect(leitung.get_by_text("Oma Hilde")).to_have_count(0)

    supporter.goto(link_in_last_mail("hilde@example.org", r"https?://\S+/pledges/confirm-address/\S+/"))
    assert Pledge.objects.get().email_confirmed_at is None  # opening the link alone confirms nothing
    supporter.click("main form button[type=submit]")
    expect(supporter).to_have_url(re.compile(rf"/organisations/{organisation.slug}/costs/$"))
    assert Pledge.objects.get().email_confirmed_at is not None

    leitung.reload()
    expect(leitung.get_by_text("Oma Hilde").first).to_be_visible()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_registering_a_namesake_shows_the_existing_organisation_and_asks_before_creating(new_page):
    factories.make_organisation(name="Kita Regenbogen e. V.", slug="kita-regenbogen", plz="14467", town="Potsdam")
    founder = factories.make_user("neu@example.org", name="Nina Neu")

    page = new_page("de-DE")
    log_in(page, founder.email)
    page.goto("/organisations/new/")
    expect(page.locator("input[name=is_formal]")).not_to_be_checked()
    page.fill("input[name=name]", "kita regenbogen")
    page.select_option("select[name=sector]", label="Kita")
    page.fill("input[name=plz]", "14467")
    page.fill("input[name=town]", "Potsdam")
    page.click("main form button[type=submit]")

    existing = page.locator("a[href='/organisations/kita-regenbogen/']")
    expect(existing).to_be_visible()
    assert Organisation.objects.count() == 1
    page.check("input[name=create_anyway]")
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/organisations/kita-regenbogen-2/$"))
    assert Organisation.objects.count() == 2
