"""needs.search_match: a search tested on needs in memory finds exactly what search_needs finds in the database.

One corpus of needs (places, kinds of organisation, verification, use cases, skills, sizes, remote help, every status,
hidden ones, texts with phrases, stop words, hyphens, addresses and numbers) and many searches (every word search of
the search's own parity table and more, places and radii on the edge, reach, terms, size, verification, "published
after", open only). CI runs this module on SQLite and on PostgreSQL: the in-memory answer follows the database's
own index on each (tests/core/test_fulltext.py shows where the two databases differ).
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from techpaten.needs.models import Need
from techpaten.needs.search import NEWEST, criteria, search_needs
from techpaten.needs.search_match import NewNeeds
from techpaten.taxonomy.models import Sector
from tests import factories

from .test_search_parity import CORPUS, SEARCHES

pytestmark = pytest.mark.django_db

# The corpus's organisations: postcode (10115 Berlin is the searches' centre: 12529 lies 19.98 km from it, 14467
# 25.9 km, 16515 26.8 km), kind, verified.
ORGANISATIONS = {
    "Kita Sonnenschein": ("10115", "kita", True),
    "Grundschule Am Park": ("14467", "schule", False),
    "Turnverein Eiche": ("12529", "verein", False),
    "Bürgerinitiative Radweg": ("20095", "initiative", True),
    "Kita Regenbogen": ("10997", "kita", False),
    "WG Lindenstraße": ("04109", "wg", False),
    "Sportverein Nord": ("80331", "verein", True),
    "Gymnasium Nord": ("16515", "schule", False),
}
# More text: phrases across stop words and columns, hyphens, an address and a version number.
EXTRA_TITLES = [
    "Hort Schule Kita",
    "Schule für Kita",
    "Schule Kita Hort",
    "Kita und Schule vernetzen",
    "Nextcloud-Instanz für Kita",
    "Siehe https://example.org/pfad",
    "Version 3.5 einspielen",
    "E-Mail für die Kita",
    "Eltern teilen Fotos",
    "Teilen mit Eltern",
]
STATUSES = ["open", "open", "matched", "open", "closed", "open", "draft", "open", "matched"]
USE_CASES = [("photos",), ("files", "backup"), ("calendar",), ("mail",), ("website",), ("network",), ("photos", "mail")]
SIZES = ["small", "medium", "large"]

WORDS = [words for words, _expected in SEARCHES] + [
    '"Schule und Kita"',
    '"Schule Kita"',
    '"Kita Schule"',
    '"Schule für Kita"',
    '"Instanz für Kita"',
    '"teilen Kita"',  # the title's last word, the organisation's first
    "example",
    "example.org",
    "pfad",
    "3.5",
    "Kita -Schule",
    "Kita or Schule -Hort",
    "Nextcloud Kita",
    '"Eltern teilen" or Fotos',
]
PLACES: list[dict[str, Any]] = [
    {},
    {"plz": "10115", "radius": 5},
    {"plz": "10115", "radius": 20},  # 12529 just inside
    {"plz": "10115", "radius": 20, "reach": "either"},
    {"plz": "10115", "radius": 26, "reach": "nearby"},  # 14467 inside, 16515 outside
    {"plz": "14467", "radius": 30},
    {"plz": "10115", "radius": 300},
    {"plz": "10115", "radius": 26, "reach": "remote"},
    {"reach": "remote"},
    {"plz": "10115"},  # no radius: no narrowing
    {"plz": "99999", "radius": 10},  # no such postcode: no narrowing
]
TERMS: list[dict[str, Any]] = [
    {},
    {"sector": "kita"},
    {"sector": "verein"},
    {"use_case": "photos"},
    {"use_case": "mail"},
    {"skill": "nextcloud"},
    {"skill": "backup"},
    {"size": "medium"},
    {"verified": True},
    {"sector": "schule", "use_case": "files", "size": "large"},
]


@pytest.fixture
def corpus(db) -> Any:
    start = timezone.now() - timedelta(days=10)
    organisations = {
        name: factories.make_organisation(
            name=name, plz=plz, sector=Sector.objects.get(slug=sector), slug=f"org-{index}", is_verified=verified
        )
        for index, (name, (plz, sector, verified)) in enumerate(ORGANISATIONS.items())
    }
    n = 0
    for day, (title, description, organisation_name) in enumerate(CORPUS):
        texts = [
            (title, description),
            (title, f"{description} {EXTRA_TITLES[day]}"),
            (EXTRA_TITLES[day], description),
        ]
        for text_title, text_description in texts:
            need = factories.make_need(
                organisations[organisation_name],
                title=text_title,
                description=text_description,
                status=STATUSES[n % len(STATUSES)],
                use_cases=USE_CASES[n % len(USE_CASES)],
                size=SIZES[n // 2 % len(SIZES)],
                remote_ok=n % 4 == 1,
                published_at=start + timedelta(hours=5 * n),
            )
            if n % 11 == 4:
                Need.objects.filter(pk=need.pk).update(hidden_at=timezone.now())
            n += 1
    return start


def searches(start: Any) -> list[dict[str, Any]]:
    """Every word alone, every place with every term, and a sample of all three with bounds and open only."""
    rng = random.Random(13)
    bounds = [None, start + timedelta(hours=52), start + timedelta(hours=101)]
    found: list[dict[str, Any]] = [{"q": words} for words in WORDS]
    found += [{**place, **terms} for place in PLACES for terms in TERMS]
    for _ in range(400):
        search = {"q": rng.choice(WORDS), **rng.choice(PLACES), **rng.choice(TERMS)}
        if bound := rng.choice(bounds):
            search["published_after"] = bound
        search["open_only"] = rng.random() < 0.5
        found.append(search)
    return found


def test_in_memory_the_search_finds_exactly_what_it_finds_in_the_database(corpus):
    new = NewNeeds.load(corpus - timedelta(days=1))
    differences = []
    answered = 0
    for search in searches(corpus):
        expected = list(search_needs(search).order_by(*NEWEST).values_list("pk", flat=True))
        found = [need.pk for need in new.matching(criteria(search))]
        answered += bool(expected)
        if found != expected:
            differences.append((search, expected, found))
    assert differences == []
    assert answered > 200  # the searches find something, not only nothing alike


def test_a_model_instance_means_its_slug(corpus):
    new = NewNeeds.load(corpus - timedelta(days=1))
    search = {"sector": Sector.objects.get(slug="kita"), "q": "Kita"}
    expected = list(search_needs(search).order_by(*NEWEST).values_list("pk", flat=True))
    assert expected
    assert [need.pk for need in new.matching(criteria(search))] == expected


def test_only_needs_published_after_the_moment_are_loaded_newest_first_with_at_most_limit(corpus):
    moment = corpus + timedelta(hours=101)
    new = NewNeeds.load(moment, open_only=True)
    expected = list(
        Need.objects.filter(Need.listed_q(), status="open", published_at__gt=moment)
        .order_by(*NEWEST)
        .values_list("pk", flat=True)
    )
    assert [need.pk for need in new.needs] == expected
    assert [need.pk for need in new.matching(criteria({}), limit=3)] == expected[:3]


def test_loading_takes_two_queries_whatever_the_number_of_needs(corpus):
    with CaptureQueriesContext(connection) as queries:
        new = NewNeeds.load(corpus - timedelta(days=1))
    assert len(new.needs) > 20
    assert len(queries) == 2
