"""Deployment profiles for passwords and backups: Vaultwarden environment, Borg and restic command options."""

from __future__ import annotations

from .base import OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting

RESTORE = Cover(
    "backup-restore-tested",
    PARTIAL,
    "Das Werkzeug stellt Dateien wieder her; den Test mindestens zweimal im Jahr macht und notiert die Techpatin.",
    "The tool restores files; the volunteer runs and notes the test at least twice a year.",
)
RETENTION_90 = "--keep-daily 7 --keep-weekly 4 --keep-monthly 3"

PROFILES = [
    Profile(
        solution="vaultwarden",
        slug="hardened",
        name="Vaultwarden, gehärtet",
        name_en="Vaultwarden, hardened",
        software_version="",
        description_de=(
            "Vaultwarden ohne offene Registrierung, ohne Passwort-Hinweise und Symbol-Abrufe, mit "
            "gehashtem Admin-Token."
        ),
        description_en="Vaultwarden without open sign-up, password hints or icon fetching, with a hashed admin token.",
        baseline=(
            Setting(OFF, "SIGNUPS_ALLOWED", "false", "Konten nur auf Einladung.", "Accounts by invitation only."),
            Setting(
                OFF,
                "SHOW_PASSWORD_HINT",
                "false",
                "Passwort-Hinweise werden nicht angezeigt.",
                "Password hints are not shown.",
            ),
            Setting(
                OFF,
                "PASSWORD_HINTS_ALLOWED",
                "false",
                "Keine Passwort-Hinweise, die das Master-Passwort verraten.",
                "No password hints that give away the master password.",
            ),
            Setting(
                ON,
                "DISABLE_ICON_DOWNLOAD",
                "true",
                "Der Server ruft keine Webseiten-Symbole ab, die verraten würden, welche Zugänge im Tresor liegen.",
                "The server fetches no website icons that would reveal which credentials are in the vault.",
            ),
            Setting(
                VALUE,
                "ADMIN_TOKEN",
                "Argon2-PHC-Hash (vaultwarden hash)",
                "Die Admin-Seite ist mit einem gehashten Token geschützt oder ganz abgeschaltet.",
                "The admin page is protected by a hashed token or switched off entirely.",
            ),
        ),
        coverage=(
            Cover(
                "passwords-vault",
                PARTIAL,
                "Registrierung, Hinweise und Symbole sind abgeschaltet; zweiten Faktor als Organisationsrichtlinie und "
                "Sammlungen je Aufgabe richtet die Einrichtung ein.",
                "Sign-up, hints and icons are off; the organisation sets up the second factor as an organisation "
                "policy "
                "and collections per task.",
            ),
        ),
    ),
    Profile(
        solution="borgbackup",
        slug="encrypted-offsite",
        name="BorgBackup 1.4, verschlüsselt, extern, append-only",
        name_en="BorgBackup 1.4, encrypted, off-site, append-only",
        software_version="1.4",
        description_de=(
            "Tägliche verschlüsselte Sicherung an einen zweiten Anbieter in der EU, append-only gegen Löschen durch "
            "einen übernommenen Server, Aufbewahrung höchstens 90 Tage, monatliche Prüfung."
        ),
        description_en=(
            "Daily encrypted backup to a second provider in the EU, append-only against deletion by a compromised "
            "server, retention of 90 days at most, monthly verification."
        ),
        baseline=(
            Setting(
                VALUE,
                "borg init --encryption",
                "repokey-blake2",
                "Verschlüsselt, bevor die Daten den Server verlassen.",
                "Encrypted before the data leave the server.",
            ),
            Setting(
                ON,
                "borg serve --append-only (authorized_keys)",
                "",
                "Ein übernommener Server kann die Backups nicht löschen.",
                "A compromised server cannot delete the backups.",
            ),
            Setting(
                VALUE,
                "borg prune",
                RETENTION_90,
                "Höchstens 90 Tage; prune und compact laufen von einer vertrauenswürdigen Stelle ohne append-only, "
                "damit Gelöschtes wirklich verschwindet.",
                "90 days at most; prune and compact run from a trusted place without append-only so that deleted data "
                "really go.",
            ),
            Setting(
                VALUE,
                "borg check --verify-data",
                "monatlich",
                "Die gesicherten Daten werden regelmäßig vollständig geprüft.",
                "The stored data are fully verified regularly.",
            ),
            Setting(
                VALUE,
                "borg key export",
                "Ausdruck oder USB-Stick bei der Einrichtung",
                "Ohne Schlüssel und Passphrase ist das Backup wertlos; die Einrichtung verwahrt beide.",
                "Without key and passphrase the backup is worthless; the organisation keeps both.",
            ),
        ),
        coverage=(
            Cover(
                "backup-encrypted-offsite",
                SATISFIED,
                "Verschlüsselt mit repokey-blake2, bei einem zweiten EU-Anbieter, append-only; der Schlüssel liegt bei "
                "der Einrichtung.",
                "Encrypted with repokey-blake2, at a second EU provider, append-only; the key is kept by the "
                "organisation.",
            ),
            Cover(
                "backup-retention-no-resurrection",
                PARTIAL,
                "Aufbewahrung höchstens 90 Tage; nach einer Wiederherstellung wiederholt die Techpatin die seither "
                "erledigten Löschungen.",
                "Retention of 90 days at most; after a restore the volunteer repeats the deletions carried out since.",
            ),
            RESTORE,
        ),
    ),
    Profile(
        solution="restic",
        slug="eu-object-storage",
        name="restic 0.17, verschlüsselt im EU-Speicher",
        name_en="restic 0.17, encrypted in EU storage",
        software_version="0.17",
        description_de=(
            "Tägliche Sicherung mit restic (immer verschlüsselt) in S3-kompatiblen Speicher oder einen rest-server "
            "mit append-only bei einem zweiten EU-Anbieter, Aufbewahrung höchstens 90 Tage."
        ),
        description_en=(
            "Daily backup with restic (always encrypted) to S3-compatible storage or an append-only rest-server at a "
            "second EU provider, retention of 90 days at most."
        ),
        baseline=(
            Setting(
                ON,
                "rest-server --append-only",
                "",
                "Ein übernommener Server kann die Backups nicht löschen.",
                "A compromised server cannot delete the backups.",
            ),
            Setting(
                VALUE,
                "restic forget --prune",
                RETENTION_90,
                "Höchstens 90 Tage; läuft von einer vertrauenswürdigen Stelle.",
                "90 days at most; runs from a trusted place.",
            ),
            Setting(
                VALUE,
                "restic check --read-data-subset",
                "10% monatlich",
                "Stichproben der gesicherten Daten werden regelmäßig gelesen und geprüft.",
                "Samples of the stored data are read and verified regularly.",
            ),
        ),
        coverage=(
            Cover(
                "backup-encrypted-offsite",
                SATISFIED,
                "restic verschlüsselt immer; Ziel bei einem zweiten EU-Anbieter, append-only.",
                "restic always encrypts; target at a second EU provider, append-only.",
            ),
            Cover(
                "backup-retention-no-resurrection",
                PARTIAL,
                "Aufbewahrung höchstens 90 Tage; Löschungen nach einer Wiederherstellung wiederholt die Techpatin.",
                "Retention of 90 days at most; the volunteer repeats deletions after a restore.",
            ),
            RESTORE,
        ),
    ),
]
