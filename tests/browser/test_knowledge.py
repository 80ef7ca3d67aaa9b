"""The knowledge base as a volunteer uses it: write an article with a command and a link, publish it, improve it,
and compare the two revisions in the history; another user reports it and staff hide it from the queue (issue 13)."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from techpaten.knowledge.models import Article
from techpaten.moderation.models import AuditEntry

from .. import factories
from .conftest import log_in

BODY = """## Prüfen

Einmal im Monat:

```
restic -r /srv/backup check --read-data-subset=5%
```

Mehr dazu im [Handbuch von restic](https://restic.readthedocs.io/)."""


def t(msgid: str) -> str:
    with translation.override("de"):
        return gettext(msgid)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_volunteer_writes_publishes_edits_and_compares_an_article(new_page, live_server):
    volunteer = factories.make_user("lena@example.org", name="Lena Hoffmann")
    factories.make_volunteer_profile(volunteer, plz="10115")
    page = new_page("de-DE")
    log_in(page, volunteer.email)

    # From the main navigation to a new article.
    page.get_by_role("navigation", name=t("Main")).get_by_role("link", name=t("Knowledge")).click()
    page.get_by_role("link", name=t("Write an article")).click()
    page.get_by_label(t("Title")).fill("Backups mit restic prüfen")
    page.get_by_label(t("Summary")).fill("Wie ein Verein seine Sicherung einmal im Monat prüft.")
    page.get_by_label(t("Text")).fill(BODY)
    page.get_by_label(t("Tags")).fill("backup, restic")
    page.get_by_role("button", name=t("Save draft")).click()
    expect(
        page.get_by_text(t("Draft: only you and the platform team can see it until it is published."))
    ).to_be_visible()

    # The code block and the link are rendered, the link marked as external.
    expect(page.locator(".prose pre code")).to_contain_text("restic -r /srv/backup check")
    link = page.locator(".prose a", has_text="Handbuch von restic")
    expect(link).to_have_attribute("href", "https://restic.readthedocs.io/")
    expect(link).to_have_attribute("rel", "noopener noreferrer nofollow")

    page.get_by_role("button", name=t("Publish")).click()
    expect(page.get_by_text(t("The article is published."))).to_be_visible()
    article = Article.objects.get()
    assert article.is_published

    # Edit it with a change note: a second revision.
    page.get_by_role("link", name=t("Edit"), exact=True).click()
    page.get_by_label(t("Text")).fill(BODY + "\n\nDanach das Ergebnis ins Betriebshandbuch eintragen.")
    page.get_by_label(t("What did you change?")).fill("Hinweis aufs Betriebshandbuch")
    page.get_by_role("button", name=t("Save changes")).click()
    expect(page.locator(".prose")).to_contain_text("ins Betriebshandbuch eintragen")

    # The history lists both; comparing shows the added line with its text marker.
    page.get_by_role("link", name=t("History"), exact=True).click()
    expect(page.locator("tbody tr")).to_have_count(2)
    expect(page.locator("tbody")).to_contain_text("Hinweis aufs Betriebshandbuch")
    page.get_by_role("button", name=t("Compare")).click()
    added = page.locator("ol.diff ins", has_text="Danach das Ergebnis ins Betriebshandbuch eintragen.")
    expect(added).to_have_count(1)  # after an added blank line
    expect(added.locator(".visually-hidden")).to_have_text(t("added:") + " ")
    assert list(article.revisions.order_by("number").values_list("number", "author")) == [
        (1, volunteer.pk),
        (2, volunteer.pk),
    ]

    # Another user reports the article; staff hide it from the queue; it is gone from the knowledge base.
    factories.make_user("rita@example.org", name="Rita Reporter")
    staff = factories.make_user("sam@techpaten.example", name="Sam Staff", is_staff=True)
    factories.add_totp(staff)
    reporter = new_page("de-DE")
    log_in(reporter, "rita@example.org")
    reporter.goto(reverse("knowledge:detail", args=[article.slug]))
    reporter.get_by_role("link", name=t("Report this article")).click()
    reporter.check("input[name=reason][value=spam]")
    reporter.fill("textarea[name=note]", "Werbung für einen Anbieter.")
    reporter.locator("main form button[type=submit]").click()
    expect(reporter.locator("body")).to_contain_text(t("Thank you. Our team will look at your report."))

    moderator = new_page("de-DE")
    client = Client()
    client.force_login(staff)  # staff sign in with TOTP (walked in test_passkeys): the session is made here
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
    moderator.context.add_cookies([cookie])
    moderator.goto("/moderation/")
    moderator.click("text=Backups mit restic prüfen")
    moderator.check("input[name=action][value=hide]")
    moderator.fill("textarea[name=reason]", "Werbung")
    moderator.locator("main form button[type=submit]").click()
    expect(moderator).to_have_url(re.compile(r".*/moderation/$"))

    reporter.goto("/knowledge/")
    expect(reporter.locator("main")).not_to_contain_text("Backups mit restic prüfen")
    article.refresh_from_db()
    assert article.hidden_at is not None
    assert AuditEntry.objects.get().action == "hide"
