"""The two generic guards the fuzz test led to: NUL characters in addresses, and numbers too big for the database."""

from __future__ import annotations

import pytest
from django.urls import reverse

from techpaten.needs.forms import NeedForm
from techpaten.taxonomy.models import Skill
from techpaten.volunteers.forms import VolunteerProfileForm

from .conftest import World
from .permission_matrix import MATRIX

TOO_BIG = "9" * 30


@pytest.mark.parametrize("persona", ["anonymous", "volunteer"])
def test_a_nul_character_in_an_address_is_not_found(world: World, persona: str):
    """PostgreSQL refuses NUL in text: a token, key or slug with one must be a 404, not a database error."""
    client = world.client(persona)
    tried = 0
    for name, row in MATRIX.items():
        url = reverse(name, kwargs=row.kwargs(world))
        for value in row.kwargs(world).values():
            broken = url.replace(f"/{value}/", f"/{value}%00/").replace(f"-{value}/", f"-{value}%00/")
            if broken != url:
                assert client.get(broken).status_code == 404, broken
                tried += 1
    assert tried >= 10


def test_a_number_too_big_for_the_database_finds_nothing_instead_of_crashing(db):
    skill = Skill.objects.first()
    assert list(Skill.objects.filter(pk__in=[int(TOO_BIG)])) == []
    assert list(Skill.objects.filter(pk__in=[int(TOO_BIG), skill.pk])) == [skill]
    assert list(Skill.objects.exclude(pk__in=[int(TOO_BIG)])) == list(Skill.objects.all())


def test_a_choice_too_big_for_the_database_is_an_invalid_choice(db):
    assert "use_cases" in NeedForm({"use_cases": [TOO_BIG], "title": "Fotos"}).errors
    assert "skills" in VolunteerProfileForm({"skills": [TOO_BIG], "plz": "14467"}).errors
