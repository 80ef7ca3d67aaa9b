"""inventory:create, inventory:edit and inventory:retire — both sides maintain the inventory."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from techpaten.catalogue.models import Solution
from techpaten.engagements.models import Engagement
from techpaten.inventory.forms import CREDENTIALS_HELP
from techpaten.inventory.models import Service
from techpaten.inventory.secrets import WHERE_CREDENTIALS_BELONG, SecretKind, secret_error
from techpaten.volunteers.models import Team
from tests.texts import de

from .helpers import detail_url, engagement_with, list_url, make_service

NOTICE = (
    "Never enter passwords, keys or access tokens here. Record only where the credentials are kept, e.g. “the Kita's "
    "password manager, entry Nextcloud admin”. Text that looks like a password is refused."
)


def create_url(organisation) -> str:
    return reverse("inventory:create", args=[organisation.slug])


def data(**extra) -> dict[str, str]:
    values = {
        "name": "Nextcloud für die Eltern",
        "hoster": "Hetzner",
        "country": "Deutschland",
        "domain": "cloud.kita-sonnenschein.example",
        "admin_rights": "Vera (Team), Anna (Leitung)",
        "credentials_location": "Passwortmanager der Kita, Eintrag „Nextcloud Admin“",
        "backup_what": "Dateien und Datenbank",
        "backup_where": "Storage Box in Falkenstein",
        "backup_frequency": "täglich",
        "last_restore_test": "2024-05-02",
        "next_update_check": "2030-01-15",
        "tls_expires_on": "2030-02-01",
        "restore_test_due": "2030-03-01",
        "notes": "Updates immer am ersten Montag.",
    }
    values.update(extra)
    return values


def test_the_form_says_credentials_are_never_entered(member_client, organisation):
    html = member_client.get(create_url(organisation)).content.decode()
    with translation.override("de"):
        help_text, notice = str(CREDENTIALS_HELP), gettext(NOTICE)
    assert help_text in html  # next to the field (help texts are rendered as written)
    assert notice in html  # and above the form


def test_a_member_adds_a_service_with_every_field(member_client, organisation):
    response = member_client.post(create_url(organisation), data())
    service = Service.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(service)
    assert service.organisation == organisation and service.is_active
    assert service.domain == "cloud.kita-sonnenschein.example"
    assert service.credentials_location == "Passwortmanager der Kita, Eintrag „Nextcloud Admin“"
    assert str(service.tls_expires_on) == "2030-02-01"
    assert str(service.last_restore_test) == "2024-05-02"
    assert service.engagement is None
    page = member_client.get(response["Location"]).content.decode()
    assert "Storage Box in Falkenstein" in page and de("The service is in the inventory.") in page


def test_the_team_adds_a_service_with_its_engagement_preselected(client, organisation, need, volunteer, org_admin):
    engagement = engagement_with(need, volunteer, org_admin)
    client.force_login(volunteer)
    form = client.get(create_url(organisation), {"engagement": engagement.pk}).context["form"]
    assert form.initial["engagement"] == engagement.pk
    client.post(create_url(organisation), data(engagement=str(engagement.pk)))
    assert Service.objects.get().engagement == engagement


def test_an_engagement_of_another_organisation_is_neither_preselected_nor_accepted(
    member_client, organisation, other_organisation
):
    foreign = Engagement.objects.create(organisation=other_organisation, team=Team.objects.create())
    form = member_client.get(create_url(organisation), {"engagement": foreign.pk}).context["form"]
    assert form.initial.get("engagement") is None
    response = member_client.post(create_url(organisation), data(engagement=str(foreign.pk)))
    assert response.status_code == 200 and response.context["form"].errors["engagement"]
    assert Service.objects.count() == 0


def test_a_service_from_the_catalogue_takes_its_name_when_none_is_given(member_client, organisation):
    solution = Solution.objects.create(
        slug="nextcloud-test", name="Nextcloud", software="Nextcloud", summary_de="x", summary_en="x"
    )
    member_client.post(create_url(organisation), data(name="", solution=str(solution.pk)))
    service = Service.objects.get()
    assert service.name == "Nextcloud" and service.solution == solution


def test_without_name_and_solution_nothing_is_written(member_client, organisation):
    response = member_client.post(create_url(organisation), data(name=""))
    assert response.status_code == 200
    assert de("Enter a name or choose a solution from the catalogue.") in response.content.decode()
    assert Service.objects.count() == 0


@pytest.mark.parametrize("field", ["credentials_location", "notes", "admin_rights", "backup_where"])
def test_a_password_in_any_field_is_refused_and_nothing_is_written(member_client, organisation, field):
    response = member_client.post(create_url(organisation), data(**{field: "Passwort ist Sonnenschein2024"}))
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [secret_error(SecretKind.PASSWORD)]
    assert Service.objects.count() == 0


def test_a_token_in_the_credentials_field_is_refused(member_client, organisation):
    token = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    response = member_client.post(create_url(organisation), data(credentials_location=f"Schlüssel {token}"))
    assert response.context["form"].errors["credentials_location"] == [secret_error(SecretKind.TOKEN)]
    assert token not in Service.objects.values_list("credentials_location", flat=True)
    assert Service.objects.count() == 0


def test_the_refusal_says_what_was_found_and_where_credentials_belong(member_client, organisation):
    response = member_client.post(create_url(organisation), data(notes="root pw ist Sonne123!"))
    page = response.content.decode()
    assert de("This looks like a password written out (a word such as “password” or “PIN” with a value).") in page
    assert de(str(WHERE_CREDENTIALS_BELONG))[:40] in page
    assert Service.objects.count() == 0


def test_a_restore_test_in_the_future_or_a_bad_date_is_refused(member_client, organisation):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = member_client.post(
        create_url(organisation), data(last_restore_test=tomorrow.isoformat(), tls_expires_on="31.02.")
    )
    errors = response.context["form"].errors
    assert de("A restore test that was done cannot lie in the future.") in errors["last_restore_test"]
    assert "tls_expires_on" in errors
    assert Service.objects.count() == 0


def test_the_team_edits_a_service(client, organisation, need, volunteer, org_admin):
    engagement = engagement_with(need, volunteer, org_admin)
    service = make_service(organisation, engagement=engagement)
    client.force_login(volunteer)
    url = reverse("inventory:edit", args=[service.pk])
    assert client.get(url).context["form"].initial["hoster"] == "Hetzner"
    response = client.post(url, data(hoster="Uberspace", engagement=str(engagement.pk)))
    assert response["Location"] == detail_url(service)
    service.refresh_from_db()
    assert service.hoster == "Uberspace"


def test_a_bad_edit_changes_nothing(member_client, organisation):
    service = make_service(organisation)
    response = member_client.post(
        reverse("inventory:edit", args=[service.pk]), data(hoster="Neu", notes="pw: geheim123")
    )
    assert response.status_code == 200 and "notes" in response.context["form"].errors
    service.refresh_from_db()
    assert service.hoster == "Hetzner" and service.notes == ""


def test_outsiders_cannot_edit_or_add(outsider_client, organisation):
    service = make_service(organisation)
    assert outsider_client.post(reverse("inventory:edit", args=[service.pk]), data(hoster="X")).status_code == 404
    assert outsider_client.post(create_url(organisation), data()).status_code == 404
    assert outsider_client.post(reverse("inventory:retire", args=[service.pk])).status_code == 404
    service.refresh_from_db()
    assert service.hoster == "Hetzner" and service.is_active
    assert Service.objects.count() == 1


def test_retiring_keeps_the_service_in_the_history(member_client, organisation):
    service = make_service(organisation, next_update_check=timezone.localdate())
    url = reverse("inventory:retire", args=[service.pk])
    assert member_client.get(url).status_code == 405
    response = member_client.post(url)
    assert response["Location"] == list_url(organisation)
    service.refresh_from_db()
    assert not service.is_active
    listing = member_client.get(list_url(organisation))
    assert listing.context["rows"] == [] and list(listing.context["retired"]) == [service]
    assert member_client.get(detail_url(service)).status_code == 200


def test_retiring_twice_changes_nothing_more(member_client, organisation):
    service = make_service(organisation, is_active=False)
    before = Service.objects.get(pk=service.pk).updated_at
    response = member_client.post(reverse("inventory:retire", args=[service.pk]), follow=True)
    assert de("The service was already marked as no longer running.") in response.content.decode()
    assert Service.objects.get(pk=service.pk).updated_at == before


def test_the_detail_page_shows_every_field_and_the_maintenance(member_client, organisation):
    today = timezone.localdate()
    service = make_service(
        organisation,
        admin_rights="Vera",
        credentials_location="Tresor der Leitung",
        backup_what="Datenbank",
        backup_where="Storage Box",
        backup_frequency="täglich",
        notes="Bitte vorher ankündigen.",
        tls_expires_on=today - timedelta(days=1),
        next_update_check=today + timedelta(days=40),
    )
    html = member_client.get(detail_url(service)).content.decode()
    for text in ("Hetzner", "Deutschland", "Vera", "Tresor der Leitung", "Datenbank", "Storage Box", "täglich"):
        assert text in html
    assert "Bitte vorher ankündigen." in html
    assert 'class="tag maintenance-overdue"' in html and "maintenance-due" not in html
    assert reverse("inventory:retire", args=[service.pk]) in html


def test_the_software_version_is_entered_kept_and_shown_on_the_service_and_the_list(member_client, organisation):
    response = member_client.post(create_url(organisation), data(software_version="29.0.4"))
    service = Service.objects.get()
    assert service.software_version == "29.0.4"
    version = de("Version %(version)s", version="29.0.4")
    assert version in member_client.get(response["Location"]).content.decode()
    assert version in member_client.get(list_url(organisation)).content.decode()
    member_client.post(reverse("inventory:edit", args=[service.pk]), data(software_version=""))
    service.refresh_from_db()
    assert service.software_version == ""
    assert "29.0.4" not in member_client.get(detail_url(service)).content.decode()


def test_the_software_version_is_optional_and_checked_like_every_text(member_client, organisation):
    member_client.post(create_url(organisation), data())
    assert Service.objects.get().software_version == ""
    response = member_client.post(create_url(organisation), data(software_version="x" * 41))
    assert response.status_code == 200 and response.context["form"].errors["software_version"]
