"""The data-protection kit as an organisation's admin walks it: the checklist of an accepted need, the DSFA
screening, the role finder answered for the engagement (which makes the AVV the contract on offer), and the AVV
downloaded and opened (parsed) with both parties in it."""

from __future__ import annotations

import io

import docx
import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from techpaten.compliance.models import ChecklistEntry, DsfaScreening
from techpaten.offers import services as offer_services
from techpaten.paperwork.models import GeneratedDocument
from techpaten.taxonomy.models import UseCase

from .. import factories
from .conftest import log_in


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_admin_works_through_the_checklist_screens_for_a_dsfa_and_downloads_the_avv(new_page):
    admin = factories.make_user("leitung@pusteblume.example", name="Paula Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Pusteblume", slug="kita-pusteblume")
    need = factories.make_need(organisation, title="Fotos sicher mit Eltern teilen", created_by=admin)
    need.use_cases.set([UseCase.objects.get(slug="photos")])
    volunteer = factories.make_user("vera@example.org", name="Vera Volunteer")
    factories.make_volunteer_profile(volunteer, plz="14467")
    offer_services.accept(factories.make_offer(need, volunteer), admin)

    page = new_page("de-DE")
    log_in(page, admin.email)

    # From the need to its checklist: derived from the sector (Kita) and the use case (photos).
    page.goto(f"/needs/{need.pk}/")
    with translation.override("de"):
        page.get_by_role("link", name=gettext("Data-protection checklist")).first.click()
        item = page.locator("#item-kita-photo-consent-per-purpose")
        expect(item).to_be_visible()
        item.locator("input[name=done]").check()
        item.locator("textarea[name=evidence_note]").fill("Einwilligungen je Zweck an alle Eltern verteilt.")
        item.locator("button[type=submit]").click()
        expect(page.locator("#item-kita-photo-consent-per-purpose")).to_contain_text("an alle Eltern verteilt")
    entry = ChecklistEntry.objects.get(need=need, requirement__code="kita-photo-consent-per-purpose")
    assert entry.done and entry.updated_by == admin

    # The DSFA screening: children's data is pre-answered for a Kita; one more criterion makes a DSFA presumed.
    with translation.override("de"):
        page.get_by_role("link", name=gettext("DSFA screening")).first.click()
    expect(page.locator("input[name=vulnerable_subjects]")).to_be_checked()
    page.locator("input[name=large_scale]").check()
    page.locator("main form.prose button[type=submit]").click()
    screening = DsfaScreening.objects.get(need=need)
    assert screening.presumed_necessary and screening.created_by == admin
    assert {"vulnerable_subjects", "large_scale"} <= set(screening.criteria_met)

    # The documents of the engagement: no contract is offered until the role is decided with the role finder.
    engagement = need.engagement_link.engagement
    page.goto(f"/engagements/{engagement.pk}/documents/")
    expect(page.locator(f"a[href='/engagements/{engagement.pk}/documents/avv.docx']")).to_have_count(0)
    with translation.override("de"):
        page.get_by_role("link", name=gettext("Decide the role with the role finder")).click()
    for name, value in [
        ("body", "private"),
        ("household", "no"),
        ("beyond_household", "yes"),
        ("member", "no"),
        ("access", "yes"),
        ("hoster", "organisation"),
    ]:
        page.locator(f"input[name={name}][value={value}]").check()
    page.locator("main form[method=get] button[type=submit]").click()
    page.locator(f"form[action='/engagements/{engagement.pk}/role/'] button[type=submit]").click()
    expect(page).to_have_url(f"{page.url.split('/engagements/')[0]}/engagements/{engagement.pk}/documents/")

    # Now the AVV is on offer, not the confidentiality undertaking: as DOCX, opened here with python-docx.
    expect(page.locator(f"a[href='/engagements/{engagement.pk}/documents/confidentiality.docx']")).to_have_count(0)
    with page.expect_download() as download_info:
        page.locator(f"a[href='/engagements/{engagement.pk}/documents/avv.docx']").click()
    download = download_info.value
    assert download.suggested_filename.startswith("avv-kita-pusteblume-")
    with open(download.path(), "rb") as file:
        document = docx.Document(io.BytesIO(file.read()))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    )
    assert "Kita Pusteblume" in text
    assert "Vera Volunteer" in text
    assert "Art. 28" in text
    record = GeneratedDocument.objects.get(engagement=engagement, kind="avv", format="docx")
    assert record.created_by == admin and record.template_version
