"""Moderation as people walk it, in Chromium: a volunteer reports a need, staff hide it from the queue, and the need
is gone from the search."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from techpaten.moderation.models import AuditEntry

from .. import factories
from ..texts import de
from .conftest import log_in, log_in_staff

TITLE = "Billige Uhren zu verkaufen"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reported_need_hidden_by_staff_is_gone_from_the_search(new_page, live_server):
    admin = factories.make_user("leitung@kita-uhr.example", name="Lena Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Uhrwerk", slug="kita-uhrwerk")
    factories.make_need(organisation, title=TITLE, created_by=admin)
    factories.make_user("rita@example.org", name="Rita Reporter")
    staff = factories.make_user("sam@techpaten.example", name="Sam Staff", is_staff=True)
    factories.add_totp(staff)

    reporter = new_page()
    log_in(reporter, "rita@example.org")
    reporter.goto("/needs/?q=Uhren")
    reporter.click(f"text={TITLE}")
    reporter.click(f"text={de('Report this need')}")
    reporter.check("input[name=reason][value=spam]")
    reporter.fill("textarea[name=note]", "Das ist Werbung, kein Bedarf.")
    reporter.locator("main form button[type=submit]").click()
    expect(reporter.locator("body")).to_contain_text(de("Thank you. Our team will look at your report."))

    moderator = new_page()
    log_in_staff(moderator, staff, live_server.url)
    moderator.goto("/moderation/")
    moderator.click(f"text={TITLE}")
    moderator.check("input[name=action][value=hide]")
    moderator.fill("textarea[name=reason]", "Werbung")
    moderator.locator("main form button[type=submit]").click()
    expect(moderator).to_have_url(re.compile(r".*/moderation/$"))
    expect(moderator.locator("main")).to_contain_text(de("No open reports."))

    visitor = new_page()
    visitor.goto("/needs/?q=Uhren")
    expect(visitor.locator("main")).not_to_contain_text(TITLE)
    reporter.goto("/needs/")
    expect(reporter.locator("main")).not_to_contain_text(TITLE)
    assert AuditEntry.objects.get().action == "hide"
