"""Solutions and deployment profiles have an English name (issue 12): English pages show it, German pages the German
one; without an English name an English page shows the German name marked lang="de" (WCAG 3.1.2)."""

from __future__ import annotations

import importlib

from django.apps import apps
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
