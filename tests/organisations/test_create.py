from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.organisations.models import Membership, Organisation
from techpaten.places.plz import lookup
from techpaten.taxonomy.models import Sector
from tests import factories
from tests.conftest import login

URL = reverse("organisations:create")


def form_data(**overrides: str) -> dict[str, str]:
    data = {
        "name": "Kita Regenbogen",
        "sector": str(Sector.objects.get(slug="kita").pk),
        "is_formal": "on",
        "description": "Zwei Gruppen, 30 Kinder.",
        "plz": "14467",
        "town": "Potsdam",
        "contact_email": "leitung@regenbogen.example",
        "contact_phone": "0331 123456",
        "contact_address": "Lindenstraße 1, 14467 Potsdam",
    }
    data.update(overrides)
    return data


def test_the_form_page_renders_for_a_logged_in_person(volunteer_client):
    response = volunteer_client.get(URL)
    assert response.status_code == 200
    assert 'name="contact_email"' in response.text


def test_it_creates_an_organisation_and_makes_the_creator_its_admin(volunteer_client, volunteer):
    response = volunteer_client.post(URL, form_data())
    organisation = Organisation.objects.get(name="Kita Regenbogen")
    assert response.status_code == 302
    assert response.url == reverse("organisations:detail", args=["kita-regenbogen"])
    assert organisation.slug == "kita-regenbogen"
    assert organisation.is_formal
    point = lookup("14467")
    assert point is not None
    assert (organisation.latitude, organisation.longitude) == (point.latitude, point.longitude)
    membership = Membership.objects.get(organisation=organisation)
    assert membership.user == volunteer
    assert membership.role == Membership.Role.ADMIN


def test_an_informal_group_is_welcome(volunteer_client):
    data = form_data(name="WG Lindenstraße 4", sector=str(Sector.objects.get(slug="wg").pk))
    del data["is_formal"]
    volunteer_client.post(URL, data)
    organisation = Organisation.objects.get(name="WG Lindenstraße 4")
    assert organisation.slug == "wg-lindenstrasse-4"
    assert not organisation.is_formal


def test_a_taken_name_gets_a_numbered_slug(volunteer_client, organisation):
    volunteer_client.post(URL, form_data(name="Kita Sonnenschein"))
    volunteer_client.post(URL, form_data(name="Kita Sonnenschein", create_anyway="on"))  # a namesake in 14467 now
    slugs = set(Organisation.objects.filter(name="Kita Sonnenschein").values_list("slug", flat=True))
    assert slugs == {"kita-sonnenschein", "kita-sonnenschein-2", "kita-sonnenschein-3"}


def test_a_name_that_would_shadow_the_create_page_gets_a_number(volunteer_client):
    volunteer_client.post(URL, form_data(name="New"))
    assert Organisation.objects.get(name="New").slug == "new-2"


def test_an_unknown_postcode_is_a_clear_error_and_nothing_is_written(volunteer_client):
    organisations, memberships = Organisation.objects.count(), Membership.objects.count()
    response = volunteer_client.post(URL, form_data(plz="00000"))
    assert response.status_code == 200
    assert "plz" in response.context["form"].errors
    with translation.override("de"):
        expected = gettext("We do not know the postcode %(plz)s. Please check it.") % {"plz": "00000"}
    assert expected in response.text
    assert (Organisation.objects.count(), Membership.objects.count()) == (organisations, memberships)


def test_missing_name_and_sector_are_errors(volunteer_client):
    response = volunteer_client.post(URL, form_data(name="", sector=""))
    assert set(response.context["form"].errors) == {"name", "sector"}
    assert not Organisation.objects.filter(town="Potsdam").exists()


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.post(URL, form_data())
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Organisation.objects.exists()


def test_a_person_with_an_unconfirmed_address_must_confirm_it_first(client, db):
    login(client, factories.make_user("new@example.org", verified=False))
    response = client.post(URL, form_data())
    assert response.status_code == 200
    assert "account/verified_email_required.html" in [t.name for t in response.templates]
    assert not Organisation.objects.exists()
