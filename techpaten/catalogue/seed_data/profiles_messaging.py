"""Deployment profiles for messaging and mail: Synapse homeserver.yaml, Postfix and mailcow settings, EU mail."""

from __future__ import annotations

from .base import OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting

PROFILES = [
    Profile(
        solution="matrix-element",
        slug="closed",
        name="Synapse + Element, geschlossene Instanz",
        name_en="Synapse + Element, closed instance",
        software_version="",
        description_de=(
            "Ein Matrix-Server nur für die Einrichtung: Registrierung nur durch Admins, Räume standardmäßig "
            "verschlüsselt, keine öffentliche Föderation, Nachrichten nach einer festen Frist gelöscht."
        ),
        description_en=(
            "A Matrix server for the organisation only: accounts created by admins, rooms encrypted by default, no "
            "public federation, messages deleted after a fixed period."
        ),
        baseline=(
            Setting(OFF, "enable_registration", "false", "Konten legen nur Admins an.", "Only admins create accounts."),
            Setting(
                VALUE,
                "encryption_enabled_by_default_for_room_type",
                "all",
                "Alle neuen Räume sind Ende-zu-Ende-verschlüsselt.",
                "All new rooms are end-to-end encrypted.",
            ),
            Setting(
                VALUE,
                "federation_domain_whitelist",
                "[] (oder die Server von Partnern)",
                "Nachrichten verlassen den Server nicht an beliebige fremde Server.",
                "Messages do not leave the server for arbitrary other servers.",
            ),
            Setting(
                OFF,
                "allow_public_rooms_over_federation",
                "false",
                "Das Raumverzeichnis ist von außen nicht sichtbar.",
                "The room directory is not visible from outside.",
            ),
            Setting(
                OFF,
                "url_preview_enabled",
                "false",
                "Der Server ruft keine verlinkten Seiten ab.",
                "The server fetches no linked pages.",
            ),
            Setting(OFF, "report_stats", "false", "Keine Statistik an das Projekt.", "No statistics to the project."),
            Setting(
                VALUE,
                "retention.default_policy.max_lifetime",
                "180d",
                "Nachrichten werden nach 180 Tagen gelöscht.",
                "Messages are deleted after 180 days.",
            ),
            Setting(
                VALUE,
                "user_ips_max_age",
                "14d",
                "IP-Adressen der Geräte werden nach 14 Tagen gelöscht.",
                "Device IP addresses are deleted after 14 days.",
            ),
        ),
        coverage=(
            Cover(
                "messenger-no-consumer-apps",
                SATISFIED,
                "Eigener Server in der EU, keine Telefonnummer, kein Adressbuch-Upload, Verschlüsselung "
                "voreingestellt.",
                "Own server in the EU, no phone number, no address-book upload, encryption by default.",
            ),
            Cover(
                "messenger-no-whatsapp-schools",
                PARTIAL,
                "Eine datenschutzfreundliche Alternative; für Schulen nur mit Freigabe von Schulleitung und "
                "Schulträger.",
                "A privacy-friendly alternative; for schools only with approval of school management and Schulträger.",
            ),
            Cover(
                "logging-minimal",
                PARTIAL,
                "IP-Adressen 14 Tage, Nachrichten 180 Tage; Protokolle des Webservers stellt die Techpatin ein.",
                "IP addresses 14 days, messages 180 days; the volunteer sets the web server's logs.",
            ),
        ),
    ),
    Profile(
        solution="mailcow",
        slug="organisation-mailboxes",
        name="Mailcow, Postfächer der Einrichtung",
        name_en="Mailcow, the organisation's mailboxes",
        software_version="",
        description_de=(
            "Mailcow mit erzwungener Verschlüsselung, DKIM, DMARC, Virenscanner und zweitem Faktor für Admins."
        ),
        description_en="Mailcow with enforced encryption, DKIM, DMARC, virus scanner and a second factor for admins.",
        baseline=(
            Setting(
                ON,
                "smtpd_tls_auth_only (Postfix)",
                "yes",
                "Anmeldung mit Passwort nur über verschlüsselte Verbindungen.",
                "Password logins only over encrypted connections.",
            ),
            Setting(
                VALUE,
                "smtp_tls_security_level (Postfix)",
                "dane",
                "Zu anderen Servern verschlüsselt, mit DANE-Prüfung, wo verfügbar.",
                "Encrypted to other servers, with DANE checks where available.",
            ),
            Setting(
                ON,
                "DKIM-Schlüssel der Domain (2048 Bit)",
                "2048",
                "Ausgehende Mails sind signiert.",
                "Outgoing mail is signed.",
            ),
            Setting(
                VALUE,
                "_dmarc (DNS TXT)",
                "v=DMARC1; p=quarantine",
                "Gefälschte Mails im Namen der Einrichtung werden abgewiesen oder aussortiert.",
                "Forged mail in the organisation's name is rejected or filtered.",
            ),
            Setting(OFF, "SKIP_CLAMD (mailcow.conf)", "n", "Der Virenscanner läuft.", "The virus scanner runs."),
            Setting(
                ON,
                "Zwei-Faktor-Anmeldung für Mailcow-Admins",
                "TOTP/WebAuthn",
                "Die Admin-Oberfläche ist mit zweitem Faktor geschützt.",
                "The admin interface is protected by a second factor.",
            ),
        ),
        coverage=(
            Cover(
                "mail-transport-security",
                PARTIAL,
                "TLS, DANE, DKIM und DMARC sind eingerichtet; Ende-zu-Ende-Verschlüsselung für sensible Inhalte "
                "regelt die Einrichtung.",
                "TLS, DANE, DKIM and DMARC are set up; the organisation handles end-to-end encryption for sensitive "
                "content.",
            ),
            Cover(
                "admin-mfa",
                PARTIAL,
                "Zweiter Faktor für die Mailcow-Oberfläche; Server und Hoster-Konto sichert die Techpatin gesondert.",
                "Second factor for the Mailcow interface; the volunteer secures server and hoster account separately.",
            ),
        ),
    ),
    Profile(
        solution="eu-mail-hoster",
        slug="function-mailboxes",
        name="Funktionspostfächer beim EU-Mailanbieter",
        name_en="Role mailboxes at the EU mail provider",
        software_version="",
        description_de=(
            "Postfächer wie leitung@ und info@ der eigenen Domain beim EU-Anbieter, mit zweitem Faktor, ohne "
            "Weiterleitung an private Freemail-Konten."
        ),
        description_en=(
            "Mailboxes such as leitung@ and info@ of your own domain at the EU provider, with a second factor and no "
            "forwarding to private free-mail accounts."
        ),
        baseline=(
            Setting(
                ON,
                "Zwei-Faktor-Anmeldung für alle Postfächer",
                "",
                "Gestohlene Passwörter allein öffnen kein Postfach.",
                "A stolen password alone opens no mailbox.",
            ),
            Setting(
                OFF,
                "Automatische Weiterleitung an externe Adressen",
                "",
                "Dienstliche Post bleibt bei der Einrichtung.",
                "Official mail stays with the organisation.",
            ),
            Setting(
                ON, "DKIM für die eigene Domain", "", "Ausgehende Mails sind signiert.", "Outgoing mail is signed."
            ),
            Setting(
                VALUE,
                "_dmarc (DNS TXT)",
                "v=DMARC1; p=quarantine",
                "Gefälschte Absender werden erkannt.",
                "Forged senders are detected.",
            ),
        ),
        coverage=(
            Cover(
                "hoster-contract-by-organisation",
                SATISFIED,
                "Die Einrichtung ist selbst Kundin des Mailanbieters und schließt dessen AVV.",
                "The organisation is the mail provider's customer itself and concludes its AVV.",
            ),
            Cover(
                "eu-hosting-r2",
                SATISFIED,
                "Anbieter mit Sitz und Rechenzentrum in der EU.",
                "A provider established and hosted in the EU.",
            ),
            Cover(
                "mail-transport-security",
                PARTIAL,
                "Der Anbieter verschlüsselt den Transport; DKIM und DMARC richtet die Techpatin ein.",
                "The provider encrypts transport; the volunteer sets up DKIM and DMARC.",
            ),
        ),
    ),
]
