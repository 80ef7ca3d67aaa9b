"""The form records where credentials are kept and refuses what looks like the credentials themselves."""

from __future__ import annotations

import pytest

from techpaten.inventory.secrets import SecretKind, find_secret, looks_like_secret, looks_like_token


@pytest.mark.parametrize(
    "text",
    [
        "Passwort: sommer2024",
        "password: hunter2",
        "Admin-PW = Kita!123",
        "Kennwort:Sonnenschein",
        "Kennwort: Geheim!42",
        "pw=abc123XYZ",
        "API key: abc",
        "Zugang: admin, pwd: geheim",
        # Plain sentences, German and English.
        "Passwort ist Sonnenschein2024",
        "root pw ist Sonne123!",
        "the password is hunter2",
        "The admin password is „Kita!Sonne“",
        "Das WLAN-Passwort lautet Regenbogen7",
        "PIN ist 4711",
        "pin lautet 0815",
        "The passphrase is still CorrectHorse",
        "der Token ist abc123def456",
        "Das Passwort war früher Sommer2023!",
        "Passwort ist jetzt Winter#24",
    ],
)
def test_it_refuses_a_password_written_out(text):
    assert find_secret(text) == SecretKind.PASSWORD


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("https://admin:geheim@cloud.kita.example/", SecretKind.IN_ADDRESS),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", SecretKind.PRIVATE_KEY),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA", SecretKind.PRIVATE_KEY),
        ("Token im Klartext: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", SecretKind.TOKEN),
        ("Schlüssel 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", SecretKind.TOKEN),
        ("ghp_aZ3kP9qLm2XvB7nR4tYwQ8sD1fG6hJ0kL5", SecretKind.TOKEN),
        ("OpenAI-Zugang sk-proj-abcdefghijklmnop1234", SecretKind.TOKEN),
        ("Zugang mit xK9#mQ2$vL7pR4!tZ8wB3nF6 im Büro", SecretKind.TOKEN),
        ("Schlüssel dGhpcyBpcyBhIHNlY3JldCBrZXkgZm9yIHRlc3Rz", SecretKind.TOKEN),
        ("AWS AKIAIOSFODNN7EXAMPLE", SecretKind.TOKEN),
    ],
)
def test_it_says_what_kind_of_secret_it_found(text, kind):
    assert find_secret(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Passwortmanager der Kita (KeePassXC), Eintrag „Nextcloud Admin“",
        "Versiegelter Umschlag im Tresor der Leitung",
        "Password manager of the Kita, entry Nextcloud admin",
        "Das Passwort liegt im Bitwarden-Tresor des Fördervereins",
        "Das Passwort liegt im Tresor der Leitung",
        "Passwörter verwaltet KeePassXC",
        "Das Passwort ist im Tresor der Leitung",
        "Das Passwort ist nur der Leitung bekannt",
        "Das Passwort ist 2024 geändert worden",
        "Das Passwort ist seit dem 01.03.2024 neu",
        "The password is kept in the office safe",
        "the password is known to the head of the Kita",
        "Die PIN ist im Umschlag, das Kennwort im Passwortmanager",
        "Der Token ist abgelaufen und wird im Juni erneuert",
        "Passwort-Reset über die Leitung, nie per Mail",
        "https://cloud.kita-sonnenschein.example/index.php/apps/files",
        "https://github.com/nextcloud/server/releases/tag/v29.0.4",
        "backup2024.kita-sonnenschein.example",
        "Sicherungsfestplatte2024 im Büroschrank",
        "leitung@kita-sonnenschein.example",
        "Datenschutzbeauftragte des Trägers",
        "/srv/backups/nextcloud-2024-06-01",
        "täglich um 02:00, 30 Tage aufbewahrt",
        "Nextcloud 29.0.4, PHP 8.3.7, PostgreSQL 16.2",
        "Letzter Test am 2024-06-01T10:30:00+02:00",
        "Update auf Version 1.2.3-rc1 am 12.06.2024",
        "Hosting bei Hetzner (Falkenstein), Vertrag Nr. 4711",
        "Die Eltern melden sich mit ihrem eigenen Kennwort an",
        "Zwei-Faktor-Anmeldung mit TOTP für alle Admins",
        "Geschäftsführerin Frau Müller-Lüdenscheidt und Herr Özdemir",
    ],
)
def test_it_accepts_places_names_addresses_and_ordinary_text(text):
    assert not looks_like_secret(text), find_secret(text)


def test_short_words_are_never_tokens():
    assert not looks_like_token("aZ3kP9qLm2XvB7nR4")  # 17 characters: too short to tell from a product code
