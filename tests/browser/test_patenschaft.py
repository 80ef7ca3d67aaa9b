"""A Patenschaft over time, as the people walk it: the team records a service and its cost, a second volunteer
joins as backup (the "no backup" flag disappears), the first volunteer leaves with a handover, and the
organisation sees the inventory and the cost view."""

from __future__ import annotations

import pytest
from django.core import mail
from playwright.sync_api import expect

from techpaten.costs.models import CostItem
from techpaten.engagements.models import Engagement, Handover
from techpaten.inventory.models import Service
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.volunteers.models import TeamMember
from tests.texts import de

from .. import factories
from .conftest import log_in

NO_BACKUP = (
    "No backup admin yet: if the only volunteer drops out, nobody can look after the services. "
    "Look for a second person."
)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_team_grows_a_backup_hands_over_and_the_organisation_keeps_the_overview(new_page):
    admin = factories.make_user("leitung@pusteblume.example", name="Paula Leitung")
    organisation = factories.make_organisation(admin=admin, name="Kita Pusteblume", slug="kita-pusteblume")
    need = factories.make_need(organisation, title="Fotos sicher mit Eltern teilen", created_by=admin)
    vera = factories.make_user("vera@example.org", name="Vera Volunteer")
    factories.make_volunteer_profile(vera, plz="14467")
    offer_services.accept(factories.make_offer(need, vera), admin)
    engagement = Engagement.objects.get()
    ben = factories.make_user("ben@example.org", name="Ben Backup")
    factories.make_volunteer_profile(ben, plz="10115")

    # Vera, alone on the team, sees the warning and looks for a backup with one click.
    team = new_page("de-DE")
    log_in(team, vera.email)
    team.goto(f"/engagements/{engagement.pk}/")
    expect(team.locator("main")).to_contain_text(de(NO_BACKUP))
    team.locator(f"form[action$='/needs/{need.pk}/backup/'] button[type=submit]").click()
    need.refresh_from_db()
    assert need.status == Need.Status.OPEN and need.engagement_link.seeking_backup

    # She records the Nextcloud in the inventory: where the credentials are, never the credentials.
    team.goto(f"/engagements/{engagement.pk}/")
    team.locator(f"a[href^='/organisations/{organisation.slug}/services/new/']").click()
    team.fill("input[name=name]", "Nextcloud für die Eltern")
    team.fill("input[name=hoster]", "Beispiel-Hosting GmbH")
    team.fill("input[name=country]", "Deutschland")
    team.fill("input[name=domain]", "cloud.pusteblume.example")
    team.fill("textarea[name=credentials_location]", "Im Passwortmanager der Kita, Eintrag Nextcloud-Admin")
    team.locator("main form button[type=submit]").click()
    service = Service.objects.get(name="Nextcloud für die Eltern")
    assert service.engagement == engagement

    # … and the server it runs on, paid by the Kita.
    team.goto(f"/engagements/{engagement.pk}/costs/new/")
    team.select_option("select[name=kind]", "server")
    team.fill("input[name=description]", "VPS 4 GB für die Nextcloud")
    team.fill("input[name=provider]", "Beispiel-Hosting GmbH")
    team.fill("input[name=amount]", "7,50")
    team.select_option("select[name=period]", "month")
    team.locator(f"input[name=services][value='{service.pk}']").check()
    team.select_option("select[name=covered_by]", "organisation")
    team.locator("main form button[type=submit]").click()
    cost = CostItem.objects.get(description="VPS 4 GB für die Nextcloud")
    assert cost.amount_cents == 750 and list(cost.services.all()) == [service]

    # Ben offers help on the re-opened need; the Kita accepts him as backup: the warning is gone.
    backup = new_page("de-DE")
    log_in(backup, ben.email)
    backup.goto(f"/needs/{need.pk}/")
    backup.click("a[href$='/offer/']")
    backup.fill("textarea[name=message]", "Ich springe gern als Vertretung ein, zwei Stunden im Monat.")
    backup.locator("main form button[type=submit]").click()
    ben_offer = Offer.objects.get(need=need, volunteer=ben)
    organisation_page = new_page("de-DE")
    log_in(organisation_page, admin.email)
    organisation_page.goto(f"/offers/{ben_offer.pk}/")
    organisation_page.locator("form[action$='/accept/'] button[type=submit]").click()
    assert TeamMember.objects.get(user=ben, left_at__isnull=True).role == TeamMember.Role.BACKUP
    team.goto(f"/engagements/{engagement.pk}/")
    expect(team.locator("main")).to_contain_text("Ben Backup")
    expect(team.locator("main")).not_to_contain_text(de(NO_BACKUP))

    # Vera leaves with a handover; the Kita's admin is told.
    mail.outbox = []
    team.goto(f"/engagements/{engagement.pk}/leave/")
    for item in ("inventory_updated", "admin_rights_passed", "backups_verified", "successor_introduced"):
        team.locator(f"input[name={item}]").check()
    team.fill("textarea[name=reason]", "Ich ziehe nach Hamburg.")
    team.select_option("select[name=successor]", str(ben.pk))
    team.locator("main form button[type=submit]").click()
    handover = Handover.objects.get(member__user=vera)
    assert handover.complete and handover.successor == ben
    assert TeamMember.objects.get(user=ben, left_at__isnull=True).role == TeamMember.Role.LEAD
    assert any(admin.email in message.to and "Vera Volunteer" in message.body for message in mail.outbox)

    # The organisation sees its inventory and the cost view; Vera is now a former member.
    organisation_page.goto(f"/organisations/{organisation.slug}/services/")
    expect(organisation_page.locator("main")).to_contain_text("Nextcloud für die Eltern")
    organisation_page.goto(f"/engagements/{engagement.pk}/costs/")
    expect(organisation_page.locator("main")).to_contain_text("VPS 4 GB für die Nextcloud")
    expect(organisation_page.locator("main")).to_contain_text("7,50")
    organisation_page.goto(f"/engagements/{engagement.pk}/")
    expect(organisation_page.locator("main")).to_contain_text("Ich ziehe nach Hamburg.")
