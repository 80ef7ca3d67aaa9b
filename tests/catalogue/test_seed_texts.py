"""Corrected catalogue texts: the switch values read as words of the page's language, and a fixed seed text reaches
existing databases through the data migration 0004, which re-runs the idempotent loader."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from techpaten.catalogue.models import BaselineSetting
from techpaten.catalogue.seed_data import PROFILES
from techpaten.catalogue.templatetags.catalogue import switch_word
from tests.texts import de

from . import makers

LINK_PASSWORD = "shareapi_enforce_links_password"


@pytest.mark.parametrize(
    ("value", "english", "german"),
    [
        ("yes", "yes", "ja"),
        ("true", "yes", "ja"),
        ("ON", "yes", "ja"),
        (" True ", "yes", "ja"),
        ("no", "no", "nein"),
        ("false", "no", "nein"),
        ("off", "no", "nein"),
        ("30", "", ""),
        ("repokey-blake2", "", ""),
        ("", "", ""),
    ],
)
def test_switch_values_become_words_of_the_active_language(value, english, german):
    with translation.override("en"):
        assert switch_word(value) == english
    with translation.override("de"):
        assert switch_word(value) == german


def test_the_detail_page_shows_switch_values_in_german_and_keeps_the_literal_value(client, db):
    solution = makers.make_solution()
    profile = makers.make_profile(solution)
    makers.add_setting(profile, kind=BaselineSetting.Kind.ON, setting=LINK_PASSWORD, value="yes")
    makers.add_setting(profile, kind=BaselineSetting.Kind.OFF, setting="SIGNUPS_ALLOWED", value="false")
    makers.add_setting(profile, kind=BaselineSetting.Kind.VALUE, setting="expire_days", value="7")
    html = client.get(reverse("catalogue:detail", args=[solution.slug])).content.decode()
    assert f"{escape(de('must be on'))}: {de('yes')} (<code>yes</code>)" in html
    assert f"{escape(de('must be off'))}: {de('no')} (<code>false</code>)" in html
    assert f"{escape(de('must have this value'))}: <code>7</code>" in html


def _seeded_reason() -> str:
    for profile in PROFILES:
        for setting in profile.baseline:
            if setting.setting == LINK_PASSWORD:
                return setting.reason_de
    raise AssertionError(LINK_PASSWORD)


def test_the_link_password_reason_reads_hinein(db):
    reason = _seeded_reason()
    assert reason.endswith("kommt jeder mit dem Link hinein.") and "Link zu." not in reason
    seeded = BaselineSetting.objects.filter(setting=LINK_PASSWORD, profile__solution__slug="nextcloud")
    assert seeded.exists() and all(setting.reason_de == reason for setting in seeded)


def test_migration_0004_rewrites_the_old_text_in_an_existing_database(db):
    seeded = BaselineSetting.objects.filter(setting=LINK_PASSWORD, profile__solution__slug="nextcloud")
    old = "Preset CLUB und FAMILY erzwingen kein Passwort für Freigabelinks; ohne Passwort kann jeder mit dem Link zu."
    seeded.update(reason_de=old)
    count = BaselineSetting.objects.count()
    migration = importlib.import_module("techpaten.catalogue.migrations.0004_fix_seed_texts")
    migration.seed(apps, None)
    assert {setting.reason_de for setting in seeded} == {_seeded_reason()}
    assert BaselineSetting.objects.count() == count
