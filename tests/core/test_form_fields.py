"""Dates outside 1900-2100 and hidden characters in names are refused by every form (techpaten/core/form_fields.py).

The walk finds every date field of every form of the project, so a new one without the guard fails here.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date, datetime

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import techpaten
from techpaten.accounts.forms import AccountSettingsForm, SignupExtraForm
from techpaten.costs.forms import CostItemForm, PledgeForm
from techpaten.inventory.forms import ServiceForm
from techpaten.needs.forms import NeedForm
from techpaten.organisations.forms import OrganisationForm
from techpaten.organisations.models import Organisation
from techpaten.volunteers.forms import VolunteerProfileForm
from tests.organisations.test_create import URL as CREATE_ORGANISATION
from tests.organisations.test_create import form_data as organisation_data
from tests.texts import de


def project_forms() -> list[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(techpaten.__path__, "techpaten."):
        if module.name.rsplit(".", 1)[-1] == "forms" or ".forms." in module.name:
            importlib.import_module(module.name)
    found, todo = [], [forms.BaseForm]
    while todo:
        for subclass in todo.pop().__subclasses__():
            todo.append(subclass)
            if subclass.__module__.startswith("techpaten."):
                found.append(subclass)
    return found


DATE_FIELDS = [
    (f"{form.__module__}.{form.__name__}.{name}", field)
    for form in project_forms()
    for name, field in form.base_fields.items()
    if isinstance(field, forms.DateField | forms.DateTimeField)
]


def test_the_walk_finds_the_date_fields_of_every_app():
    modules = {label.split(".")[1] for label, _field in DATE_FIELDS}
    assert {"engagements", "meetings", "inventory", "catalogue", "paperwork"} <= modules


@pytest.mark.parametrize(("label", "field"), DATE_FIELDS, ids=[label for label, _field in DATE_FIELDS])
@pytest.mark.parametrize("year", [1, 1899, 2101, 9999])
def test_every_date_field_refuses_a_year_outside_1900_to_2100(label, field, year):
    value = datetime(year, 6, 1, 12, tzinfo=timezone.get_current_timezone())
    if not isinstance(field, forms.DateTimeField):
        value = value.date()  # type: ignore[assignment]
    with pytest.raises(ValidationError) as refused:
        field.clean(value)
    assert [error.code for error in refused.value.error_list] == ["year_out_of_range"]


@pytest.mark.parametrize(("label", "field"), DATE_FIELDS, ids=[label for label, _field in DATE_FIELDS])
def test_every_date_field_takes_a_year_inside_the_range(label, field):
    value = date(2026, 3, 1) if not isinstance(field, forms.DateTimeField) else timezone.now()
    assert field.clean(value)


# Every form field that names a person, an organisation, a need or a service (shown to others as a name).
NAME_FIELDS = [
    (SignupExtraForm, "name"),
    (AccountSettingsForm, "name"),
    (OrganisationForm, "name"),
    (OrganisationForm, "town"),
    (VolunteerProfileForm, "display_name"),
    (NeedForm, "title"),
    (ServiceForm, "name"),
    (CostItemForm, "provider"),
    (CostItemForm, "sponsor_name"),
    (PledgeForm, "name"),
]
HIDDEN = [
    *map(chr, range(0x202A, 0x202F)),  # embeddings and overrides
    *map(chr, range(0x2066, 0x206A)),  # isolates
    *map(chr, range(0x200B, 0x2010)),  # zero-width space, joiners, marks
    "\u2060",  # word joiner
    "\ufeff",  # byte-order mark
    "\u00ad",  # soft hyphen
    "\t",
    "\u2028",  # line separator
]


@pytest.mark.parametrize(("form", "name"), NAME_FIELDS, ids=[f"{f.__name__}.{n}" for f, n in NAME_FIELDS])
def test_every_name_field_refuses_each_hidden_character(form, name):
    field = form.base_fields[name]
    for char in HIDDEN:
        with pytest.raises(ValidationError) as refused:
            field.clean(f"Kita{char}Sonne")
        assert [error.code for error in refused.value.error_list] == ["hidden_characters"], hex(ord(char))
    visible = "Kita Sonne, Träger: AWO \u2013 Ğül ☀"  # an en dash, umlauts and a symbol are fine
    assert field.clean(visible) == visible


def test_an_organisation_named_with_a_direction_override_is_refused_clearly_and_not_saved(volunteer_client):
    response = volunteer_client.post(CREATE_ORGANISATION, organisation_data(name="Kita \u202egpj.exe"))
    assert response.status_code == 200
    expected = de(
        "This name contains invisible or text-direction characters (%(characters)s), often copied along from "
        "another program. Please type the name again without them.",
        characters="U+202E",
    )
    assert expected in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_service_date_in_the_year_202_is_refused_clearly(admin_client_, organisation):
    response = admin_client_.post(
        reverse("inventory:create", args=[organisation.slug]), {"name": "Nextcloud", "next_update_check": "0202-05-01"}
    )
    assert response.status_code == 200
    expected = de("Please enter a date between the years %(first)s and %(last)s.", first=1900, last=2100)
    assert expected in response.content.decode()
    assert not organisation.services.exists()
