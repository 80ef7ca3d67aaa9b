"""Registering an organisation that exists already: a warning with a link to it, and a deliberate "anyway"."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.organisations.models import Organisation
from techpaten.organisations.services import comparable_name
from tests import factories
from tests.texts import de, shown

from .test_create import URL, form_data


@pytest.mark.parametrize(
    "name",
    ["Kita Regenbogen", "kita regenbogen", "  Kita   Regenbogen ", "Kita Regenbogen e.V.", "Kita Regenbogen e. V.",
     "KITA REGENBOGEN EV", "Kita-Regenbogen"],
)  # fmt: skip
def test_names_are_compared_without_case_spacing_or_legal_form(name):
    assert comparable_name(name) == comparable_name("Kita Regenbogen")


def test_different_names_stay_different():
    assert comparable_name("Kita Regenbogen") != comparable_name("Kita Regenbogenland")
    assert comparable_name("Evangelische Kita") != comparable_name("Kita")  # "ev" only as a whole word


@pytest.fixture
def existing(db):
    return factories.make_organisation(
        name="Kita Regenbogen e. V.", slug="kita-regenbogen", plz="14467", town="Potsdam"
    )


def test_a_namesake_in_the_same_postcode_is_shown_with_a_link_and_nothing_is_written(volunteer_client, existing):
    response = volunteer_client.post(URL, form_data(name="kita  regenbogen"))
    assert response.status_code == 200
    assert Organisation.objects.count() == 1
    error = de("An organisation called “%(name)s” is already registered with the postcode %(plz)s.") % {
        "name": existing.name,
        "plz": "14467",
    }
    assert response.context["form"].errors["create_anyway"] == [error]
    assert shown(response, error)
    assert f'href="{reverse("organisations:detail", args=[existing.slug])}"' in response.text
    assert 'type="checkbox" name="create_anyway"' in response.text


def test_ticking_register_anyway_creates_the_second_organisation(volunteer_client, volunteer, existing):
    response = volunteer_client.post(URL, form_data(name="Kita Regenbogen", create_anyway="on"))
    assert response.status_code == 302
    second = Organisation.objects.exclude(pk=existing.pk).get()
    assert second.slug == "kita-regenbogen-2"
    assert second.members.get() == volunteer


def test_the_same_name_elsewhere_is_registered_without_a_question(volunteer_client, existing):
    response = volunteer_client.post(URL, form_data(name="Kita Regenbogen", plz="10115", town="Berlin"))
    assert response.status_code == 302
    assert Organisation.objects.count() == 2


def test_the_register_anyway_box_is_hidden_until_a_namesake_is_found(volunteer_client, db):
    response = volunteer_client.get(URL)
    assert 'type="hidden" name="create_anyway"' in response.text
    assert 'type="checkbox" name="create_anyway"' not in response.text


def test_editing_an_organisation_never_asks_about_namesakes(admin_client_, organisation):
    factories.make_organisation(name=organisation.name, plz=organisation.plz)
    response = admin_client_.get(reverse("organisations:edit", args=[organisation.slug]))
    assert "create_anyway" not in response.text


def test_registered_organisation_is_not_ticked_by_default(volunteer_client, db):
    response = volunteer_client.get(URL)
    field = response.context["form"]["is_formal"]
    assert not field.value()
    assert 'name="is_formal"' in response.text
    assert 'name="is_formal" checked' not in response.text and "checked" not in str(field)
