"""GET every URL of the permission matrix as one persona, plus the search and the filters with private words."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlencode

from django.http import HttpResponse
from django.urls import reverse

from .conftest import World
from .permission_matrix import MATRIX


def urls(world: World) -> list[str]:
    found = [reverse(name, kwargs=row.kwargs(world)) for name, row in MATRIX.items()]
    listing, need = reverse("needs:list"), reverse("needs:detail", args=[world.need.pk])
    found.append(f"{listing}?{urlencode({'q': world.organisation.name})}")
    found.append(f"{listing}?{urlencode({'plz': '10115', 'radius': '50', 'sort': 'distance'})}")
    found.append(f"{need}?{urlencode({'plz': '14467'})}")
    return found


def walk(world: World, persona: str) -> Iterator[tuple[str, HttpResponse]]:
    client = world.client(persona)
    for url in urls(world):
        yield url, client.get(url)
