"""Solutions and deployment profiles have an English name (issue 12): English pages show it, German pages the German
one; without an English name an English page shows the German name marked lang="de" (WCAG 3.1.2)."""

from __future__ import annotations

import importlib
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from techpaten.catalogue.models import DeploymentProfile, Solution
from techpaten.catalogue.seed_data import PROFILES, SOLUTIONS
from techpaten.core.bilingual import marked

from . import makers


def test_every_seeded_solution_and_profile_has_an_english_name(db):
    assert all(sol.name_en for sol in SOLUTIONS) and all(profile.name_en for profile in PROFILES)
    assert not Solution.objects.filter(name_en="").exists()
    assert not DeploymentProfile.objects.filter(name_en="").exists()
    kita = DeploymentProfile.objects.get(solution__slug="nextcloud", slug="kita-photos")
    assert (kita.name, kita.name_en) == (
        "Nextcloud 32, Kita-Fotos mit Elterngalerie",
        "Nextcloud 32, Kita photos with a parents' gallery",
    )


def test_migration_0006_gives_an_existing_database_the_english_names(db):
    Solution.objects.update(name_en="")
    DeploymentProfile.objects.update(name_en="")
    counts = Solution.objects.count(), DeploymentProfile.objects.count()
    importlib.import_module("techpaten.catalogue.migrations.0006_english_names").seed(apps, None)
    assert Solution.objects.get(slug="hugo-static-site").name_en == "Static website (Hugo)"
    assert not DeploymentProfile.objects.filter(name_en="").exists()
    assert (Solution.objects.count(), DeploymentProfile.objects.count()) == counts


def test_the_name_follows_the_active_language_and_falls_back_to_german(db):
    solution = makers.make_solution(name="Dateiablage für Vereine", name_en="File storage for clubs")
    untranslated = makers.make_profile(solution, name="Nextcloud 32, gehärtet", name_en="")
    with translation.override("de"):
        assert (str(solution), solution.display_name, untranslated.display_name) == (
            "Dateiablage für Vereine",
            "Dateiablage für Vereine",
            "Nextcloud 32, gehärtet",
        )
    with translation.override("en"):
        assert (str(solution), untranslated.display_name) == ("File storage for clubs", "Nextcloud 32, gehärtet")


def test_marked_names_carry_lang_only_for_german_standing_in_on_an_english_page():
    with translation.override("en"):
        assert marked("Kita-Fotos", "Kita photos") == "Kita photos"
        assert marked("Kita-Fotos & mehr", "") == '<span lang="de">Kita-Fotos &amp; mehr</span>'
        assert marked("", "") == ""
    with translation.override("de"):
        assert marked("Kita-Fotos", "Kita photos") == "Kita-Fotos"
        assert marked("Kita-Fotos", "") == "Kita-Fotos"


# --- the catalogue's pages ---


def english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def named(db):
    """A solution named in both languages with one profile named in both and one named in German only."""
    solution = makers.make_solution(name="Dateiablage für Vereine", name_en="File storage for clubs")
    translated = makers.make_profile(
        solution, name="Nextcloud 32, Preset CLUB, gehärtet", name_en="Nextcloud 32, hardened"
    )
    german_only = makers.make_profile(solution, name="Nextcloud 32, für die Kita", name_en="")
    makers.add_setting(german_only)
    return solution, translated, german_only


def test_the_list_shows_the_english_name_on_english_pages_and_the_german_one_on_german_pages(client, named):
    solution, _, _ = named
    link = f'<a href="{reverse("catalogue:detail", args=[solution.slug])}">'
    assert f"{link}Dateiablage für Vereine</a>" in client.get(reverse("catalogue:list")).content.decode()
    assert f"{link}File storage for clubs</a>" in english(client).get(reverse("catalogue:list")).content.decode()


def test_the_detail_page_in_english_names_solution_and_profiles_in_english(client, named):
    solution, translated, german_only = named
    html = english(client).get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert '<h1 id="solution-title">File storage for clubs</h1>' in html
    assert "<title>File storage for clubs" in html
    assert f'<h3 id="profile-{translated.pk}">Nextcloud 32, hardened</h3>' in html
    # No English name: the German one stands in, marked as German for screen readers.
    assert f'<h3 id="profile-{german_only.pk}"><span lang="de">Nextcloud 32, für die Kita</span></h3>' in html
    caption = 'Configuration baseline of <span lang="de">Nextcloud 32, für die Kita</span></caption>'
    assert caption in html


def test_the_detail_page_in_german_needs_no_mark(client, named):
    solution, translated, german_only = named
    html = client.get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert '<h1 id="solution-title">Dateiablage für Vereine</h1>' in html
    assert f'<h3 id="profile-{translated.pk}">Nextcloud 32, Preset CLUB, gehärtet</h3>' in html
    assert f'<h3 id="profile-{german_only.pk}">Nextcloud 32, für die Kita</h3>' in html
    assert 'lang="de"' not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_review_of_a_profile_names_it_in_the_page_s_language(client, named):
    solution, translated, german_only = named
    makers.make_review(solution, profile=german_only)
    listing = english(client).get(reverse("catalogue:list")).content.decode()
    assert 'approved for <span lang="de">Nextcloud 32, für die Kita</span> until' in listing
    makers.make_review(solution, profile=translated, valid_until=makers.today() + timedelta(days=400))
    listing = english(client).get(reverse("catalogue:list")).content.decode()
    detail = english(client).get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert "approved for Nextcloud 32, hardened until" in listing
    assert "approved for Nextcloud 32, hardened until" in detail
    assert "<dd>Nextcloud 32, hardened</dd>" in detail


def test_the_review_form_names_the_solution_and_its_profiles_in_english(client, named, reviewer):
    solution, translated, _ = named
    reviewer.language = "en"
    reviewer.save()
    client.force_login(reviewer)
    html = english(client).get(reverse("catalogue:review_create", args=[solution.slug])).content.decode()
    assert "Your review of File storage for clubs." in html
    assert f'<option value="{translated.pk}">Nextcloud 32, hardened</option>' in html


def test_no_template_prints_a_catalogue_name_without_its_english_one():
    """`{{ solution.name }}` would show the German name on English pages: every template writes
    `{{ solution.name|bilingual:solution.name_en }}` (or `display_name` where no markup may go, as in <title>)."""
    root = Path(__file__).resolve().parents[2] / "techpaten"
    raw = re.compile(r"\b(?:solution|profile)\.name\b(?!\|bilingual:)")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.html"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if raw.search(line)
    ]
    assert not found
