"""The seeded solutions: open-source software often deployed for small organisations (glossary), with costs.

Costs are typical monthly ranges in cents for a small EU virtual server or storage (prices of 2025/26), not quotes.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import EU_VPS_DE, EU_VPS_EN, Sol

SOLUTIONS = [
    Sol(
        slug="nextcloud",
        name="Nextcloud",
        name_en="Nextcloud",
        software="Nextcloud Server",
        summary_de=(
            "Dateien, Fotos, Kalender und Kontakte auf einem eigenen Server, mit Apps für Smartphone und Rechner. "
            "Nextcloud 32 bringt Voreinstellungen (Presets) wie SCHOOL, CLUB und FAMILY mit; CLUB und FAMILY müssen "
            "für Freigabelinks ausdrücklich gehärtet werden."
        ),
        summary_en=(
            "Files, photos, calendars and contacts on a server of your own, with apps for phones and computers. "
            "Nextcloud 32 ships presets such as SCHOOL, CLUB and FAMILY; CLUB and FAMILY need explicit hardening for "
            "share links."
        ),
        use_cases=("photos", "files", "calendar"),
        hosting_notes_de=EU_VPS_DE + " Für 20–50 Nutzende genügen 2–4 vCPU und 4–8 GB RAM plus Speicher nach Bedarf.",
        hosting_notes_en=EU_VPS_EN + " For 20–50 users, 2–4 vCPU and 4–8 GB RAM plus storage as needed are enough.",
        cost_min_cents=500,
        cost_max_cents=1500,
        project_url="https://nextcloud.com",
    ),
    Sol(
        slug="immich",
        name="Immich",
        name_en="Immich",
        software="Immich",
        summary_de=(
            "Fotos und Videos sichern und in Alben teilen, mit Apps, die Bilder automatisch hochladen. "
            "Gesichtserkennung "
            "und Karte sind eingebaut und müssen für Einrichtungen ausgeschaltet werden."
        ),
        summary_en=(
            "Back up photos and videos and share them in albums, with apps that upload automatically. Face recognition "
            "and a map are built in and must be switched off for organisations."
        ),
        use_cases=("photos",),
        hosting_notes_de=EU_VPS_DE + " Immich braucht mindestens 4 GB RAM und reichlich Speicher für Fotos.",
        hosting_notes_en=EU_VPS_EN + " Immich needs at least 4 GB RAM and plenty of storage for photos.",
        cost_min_cents=800,
        cost_max_cents=2000,
        project_url="https://immich.app",
    ),
    Sol(
        slug="cryptpad",
        name="CryptPad",
        name_en="CryptPad",
        software="CryptPad",
        summary_de=(
            "Gemeinsam Texte, Tabellen, Formulare und Kalender bearbeiten – Ende-zu-Ende-verschlüsselt, sodass auch "
            "der Server die Inhalte nicht lesen kann."
        ),
        summary_en=(
            "Edit documents, spreadsheets, forms and calendars together – end-to-end encrypted, so that not even the "
            "server can read the content."
        ),
        use_cases=("files", "calendar"),
        hosting_notes_de=EU_VPS_DE + " CryptPad braucht zwei Domains (Haupt- und Sandbox-Domain).",
        hosting_notes_en=EU_VPS_EN + " CryptPad needs two domains (main and sandbox domain).",
        cost_min_cents=500,
        cost_max_cents=1500,
        project_url="https://cryptpad.org",
    ),
    Sol(
        slug="jitsi-meet",
        name="Jitsi Meet",
        name_en="Jitsi Meet",
        software="Jitsi Meet",
        summary_de=(
            "Videokonferenzen im Browser ohne Konto für Teilnehmende; für kleine Gruppen bis etwa 20–30 Personen. "
            "Mit Anmeldung für das Eröffnen von Räumen und Gästezugang für alle anderen."
        ),
        summary_en=(
            "Video calls in the browser with no account for participants; for small groups of up to about 20–30 "
            "people. Signing in to open rooms, guest access for everyone else."
        ),
        use_cases=("video",),
        hosting_notes_de=EU_VPS_DE + " Für Gruppenkonferenzen 4–8 vCPU und gute Anbindung einplanen.",
        hosting_notes_en=EU_VPS_EN + " Plan 4–8 vCPU and a good connection for group calls.",
        cost_min_cents=1000,
        cost_max_cents=2500,
        project_url="https://jitsi.org/jitsi-meet/",
    ),
    Sol(
        slug="bigbluebutton",
        name="BigBlueButton",
        name_en="BigBlueButton",
        software="BigBlueButton",
        summary_de=(
            "Virtuelles Klassenzimmer mit Whiteboard, Präsentationen, Breakout-Räumen und Warteraum; in mehreren "
            "Ländern die Landeslösung für Schulen (z. B. Rheinland-Pfalz)."
        ),
        summary_en=(
            "A virtual classroom with whiteboard, presentations, breakout rooms and a waiting room; the state solution "
            "for schools in several German states (e.g. Rhineland-Palatinate)."
        ),
        use_cases=("video", "training"),
        hosting_notes_de=(
            EU_VPS_DE + " BigBlueButton braucht einen eigenen Server mit 8 Kernen und 16 GB RAM; oft ist ein "
            "dedizierter Server günstiger. Vorher prüfen, ob das Land eine Instanz bereitstellt."
        ),
        hosting_notes_en=(
            EU_VPS_EN + " BigBlueButton needs a server of its own with 8 cores and 16 GB RAM; a dedicated server is "
            "often cheaper. Check first whether the state provides an instance."
        ),
        cost_min_cents=4000,
        cost_max_cents=8000,
        project_url="https://bigbluebutton.org",
    ),
    Sol(
        slug="matrix-element",
        name="Matrix Synapse + Element",
        name_en="Matrix Synapse + Element",
        software="Matrix Synapse, Element",
        summary_de=(
            "Messenger mit Ende-zu-Ende-Verschlüsselung, Gruppenräumen und Apps für alle Geräte, auf dem eigenen "
            "Server; ohne Telefonnummer und ohne Adressbuch-Upload."
        ),
        summary_en=(
            "A messenger with end-to-end encryption, group rooms and apps for every device, on your own server; no "
            "phone number and no address-book upload."
        ),
        use_cases=("messenger",),
        hosting_notes_de=EU_VPS_DE + " Für eine geschlossene Instanz genügen 2 vCPU und 4 GB RAM mit PostgreSQL.",
        hosting_notes_en=EU_VPS_EN + " For a closed instance 2 vCPU and 4 GB RAM with PostgreSQL are enough.",
        cost_min_cents=500,
        cost_max_cents=1500,
        project_url="https://matrix.org",
    ),
    Sol(
        slug="mailcow",
        name="Mailcow",
        name_en="Mailcow",
        software="mailcow: dockerized",
        summary_de=(
            "Vollständiger Mailserver mit Weboberfläche, Spam- und Virenschutz, DKIM und Webmail. Lohnt sich, wenn "
            "jemand den Betrieb dauerhaft übernimmt – Mailserver brauchen Pflege."
        ),
        summary_en=(
            "A complete mail server with web interface, spam and virus filtering, DKIM and webmail. Worth it when "
            "someone takes care of it for the long run – mail servers need looking after."
        ),
        use_cases=("mail",),
        hosting_notes_de=(
            EU_VPS_DE + " Mailcow braucht mindestens 6 GB RAM, eine feste IP-Adresse mit passendem Reverse-DNS und "
            "einen Hoster, der Port 25 nicht sperrt."
        ),
        hosting_notes_en=(
            EU_VPS_EN + " Mailcow needs at least 6 GB RAM, a fixed IP address with matching reverse DNS and a hoster "
            "that does not block port 25."
        ),
        cost_min_cents=1000,
        cost_max_cents=2000,
        project_url="https://mailcow.email",
    ),
    Sol(
        slug="eu-mail-hoster",
        name="E-Mail bei einem EU-Mailanbieter",
        name_en="E-mail at an EU mail provider",
        software="Mailanbieter mit Sitz in der EU",
        summary_de=(
            "Postfächer für die eigene Domain bei einem Mailanbieter mit Sitz und Rechenzentrum in der EU. Die "
            "Techpatin richtet Domain, Postfächer und Schutzmaßnahmen ein, betreibt aber keinen eigenen Server."
        ),
        summary_en=(
            "Mailboxes for your own domain at a mail provider established and hosted in the EU. The volunteer sets up "
            "domain, mailboxes and safeguards but runs no server."
        ),
        use_cases=("mail",),
        hosting_notes_de=(
            "Den Vertrag und den AVV mit dem Mailanbieter schließt die Einrichtung selbst; die Techpatin erhält "
            "höchstens Admin-Rechte für die Verwaltung. Kosten je Postfach etwa 1–3 € im Monat."
        ),
        hosting_notes_en=(
            "The organisation concludes the contract and the AVV with the mail provider itself; the volunteer gets at "
            "most admin rights for management. Costs about €1–3 per mailbox and month."
        ),
        cost_min_cents=300,
        cost_max_cents=1500,
    ),
    Sol(
        slug="wordpress",
        name="WordPress",
        name_en="WordPress",
        software="WordPress",
        summary_de=(
            "Webseite mit Redaktionsoberfläche, die Mitglieder ohne Technikwissen pflegen können. Themes und Plugins "
            "laden oft Inhalte von Dritten – das Profil schaltet sie ab."
        ),
        summary_en=(
            "A website with an editing interface members can use without technical knowledge. Themes and plugins often "
            "load third-party content – the profile switches that off."
        ),
        use_cases=("website",),
        hosting_notes_de=(
            "Webhosting-Paket oder kleiner Server in der EU; Vertrag und AVV schließt die Einrichtung. Automatische "
            "Updates einschalten."
        ),
        hosting_notes_en=(
            "A web hosting plan or small server in the EU; the organisation signs contract and AVV. Switch on "
            "automatic updates."
        ),
        cost_min_cents=500,
        cost_max_cents=1500,
        project_url="https://wordpress.org",
    ),
    Sol(
        slug="hugo-static-site",
        name="Statische Webseite (Hugo)",
        name_en="Static website (Hugo)",
        software="Hugo",
        summary_de=(
            "Eine schnelle, sichere Webseite aus Textdateien ohne Datenbank und ohne Anmeldung – wenig Angriffsfläche "
            "und keine Cookies. Änderungen macht die Techpatin oder eine geschulte Person."
        ),
        summary_en=(
            "A fast, secure website built from text files with no database and no login – little attack surface and "
            "no cookies. The volunteer or a trained person makes the changes."
        ),
        use_cases=("website",),
        hosting_notes_de=(
            "Einfaches Webhosting oder Webspace in der EU genügt; Vertrag und AVV (wegen der Server-Protokolle) "
            "schließt die Einrichtung."
        ),
        hosting_notes_en=(
            "Simple web hosting in the EU is enough; the organisation signs contract and AVV (because of the server "
            "logs)."
        ),
        cost_min_cents=100,
        cost_max_cents=500,
        project_url="https://gohugo.io",
    ),
    Sol(
        slug="moodle",
        name="Moodle",
        name_en="Moodle",
        software="Moodle LMS",
        summary_de=(
            "Lernplattform für Kurse, Materialien, Aufgaben und Termine. Für Schulen nur mit Freigabe von "
            "Schulleitung und Schulträger – viele Länder betreiben eigene Moodle-Instanzen."
        ),
        summary_en=(
            "A learning platform for courses, materials, assignments and dates. For schools only with approval of "
            "school management and Schulträger – many states run Moodle instances of their own."
        ),
        use_cases=("files", "calendar", "training"),
        sectors=("schule",),
        hosting_notes_de=EU_VPS_DE + " Für eine Schule 4 vCPU, 8 GB RAM und PostgreSQL einplanen.",
        hosting_notes_en=EU_VPS_EN + " For a school plan 4 vCPU, 8 GB RAM and PostgreSQL.",
        cost_min_cents=1000,
        cost_max_cents=3000,
        project_url="https://moodle.org",
    ),
    Sol(
        slug="vaultwarden",
        name="Vaultwarden",
        name_en="Vaultwarden",
        software="Vaultwarden (Bitwarden-kompatibel)",
        summary_de=(
            "Passwort-Tresor für gemeinsame Zugänge, mit den Bitwarden-Apps und Browser-Erweiterungen; die Daten "
            "werden auf den Geräten verschlüsselt."
        ),
        summary_en=(
            "A password vault for shared credentials, used with the Bitwarden apps and browser extensions; data are "
            "encrypted on the devices."
        ),
        use_cases=("passwords",),
        hosting_notes_de=EU_VPS_DE + " Läuft sparsam und kann einen vorhandenen Server mitnutzen.",
        hosting_notes_en=EU_VPS_EN + " Runs lean and can share an existing server.",
        cost_min_cents=200,
        cost_max_cents=600,
        project_url="https://github.com/dani-garcia/vaultwarden",
    ),
    Sol(
        slug="borgbackup",
        name="BorgBackup",
        name_en="BorgBackup",
        software="BorgBackup",
        summary_de=(
            "Verschlüsselte, deduplizierende Backups eines Servers an einen zweiten Ort; Aufbewahrungsregeln löschen "
            "alte Sicherungen automatisch."
        ),
        summary_en=(
            "Encrypted, deduplicating backups of a server to a second location; retention rules delete old backups "
            "automatically."
        ),
        use_cases=("backup",),
        hosting_notes_de=(
            "Backup-Speicher bei einem zweiten Anbieter in der EU (Storage-Box oder Borg-Hoster); Vertrag und AVV "
            "schließt die Einrichtung. Der Schlüssel wird zusätzlich bei der Einrichtung hinterlegt."
        ),
        hosting_notes_en=(
            "Backup storage at a second provider in the EU (storage box or Borg host); the organisation signs contract "
            "and AVV. The key is also deposited with the organisation."
        ),
        cost_min_cents=300,
        cost_max_cents=1500,
        project_url="https://www.borgbackup.org",
    ),
    Sol(
        slug="restic",
        name="restic",
        name_en="restic",
        software="restic",
        summary_de=(
            "Immer verschlüsselte Backups an viele Ziele (SFTP, S3-kompatibler Speicher, rest-server), mit "
            "Aufbewahrungsregeln und Prüfung der gesicherten Daten."
        ),
        summary_en=(
            "Always-encrypted backups to many targets (SFTP, S3-compatible storage, rest-server), with retention rules "
            "and verification of the stored data."
        ),
        use_cases=("backup",),
        hosting_notes_de=(
            "Objektspeicher oder SFTP-Speicher eines zweiten Anbieters in der EU; Vertrag und AVV schließt die "
            "Einrichtung."
        ),
        hosting_notes_en=(
            "Object or SFTP storage of a second provider in the EU; the organisation signs contract and AVV."
        ),
        cost_min_cents=200,
        cost_max_cents=1500,
        project_url="https://restic.net",
    ),
]
