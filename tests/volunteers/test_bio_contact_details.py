"""The bio promises "no e-mail or phone number": the form refuses them, and leaves years and postcodes alone."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.core.contact_details import ContactKind, find_contact_details
from techpaten.volunteers.models import VolunteerProfile
from tests import factories
from tests.conftest import login
from tests.texts import de, shown

from .test_profile import form_data

EDIT_URL = reverse("volunteers:edit_profile")


@pytest.mark.parametrize(
    "bio",
    [
        "Erreichbar unter +49 30 1234567",
        "Ruf gern an: 030/1234567.",
        "Handy 0171 1234567, abends",
        "Tel. (030) 123 45 67",
        "0049 (0)30 12345678",
        "mobil 0171-123 45 67",
        "+4917112345678",
    ],
)
def test_phone_numbers_are_found(bio):
    assert find_contact_details(bio) == ContactKind.PHONE


@pytest.mark.parametrize(
    "bio",
    ["Schreib mir: paul@example.org", "paul.pinguin+techpaten@mail.example.de", "paul (at) example (dot) org"],
)
def test_email_addresses_are_found(bio):
    assert find_contact_details(bio) == ContactKind.EMAIL


@pytest.mark.parametrize(
    "bio",
    [
        "Seit 2010 Admin, von 2015 bis 2024 in einer Schule in 10115 Berlin.",
        "Zwischen 2015-2024 habe ich 3 Server und 150 Nutzer betreut.",
        "PLZ 80331, 80333 und 81675 sind für mich gut erreichbar.",
        "Letztes Projekt: Umzug am 01.02.2024, Debian 12 auf Ubuntu 24.04, Nextcloud 29.0.4.",
        "Zertifiziert nach ISO 27001, Netz 192.168.0.0/24, Sprechstunde 08:00-12:00.",
        "Kitas mit Kindern von 0 bis 6 Jahren, 2 Standorte.",
        "Ich helfe bei E-Mail-Postfächern und Telefonanlagen.",
    ],
)
def test_years_postcodes_dates_and_versions_are_not_contact_details(bio):
    assert find_contact_details(bio) is None


@pytest.mark.parametrize(
    ("bio", "message"),
    [
        (
            "Ruf an: 0171 1234567",
            "Please remove the phone number: your profile is shown to every organisation. Organisations reach you "
            "through Techpaten's messages, and contact details are shared once you work together.",
        ),
        (
            "paul@example.org",
            "Please remove the e-mail address: your profile is shown to every organisation. Organisations reach you "
            "through Techpaten's messages, and contact details are shared once you work together.",
        ),
    ],
)
def test_a_bio_with_contact_details_is_refused_with_a_clear_error_and_nothing_is_written(client, db, bio, message):
    user = factories.make_user("paul@example.org")
    login(client, user)
    response = client.post(EDIT_URL, form_data(bio=bio))
    assert response.status_code == 200
    assert response.context["form"].errors["bio"] == [de(message)]
    assert shown(response, de(message))
    assert not VolunteerProfile.objects.filter(user=user).exists()


def test_a_bio_with_years_and_a_postcode_is_saved(client, db):
    user = factories.make_user("paul@example.org")
    login(client, user)
    bio = "Seit 2010 Admin, wohne in 10115 Berlin."
    response = client.post(EDIT_URL, form_data(bio=bio))
    assert response.status_code == 302
    assert VolunteerProfile.objects.get(user=user).bio == bio
