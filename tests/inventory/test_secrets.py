"""The form records where credentials are kept and refuses what looks like the credentials themselves."""

from __future__ import annotations

import pytest

from techpaten.inventory.forms import looks_like_secret, looks_like_token


@pytest.mark.parametrize(
    "text",
    [
        "Passwort: sommer2024",
        "password: hunter2",
        "Admin-PW = Kita!123",
        "Kennwort:Sonnenschein",
        "API key: abc",
        "Zugang: admin, pwd: geheim",
        "https://admin:geheim@cloud.kita.example/",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "Token im Klartext: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "ghp_aZ3kP9qLm2XvB7nR4tYwQ8sD1fG6hJ0kL5",
        "Zugang mit xK9#mQ2$vL7pR4!tZ8wB3nF6 im Büro",
    ],
)
def test_it_refuses_text_that_looks_like_a_secret(text):
    assert looks_like_secret(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passwortmanager der Kita (KeePassXC), Eintrag „Nextcloud Admin“",
        "Versiegelter Umschlag im Tresor der Leitung",
        "Password manager of the Kita, entry Nextcloud admin",
        "Das Passwort liegt im Bitwarden-Tresor des Fördervereins",
        "https://cloud.kita-sonnenschein.example/index.php/apps/files",
        "backup2024.kita-sonnenschein.example",
        "Sicherungsfestplatte2024 im Büroschrank",
        "leitung@kita-sonnenschein.example",
        "Datenschutzbeauftragte des Trägers",
        "/srv/backups/nextcloud-2024-06-01",
        "täglich um 02:00, 30 Tage aufbewahrt",
    ],
)
def test_it_accepts_places_names_addresses_and_ordinary_text(text):
    assert not looks_like_secret(text)


def test_short_words_are_never_tokens():
    assert not looks_like_token("aZ3kP9qLm2XvB7nR4")  # 17 characters: too short to tell from a product code
