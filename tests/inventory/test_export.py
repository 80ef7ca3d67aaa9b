"""The handbook to keep: print page and Markdown download, with every field of every running service."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext

from techpaten.catalogue.models import Solution
from tests.texts import de

from .helpers import engagement_with, make_service

NO_CREDENTIALS = (
    "By design, this document contains no credentials (passwords, keys, tokens): it only says where they are kept. "
    "Keep them in a password manager or a sealed envelope, never in this document."
)


def label(msgid: str) -> str:
    with translation.override("de"):
        return str(capfirst(gettext(msgid)))


def german_date(value: date) -> str:
    with translation.override("de"):
        return date_format(value, "DATE_FORMAT")


@pytest.fixture
def full_service(organisation, need, volunteer, org_admin):
    engagement = engagement_with(need, volunteer, org_admin)
    solution = Solution.objects.create(
        slug="nextcloud-export", name="Nextcloud Hub", software="Nextcloud", summary_de="x", summary_en="x"
    )
    return make_service(
        organisation,
        name="Elterncloud",
        solution=solution,
        software_version="29.0.4",
        engagement=engagement,
        hoster="Hetzner Online",
        country="Deutschland",
        domain="cloud.kita.example",
        admin_rights="Vera Volunteer\nAnna Admin (Notfall)",
        credentials_location="Passwortmanager der Kita, Eintrag Nextcloud",
        backup_what="Dateien und Datenbank",
        backup_where="Storage Box Falkenstein",
        backup_frequency="täglich 02:00",
        last_restore_test=date(2024, 5, 2),
        next_update_check=date(2030, 1, 15),
        tls_expires_on=date(2030, 2, 1),
        restore_test_due=date(2030, 3, 1),
        notes="Updates am ersten Montag.",
    )


def markdown_of(client, organisation) -> tuple[object, str]:
    response = client.get(reverse("inventory:handbook_markdown", args=[organisation.slug]))
    return response, response.content.decode("utf-8")


def test_the_markdown_download_is_a_dated_utf8_file(member_client, organisation, full_service):
    response, _text = markdown_of(member_client, organisation)
    today = timezone.localdate().isoformat()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="betriebshandbuch-kita-sonnenschein-{today}.md"'
    assert response["Cache-Control"] == "private, no-store"


def test_the_markdown_holds_every_field_of_the_service(member_client, organisation, full_service, volunteer):
    _response, text = markdown_of(member_client, organisation)
    lines = text.splitlines()
    assert lines[0] == f"# {de('Operations handbook (Betriebshandbuch)')}"
    assert f"- **{de('Organisation')}:** Kita Sonnenschein" in lines
    assert f"- **{de('Date')}:** {german_date(timezone.localdate())}" in lines
    assert f"> {de(NO_CREDENTIALS)}" in lines
    assert "## Elterncloud" in lines
    service = lines[lines.index("## Elterncloud") + 2 :]
    expected = [
        f"- **{label('from the catalogue')}:** Nextcloud Hub",
        f"- **{label('software version')}:** 29.0.4",
        f"- **{de('Team that looks after it')}:** {full_service.engagement.team}: {volunteer.display_name}",
        f"- **{label('hoster')}:** Hetzner Online",
        f"- **{label('country of the servers')}:** Deutschland",
        f"- **{label('domain')}:** cloud.kita.example",
        f"- **{label('who holds admin rights')}:** Vera Volunteer  ",
        "  Anna Admin (Notfall)",
        f"- **{label('where the credentials are kept')}:** Passwortmanager der Kita, Eintrag Nextcloud",
        f"- **{label('what is backed up')}:** Dateien und Datenbank",
        f"- **{label('where the backups are')}:** Storage Box Falkenstein",
        f"- **{label('how often')}:** täglich 02:00",
        f"- **{label('last successful restore test')}:** {german_date(date(2024, 5, 2))}",
        f"- **{label('next update check')}:** {german_date(date(2030, 1, 15))}",
        f"- **{label('TLS certificate expires')}:** {german_date(date(2030, 2, 1))}",
        f"- **{label('next restore test due')}:** {german_date(date(2030, 3, 1))}",
        f"- **{label('notes')}:** Updates am ersten Montag.",
    ]
    assert service[: len(expected)] == expected


def test_empty_fields_say_not_recorded_and_retired_services_are_left_out(member_client, organisation):
    make_service(organisation, name="Webseite", hoster="", country="")
    make_service(organisation, name="Alter Server", is_active=False)
    _response, text = markdown_of(member_client, organisation)
    assert f"- **{label('hoster')}:** {de('not recorded')}" in text.splitlines()
    assert f"- **{de('Team that looks after it')}:** {de('no team (the organisation looks after it)')}" in text
    assert "Alter Server" not in text


def test_an_empty_inventory_still_gives_a_document(member_client, organisation):
    _response, text = markdown_of(member_client, organisation)
    assert de("No services are recorded yet.") in text and de(NO_CREDENTIALS) in text


def test_the_print_page_holds_the_same_content(member_client, organisation, full_service):
    response = member_client.get(reverse("inventory:handbook", args=[organisation.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="paperwork-document inventory-handbook"' in html  # the print CSS of the documents
    for text in ("Elterncloud", "Nextcloud Hub", "Hetzner Online", "cloud.kita.example", "Storage Box Falkenstein"):
        assert text in html
    assert "Vera Volunteer<br>Anna Admin (Notfall)" in html
    assert german_date(date(2030, 2, 1)) in html and german_date(timezone.localdate()) in html
    assert de(NO_CREDENTIALS).split(":")[0] in html
    assert reverse("inventory:handbook_markdown", args=[organisation.slug]) in html


def test_outsiders_get_no_export(outsider_client, organisation, full_service):
    assert outsider_client.get(reverse("inventory:handbook", args=[organisation.slug])).status_code == 404
    assert outsider_client.get(reverse("inventory:handbook_markdown", args=[organisation.slug])).status_code == 404
