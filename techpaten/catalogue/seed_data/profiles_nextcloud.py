"""Deployment profiles for Nextcloud 32: CLUB hardened, Kita photos, a WG on FAMILY.

Settings are app config keys (`occ config:app:set core <key> --value=…`) or config.php keys, as named.
"""

from __future__ import annotations

from .base import APP_DISABLED, OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting
from .base import LEFT_TO_ORGANISATION as ORG


def _links(days: str) -> tuple[Setting, ...]:
    """Share links with password and expiry: the CLUB and FAMILY presets leave both to the user (glossary)."""
    return (
        Setting(
            ON,
            "shareapi_enforce_links_password",
            "yes",
            "Preset CLUB und FAMILY erzwingen kein Passwort für Freigabelinks; ohne Passwort kommt jeder mit dem "
            "Link hinein.",
            "The CLUB and FAMILY presets do not enforce passwords on share links; without one anyone with the link "
            "gets in.",
        ),
        Setting(
            ON,
            "shareapi_default_expire_date",
            "yes",
            "Links bekommen von selbst ein Ablaufdatum.",
            "Links get an expiry date by default.",
        ),
        Setting(
            ON,
            "shareapi_enforce_expire_date",
            "yes",
            "Das Ablaufdatum kann nicht entfernt werden.",
            "The expiry date cannot be removed.",
        ),
        Setting(
            VALUE,
            "shareapi_expire_after_n_days",
            days,
            "Links laufen nach kurzer Zeit ab; vergessene Links öffnen nichts mehr.",
            "Links expire after a short time; forgotten links open nothing any more.",
        ),
        Setting(
            OFF,
            "shareapi_allow_public_upload",
            "no",
            "Kein Hochladen über öffentliche Links: niemand Fremdes legt Dateien ab.",
            "No uploads through public links: no outsider can drop files.",
        ),
    )


NO_FACES = (
    Setting(
        APP_DISABLED,
        "recognize",
        "",
        "Gesichtserkennung macht Fotos zu biometrischen Daten (Art. 9 DSGVO, ErwG 51) und erfordert eine DSFA.",
        "Face recognition turns photos into biometric data (Art. 9 GDPR, Recital 51) and requires a DSFA.",
    ),
    Setting(
        APP_DISABLED,
        "facerecognition",
        "",
        "Wie recognize: biometrische Verarbeitung von Gesichtern.",
        "Like recognize: biometric processing of faces.",
    ),
)

ADMIN_2FA = (
    Setting(
        ON,
        "twofactor_enforced (config.php)",
        "true",
        "Zweiter Faktor ist Pflicht (App twofactor_totp), mindestens für die Gruppe admin.",
        "A second factor is required (app twofactor_totp), at least for the admin group.",
    ),
    Setting(
        VALUE,
        "twofactor_enforced_groups (config.php)",
        '["admin"]',
        "Admins zuerst; für alle, die sensible Daten sehen, ausweiten.",
        "Admins first; extend to everyone who sees sensitive data.",
    ),
)

RETENTION = (
    Setting(
        VALUE,
        "trashbin_retention_obligation (config.php)",
        "auto, 30",
        "Gelöschtes liegt höchstens 30 Tage im Papierkorb.",
        "Deleted items stay in the trash bin for 30 days at most.",
    ),
    Setting(
        VALUE,
        "versions_retention_obligation (config.php)",
        "auto, 30",
        "Ältere Dateiversionen verschwinden nach 30 Tagen.",
        "Older file versions go after 30 days.",
    ),
    Setting(
        VALUE,
        "activity_expire_days (config.php)",
        "90",
        "Der Aktivitätsverlauf (wer hat was geändert) wird nach 90 statt 365 Tagen gelöscht.",
        "The activity stream (who changed what) is deleted after 90 instead of 365 days.",
    ),
    Setting(
        VALUE,
        "loglevel (config.php)",
        "2",
        "Nur Warnungen und Fehler ins Protokoll, keine Details jeder Anfrage.",
        "Only warnings and errors are logged, not the details of every request.",
    ),
)

NO_FEDERATION = (
    Setting(
        OFF,
        "outgoing_server2server_share_enabled (files_sharing)",
        "no",
        "Keine Freigaben an fremde Nextcloud-Server: Daten bleiben auf dem Server der Einrichtung.",
        "No shares to other Nextcloud servers: data stay on the organisation's server.",
    ),
    Setting(
        OFF,
        "shareapi_allow_share_dialog_user_enumeration",
        "no",
        "Der Freigabedialog listet nicht alle Konten auf; Eltern sehen nicht, wer sonst noch Zugang hat.",
        "The share dialog does not list every account; parents do not see who else has access.",
    ),
)

SHARE_LINKS = Cover(
    "share-links-password-expiry",
    SATISFIED,
    "Passwort und Ablaufdatum für Links sind erzwungen, öffentliches Hochladen ist aus.",
    "Password and expiry date are enforced on links, public upload is off.",
)
NO_FACE_RECOGNITION = Cover(
    "photos-no-face-recognition",
    SATISFIED,
    "Die Apps recognize und facerecognition sind deaktiviert.",
    "The apps recognize and facerecognition are disabled.",
)
HOSTING_LEFT = Cover(
    "eu-hosting-r2",
    ORG,
    "Nextcloud selbst überträgt nichts in Drittländer; den EU-Standort legt der Hostervertrag der Einrichtung fest.",
    "Nextcloud itself transfers nothing to third countries; the EU location is fixed by the organisation's hosting "
    "contract.",
)

PROFILES = [
    Profile(
        solution="nextcloud",
        slug="club-hardened",
        name="Nextcloud 32, Preset CLUB, gehärtet",
        name_en="Nextcloud 32, preset CLUB, hardened",
        software_version="32",
        description_de=(
            "Das Preset CLUB für Vereine und Initiativen, gehärtet: Freigabelinks nur mit Passwort und Ablaufdatum, "
            "keine Gesichtserkennung, keine Föderation, zweiter Faktor für Admins, kurze Aufbewahrung von Papierkorb, "
            "Versionen und Aktivitäten."
        ),
        description_en=(
            "The CLUB preset for associations and initiatives, hardened: share links only with password and expiry, no "
            "face recognition, no federation, a second factor for admins, short retention of trash bin, versions and "
            "activity."
        ),
        baseline=(*_links("14"), *NO_FACES, *NO_FEDERATION, *ADMIN_2FA, *RETENTION),
        coverage=(
            SHARE_LINKS,
            NO_FACE_RECOGNITION,
            Cover(
                "admin-mfa",
                PARTIAL,
                "Zweiter Faktor für die Nextcloud-Admins ist erzwungen; Server, Hoster-Konto und Domain sichert die "
                "Techpatin gesondert.",
                "A second factor is enforced for Nextcloud admins; the volunteer secures server, hoster account and "
                "domain separately.",
            ),
            Cover(
                "logging-minimal",
                PARTIAL,
                "Protokollstufe Warnung, Aktivitäten 90 Tage; Webserver-Protokolle regelt die Techpatin.",
                "Log level warning, activity 90 days; the volunteer configures the web server's logs.",
            ),
            Cover(
                "deletion-concept",
                PARTIAL,
                "Papierkorb und Versionen nach 30 Tagen; die Löschregeln je Datenart legt die Einrichtung fest.",
                "Trash bin and versions after 30 days; the organisation sets the deletion rules per type of data.",
            ),
            Cover(
                "least-privilege",
                PARTIAL,
                "Gruppen und Freigaben an Gruppen sind vorbereitet; wer welche Rechte bekommt, entscheidet die "
                "Einrichtung.",
                "Groups and shares to groups are prepared; the organisation decides who gets which rights.",
            ),
            HOSTING_LEFT,
            Cover(
                "backup-restore-tested",
                ORG,
                "Nextcloud sichert sich nicht selbst; dafür BorgBackup oder restic mit Wiederherstellungstest.",
                "Nextcloud does not back itself up; use BorgBackup or restic with restore tests.",
            ),
        ),
    ),
    Profile(
        solution="nextcloud",
        slug="kita-photos",
        name="Nextcloud 32, Kita-Fotos mit Elterngalerie",
        name_en="Nextcloud 32, Kita photos with a parents' gallery",
        software_version="32",
        description_de=(
            "Für Fotos einer Kita: Alben je Gruppe, geteilt nur an die Elterngruppe, ohne Weiterteilen, Links mit "
            "Passwort und 7 Tagen Ablauf, keine Gesichtserkennung. Aufnahmen mit Kita-Tablets, die direkt in die "
            "Kita-Cloud hochladen."
        ),
        description_en=(
            "For a Kita's photos: albums per group, shared only with the parents' group, no resharing, links with "
            "password and 7-day expiry, no face recognition. Photos are taken with Kita tablets uploading straight to "
            "the Kita cloud."
        ),
        baseline=(
            *_links("7"),
            *NO_FACES,
            Setting(
                ON,
                "shareapi_only_share_with_group_members",
                "yes",
                "Geteilt wird nur innerhalb der eigenen Gruppe: Eltern der Gruppe Bären sehen keine anderen Gruppen.",
                "Sharing only within one's own group: parents of one group see no other groups.",
            ),
            Setting(
                OFF,
                "shareapi_allow_resharing",
                "no",
                "Eltern können Fotos nicht an weitere Personen weiterteilen.",
                "Parents cannot reshare photos with further people.",
            ),
            *NO_FEDERATION,
            *ADMIN_2FA,
            *RETENTION,
        ),
        coverage=(
            SHARE_LINKS,
            NO_FACE_RECOGNITION,
            Cover(
                "kita-parents-gallery-access",
                SATISFIED,
                "Alben je Gruppe, Freigabe nur innerhalb der Gruppe, kein Weiterteilen, persönliche Elternkonten.",
                "Albums per group, sharing only within the group, no resharing, personal parent accounts.",
            ),
            Cover(
                "kita-photo-delete-on-leaving-r2",
                PARTIAL,
                "Ordner je Kind und Gruppe erleichtern das Löschen; Papierkorb und Versionen leeren sich nach 30 "
                "Tagen. Das Löschen beim Abgang selbst erledigt die Kita.",
                "Folders per child and group make deleting easy; trash bin and versions empty after 30 days. Deleting "
                "when a child leaves is done by the Kita.",
            ),
            Cover(
                "kita-photo-consent-per-purpose",
                ORG,
                "Die Einwilligungen je Zweck holt die Kita ein; das Formular erzeugt die Plattform.",
                "The Kita obtains the consents per purpose; the platform generates the form.",
            ),
            Cover(
                "photos-no-private-phones",
                PARTIAL,
                "Die Nextcloud-App lädt von Kita-Tablets direkt in die Kita-Cloud hoch; das Verbot privater Handys "
                "regelt die Kita.",
                "The Nextcloud app uploads from Kita tablets straight into the Kita cloud; the Kita rules out private "
                "phones.",
            ),
            HOSTING_LEFT,
        ),
    ),
    Profile(
        solution="nextcloud",
        slug="wg-family",
        name="Nextcloud 32, Preset FAMILY, für eine WG",
        name_en="Nextcloud 32, preset FAMILY, for a shared flat",
        software_version="32",
        description_de=(
            "Für eine WG, die Dateien und Kalender nur untereinander teilt: Preset FAMILY mit Passwort und Ablauf für "
            "Links, zweitem Faktor für das Admin-Konto und ohne Gesichtserkennung."
        ),
        description_en=(
            "For a shared flat that shares files and calendars among its members only: the FAMILY preset with password "
            "and expiry on links, a second factor for the admin account and no face recognition."
        ),
        baseline=(*_links("14"), *NO_FACES, *ADMIN_2FA),
        coverage=(
            SHARE_LINKS,
            Cover(
                "wg-basic-security",
                PARTIAL,
                "Links, zweiter Faktor und Gesichtserkennung sind geregelt; Updates, HTTPS und Backup richtet die "
                "Person ein, die administriert.",
                "Links, second factor and face recognition are handled; updates, HTTPS and backup are set up by "
                "whoever "
                "administers.",
            ),
            Cover(
                "wg-admin-agreement",
                ORG,
                "Wer administriert und was beim Auszug passiert, vereinbart die WG.",
                "Who administers and what happens on moving out is agreed by the flat.",
            ),
        ),
    ),
]
