"""The words of the Patenschaften demo: service templates per use case, and the stories' messages and reviews.

Hosters and sponsors are invented ("Beispiel-…"); domains end in .example. Credentials are only ever a place.
"""

# ruff: noqa: RUF001 - German typography (quotes „…“ and the en dash) is meant as written

from __future__ import annotations

from typing import NamedTuple

HOSTER = "Beispiel-Hosting GmbH"
MAIL_HOSTER = "Beispiel-Mail eG"
STORAGE_HOSTER = "Beispiel-Speicherbox GmbH"
COUNTRY = "Deutschland"


class ServiceText(NamedTuple):
    name: str
    solution: str  # catalogue slug, or "" for something not in the catalogue
    subdomain: str  # "" for services without an address of their own; "@" for the bare domain
    hoster: str
    backup_what: str
    backup_where: str
    backup_frequency: str
    notes: str = ""
    cost: tuple[str, str, int, str] | None = None  # kind, description, cents, period


# The service a team typically runs for a need's use case (training and paperwork leave no service behind).
SERVICES: dict[str, ServiceText] = {
    "photos": ServiceText(
        "Nextcloud-Fotoalben", "nextcloud", "cloud", HOSTER,
        "Datenbank und Fotoalben", "verschlüsselte Speicherbox bei einem zweiten Anbieter", "täglich",
        "Gesichtserkennung ist abgeschaltet; Freigaben nur mit Ablaufdatum.",
        ("server", "Server (VPS 4 GB) für die Nextcloud", 890, "month"),
    ),
    "files": ServiceText(
        "Nextcloud für gemeinsame Dateien", "nextcloud", "cloud", HOSTER,
        "Datenbank, Dateien und Konfiguration", "verschlüsselte Speicherbox (BorgBackup)", "täglich",
        "", ("server", "Server (VPS 2 GB) für die Nextcloud", 690, "month"),
    ),
    "calendar": ServiceText(
        "Gemeinsamer Kalender (Nextcloud)", "nextcloud", "kalender", HOSTER,
        "Kalender, Adressbuch und Datenbank", "verschlüsselte Sicherung bei einem zweiten Hoster", "täglich",
        "", ("server", "Server (VPS 2 GB) für den Kalender", 490, "month"),
    ),
    "mail": ServiceText(
        "E-Mail-Postfächer", "eu-mail-hoster", "@", MAIL_HOSTER,
        "alle Postfächer (IMAP-Kopie)", "Sicherungsplatte im Büroschrank", "wöchentlich; beim Anbieter täglich",
        "Weiterleitungen für Ämter siehe Liste im Ordner „Verwaltung“.",
        ("mail", "Postfächer (5 × 1 €)", 500, "month"),
    ),
    "website": ServiceText(
        "Webseite (WordPress)", "wordpress", "www", HOSTER,
        "Webspace und Datenbank", "Sicherung des Hosters, dazu monatlich eine Kopie auf der Vereinsfestplatte",
        "täglich beim Hoster, monatlich die Kopie",
        "Keine Einbindungen Dritter: Schriften liegen auf dem eigenen Webspace, keine Statistik.",
        ("server", "Webspace für die Webseite", 499, "month"),
    ),
    "video": ServiceText(
        "Jitsi Meet für Treffen und Elternabende", "jitsi-meet", "meet", HOSTER,
        "nur die Konfiguration (es wird nichts aufgezeichnet)", "Git-Repository des Teams", "bei jeder Änderung",
        "Kamera und Mikrofon sind beim Betreten aus.",
        ("server", "Server (VPS 8 GB) für Jitsi", 1290, "month"),
    ),
    "messenger": ServiceText(
        "Matrix-Server mit Element", "matrix-element", "chat", HOSTER,
        "Datenbank und hochgeladene Medien", "verschlüsselte Speicherbox", "täglich",
        "Föderation ist aus: Nur Konten dieses Servers können schreiben.",
        ("server", "Server (VPS 2 GB) für Matrix", 590, "month"),
    ),
    "backup": ServiceText(
        "Datensicherung (BorgBackup)", "borgbackup", "", STORAGE_HOSTER,
        "Dateien des Büros, verschlüsselt beim Client", "Speicherbox in Deutschland", "täglich",
        "", ("storage", "Speicherbox 1 TB für die Sicherungen", 380, "month"),
    ),
    "network": ServiceText(
        "Router und WLAN im Büro", "", "", "vor Ort",
        "Konfiguration des Routers (Exportdatei)", "Ordner „IT“ im Büroschrank (USB-Stick)", "nach jeder Änderung",
        "Gäste-WLAN ist vom Büronetz getrennt.",
    ),
    "passwords": ServiceText(
        "Passwortmanager (Vaultwarden)", "vaultwarden", "tresor", HOSTER,
        "verschlüsselte Datenbank", "zweite Speicherbox, getrennt vom Server", "täglich",
        "Notfallzugang: zwei Personen aus dem Vorstand.",
        ("server", "Server (VPS 1 GB) für den Passwortmanager", 390, "month"),
    ),
}  # fmt: skip
FALLBACK_USE_CASE = "files"

# Where the credentials are kept: always a place, never the credentials.
CREDENTIAL_PLACES = [
    "Passwortmanager der Organisation (KeePassXC-Datei im Ordner „Verwaltung“), Eintrag „{service}“",
    "Passwortmanager des Teams, Sammlung „{organisation}“; Notfallzugang hat {admin}",
    "versiegelter Umschlag im Schrank des Büros; eine zweite Kopie hat {admin}",
]

# Who the organisation's admin is, by sector, for "who holds admin rights".
ADMIN_ROLE = {
    "kita": "Kita-Leitung",
    "schule": "Schulleitung",
    "wg": "Mitbewohner*in",
    "verein": "Vorstand",
    "initiative": "Orga-Gruppe",
    "sonstige": "Koordination",
}

HOURS_NOTES = [
    "Updates eingespielt und die Sicherung geprüft",
    "Einweisung für zwei neue Leute, Anleitung ergänzt",
    "Zertifikat und Speicherplatz geprüft, alte Freigaben aufgeräumt",
    "Telefonat mit dem Vorstand, Betriebshandbuch ergänzt",
    "Konten für neue Mitglieder angelegt",
    "Rücksicherung einer gelöschten Datei, dabei den Ablauf dokumentiert",
    "Router-Firmware aktualisiert und WLAN nachgemessen",
]

# Supporters without an account (name, e-mail, shows the name).
SUPPORTERS = [
    ("Familie Krüger", "familie.krueger@example.org", True),
    ("Martina S.", "martina.s@example.org", False),
    ("Klaus Weber", "klaus.weber@example.org", True),
    ("Anwohnerin aus der Wrangelstraße", "wrangel.nachbarin@example.org", False),
    ("Thomas Lehmann", "t.lehmann@example.org", True),
    ("Ehemalige Eltern", "ehemalige@example.org", False),
    ("Sandra Braun", "sandra.braun@example.org", True),
]

# --- the stories ------------------------------------------------------------------------------------------------

KITA_BACKUP_OFFER = (
    "Guten Tag, ich habe gesehen, dass Lena eine Vertretung sucht. Ich arbeite in Potsdam, bin aber zweimal die "
    "Woche im Prenzlauer Berg und kenne Nextcloud gut. Ich würde gern die Vertretung übernehmen – vorher lerne ich "
    "Sie und Lena aber gern kurz kennen. Viele Grüße, Claudia Neumann"
)
KITA_BACKUP_ACCEPT = "Sehr gern! Lena freut sich auch. Willkommen im Team."
KITA_BACKUP_MEETING = "Kurzes Kennenlernen im Büro der Leitung, Lena ist auch dabei."
KITA_PLACE = "Kita Sonnenschein, Büro der Leitung (Eingang über den Hof)"
THERESA_MEETING_NOTE = "Ich kann leider nicht nach Berlin kommen – passt Ihnen ein Videotelefonat?"
PAID_WORK_KITA = (
    "Fotoarchiv der letzten acht Jahre (etwa 40.000 Bilder auf drei alten Festplatten) sichten, nach Gruppen und "
    "Jahren sortieren, Bilder ohne gültige Einwilligung aussortieren und den Rest in die Nextcloud übernehmen. "
    "Das ist mehr, als ich ehrenamtlich neben dem Betrieb schaffe."
)

KITA_CLOUD = ServiceText(
    "Nextcloud für Fotos und Elternkalender", "nextcloud", "cloud", HOSTER,
    "Datenbank, Fotoalben und Kalender (ohne Vorschaubilder)", f"verschlüsselte Speicherbox bei der {STORAGE_HOSTER}",
    "täglich um 3 Uhr, 60 Tage aufbewahrt",
    "Gesichtserkennung (Recognize) ist abgeschaltet und bleibt aus. Freigabelinks nur mit Ablaufdatum.",
)  # fmt: skip
KITA_CREDENTIALS = (
    "Passwortmanager der Kita (KeePassXC-Datei im Ordner „Leitung“), Eintrag „Nextcloud Admin“; das Notfallkonto "
    "liegt im versiegelten Umschlag im Tresor des Büros"
)
KITA_MAIL = SERVICES["mail"]._replace(name="Dienst-E-Mail für das Kita-Team")
KITA_MAILBOXES = ("mail", "Postfächer für das Team (12 × 1 €)", 1200, "month")
KITA_BACKUP = SERVICES["backup"]._replace(
    backup_what="Sicherungen der Nextcloud, verschlüsselt beim Client",
    backup_where="Speicherbox; monatlich zusätzlich eine Festplatte im Tresor der Kita",
    backup_frequency="täglich; die Festplatte monatlich",
)

TEAM_NAME = "Techpaten-Team Kreuzberg"
TEAM_OFFER = (
    "Hallo! {partner} und ich betreuen als Team schon „{organisation}“ hier im Kiez. Auf unserem Server ist noch "
    "Platz: Wir würden für Sie eine eigene Nextcloud einrichten, getrennt von der anderen, und die "
    "Google-Drive-Ordner mit Ihnen zusammen umziehen. Server und Kosten teilen wir fair auf. Jonas"
)
TEAM_ACCEPT = "Sehr gern – das Plenum hat zugestimmt. Wir freuen uns auf euch beide!"
TEAM_CLOUD = SERVICES["files"]._replace(
    name="Nextcloud für Büro und Vorstand",
    notes="Läuft auf dem gemeinsamen Server des Teams, getrennt von der Nextcloud der Mieterinitiative.",
)
PARTNER_CLOUD = SERVICES["files"]._replace(
    name="Nextcloud der Initiative (statt Google Drive)",
    notes="Auf dem gemeinsamen Server des Teams; die Serverkosten teilen sich die beiden Organisationen 2 zu 1.",
)
SHARED_SERVER = ("server", "Gemeinsamer Server (VPS 4 GB) für zwei Nextclouds", 1290, "month")
BACKUP_STORAGE = ("storage", "Speicherbox 500 GB für die Sicherungen", 290, "month")
PARTNER_COST = ("domain", "Domain und Postfach der Initiative", 2400, "year")
PAID_WORK_RAPPELKISTE = (
    "Umzug der fünf Postfächer vom alten Anbieter zu Beispiel-Mail: alte Mails übernehmen, Weiterleitungen "
    "einrichten, Geräte im Büro umstellen, kurze Anleitung für den Vorstand."
)
PAID_WORK_ACCEPTED = "Passt, der Vorstand hat zugestimmt. Die Rechnung bitte an den Verein."

MOABIT_REASON = "Ich ziehe im Frühjahr zu meiner Tochter nach Rostock und schaffe die Termine vor Ort nicht mehr."
MOABIT_NOTES = (
    "Die sechs Laptops laufen mit Linux Mint, Anleitung liegt ausgedruckt in der Ausgabestelle. Admin-Zugänge sind im "
    "Umschlag im Schrank. Die Sicherung habe ich nicht mehr prüfen können, und eine Nachfolge habe ich leider nicht "
    "gefunden. Ich stehe für Fragen per E-Mail zur Verfügung."
)
MOABIT_LAPTOPS = ServiceText(
    "Verleih-Laptops für Geflüchtete (6 × Linux Mint)", "", "", "vor Ort (Ausgabestelle)",
    "Vorlage der Installation (Image)", "externe Festplatte im Schrank der Ausgabestelle",
    "nach jeder größeren Änderung",
)  # fmt: skip
MOABIT_SERVICE_NOTES = (
    "Updates spielt seit Karls Abschied niemand mehr ein. Ein neues Team ist gesucht (der Bedarf ist wieder offen)."
)

RUDER_MEETING_NOTE = "Gern am Bootshaus nach dem Training, dann zeige ich Ihnen auch den Vereinsrechner."
RUDER_PLACE = "Bootshaus des Ruderverein Havelwelle, Clubraum im ersten Stock"
RUDER_WEBSITE = SERVICES["website"]._replace(name="Vereinswebseite mit Terminen")
RUDER_WEBSPACE = ("server", "Webspace für Webseite und Kalender", 499, "month")

GARDEN_OFFER = (
    "Hello! I run a Matrix server for a few groups in Berlin. I would set up a chat for your club with Element, "
    "explain it at one of your meetings and look after it until you can run it yourselves. Sam"
)
GARDEN_ACCEPT = "Wunderbar, wir freuen uns! Das nächste Plenum ist am Donnerstag."
GARDEN_ABOUT_SAM = (
    "Sam hat in zwei Abenden unseren Vereinschat aufgesetzt und auf dem Plenum so erklärt, dass auch unsere "
    "ältesten Mitglieder jetzt mitschreiben. Fünf WhatsApp-Gruppen sind Geschichte. Danke!"
)
SAM_REPLY = (
    "Danke für die schöne Zusammenarbeit! Jonas hat die Updates gut im Griff – wenn etwas klemmt, meldet euch einfach."
)
SAM_ABOUT_GARDEN = (
    "Sehr gut vorbereitet: Der Vorstand wusste genau, was der Chat können soll, und hat die Mitglieder selbst "
    "mitgenommen. Gern wieder."
)
GARDEN_CHAT = SERVICES["messenger"]._replace(name="Vereinschat (Matrix mit Element)")
GARDEN_SERVICE_NOTES = (
    "Die Patenschaft ist beendet; Jonas Becker (Mitglied) spielt die Updates ein. Anleitung im Ordner „Vereinschat“."
)
GARDEN_SPONSOR = "Stadtteilfonds Wedding (Beispiel)"
KITA_SPONSOR = "Bäckerei Körnerglück, Prenzlauer Berg"
SPONSORS = ["Nachbarschaftsstiftung (Beispiel)", "Bürgerstiftung (Beispiel)", "Stadtwerke-Förderfonds (Beispiel)"]
