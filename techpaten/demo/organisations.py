"""Forty invented organisations in real German towns (real PLZ, invented names, streets and example domains).

Phone numbers come only from the blocks the Bundesnetzagentur keeps free for films and books (030 23125 …,
040 66969 …, 069 90009 …, 089 99998 …, 0221 4710 …), so no real line rings; elsewhere the field stays empty.
"""

# ruff: noqa: RUF001 - German typography (the en dash) and Turkish names are meant as written

from __future__ import annotations

from typing import NamedTuple


class Org(NamedTuple):
    slug: str
    name: str
    sector: str
    formal: bool
    plz: str
    town: str
    street: str
    description: str


# A town's block of phone numbers reserved for fiction, or None.
FICTION_PHONE_PREFIX = {
    "Berlin": "+49 30 23125",
    "Hamburg": "+49 40 66969",
    "Frankfurt am Main": "+49 69 90009",
    "München": "+49 89 99998",
    "Köln": "+49 221 4710",
}

# The mailbox an organisation of each sector would use for its contact address.
CONTACT_MAILBOX = {
    "kita": "leitung",
    "schule": "sekretariat",
    "wg": "hallo",
    "verein": "vorstand",
    "initiative": "kontakt",
    "sonstige": "info",
}

FEATURED_KITA = "kita-sonnenschein-berlin"
FEATURED_VEREIN = "nachbarschaftsgarten-wedding"

ORGANISATIONS: list[Org] = [
    # Berlin
    Org(FEATURED_KITA, "Kita Sonnenschein", "kita", True, "10437", "Berlin", "Schönhauser Allee 112",
        "Wir sind eine kleine Kita im Prenzlauer Berg mit 45 Kindern in drei Gruppen. Unser Träger ist ein "
        "Elternverein. Im Team arbeiten elf Erzieherinnen und Erzieher, eine Köchin und unsere Leitung."),
    Org("kinderladen-rappelkiste", "Kinderladen Rappelkiste e.V.", "kita", True, "10999", "Berlin",
        "Wiener Straße 27",
        "Elterninitiative in Kreuzberg seit 1989: 22 Kinder, vier Erzieherinnen und viele Eltern, die mit anpacken. "
        "Der Vorstand wechselt jedes Jahr, deshalb soll alles einfach und gut dokumentiert sein."),
    Org("grundschule-am-park-neukoelln", "Grundschule am Park", "schule", True, "12043", "Berlin",
        "Karl-Marx-Straße 201",
        "Zweizügige Grundschule in Neukölln mit 310 Kindern aus über 20 Ländern. Die IT betreut bisher ein Kollege "
        "nebenbei, der bald in Pension geht."),
    Org("wg-weserstrasse", "WG Weserstraße", "wg", False, "12045", "Berlin", "Weserstraße 58",
        "Sechs Leute, ein langer Flur und ein Router, der schon bessere Tage gesehen hat. Wir teilen Küche, Kasse "
        "und Putzplan und hätten gern eine einfache eigene Lösung für unsere Dateien."),
    Org("mieterinitiative-wrangelkiez", "Mieterinitiative Wrangelkiez", "initiative", False, "10997", "Berlin",
        "Cuvrystraße 9",
        "Nachbarinnen und Nachbarn, die sich gegen Verdrängung im Kiez engagieren. Wir treffen uns jeden zweiten "
        "Donnerstag und beraten Mieter zu Modernisierungsankündigungen."),
    Org(FEATURED_VEREIN, "Nachbarschaftsgarten Wedding e.V.", "verein", True, "13347", "Berlin",
        "Malplaquetstraße 30",
        "Ein Gemeinschaftsgarten auf einer ehemaligen Brachfläche mit 80 Mitgliedern, Beeten für Schulklassen und "
        "einem Saatgut-Tausch im Frühjahr."),
    Org("lebensmittelrettung-moabit", "Lebensmittelrettung Moabit", "sonstige", False, "10551", "Berlin",
        "Turmstraße 75",
        "Wir holen übrig gebliebene Lebensmittel bei Bäckereien und Supermärkten ab und verteilen sie im "
        "Stadtteilzentrum. Rund 40 Ehrenamtliche teilen sich die Abholungen."),
    # Potsdam
    Org("kita-havelzwerge", "Kita Havelzwerge", "kita", True, "14467", "Potsdam", "Gutenbergstraße 41",
        "Kita in der Potsdamer Innenstadt mit 60 Kindern von einem bis sechs Jahren, Träger ist ein "
        "gemeinnütziger Verein. Wir arbeiten viel draußen und dokumentieren mit Portfolios."),
    Org("ruderverein-havelwelle", "Ruderverein Havelwelle e.V.", "verein", True, "14469", "Potsdam",
        "Am Neuen Garten 12",
        "Ruderverein mit 140 Mitgliedern, davon 50 Jugendliche. Bootshaus, Trainingspläne, Regatten – und eine "
        "Mitgliederverwaltung, die noch aus Excel-Listen besteht."),
    Org("freie-schule-babelsberg", "Freie Schule Babelsberg", "schule", True, "14482", "Potsdam",
        "Rudolf-Breitscheid-Straße 160",
        "Freie Grund- und Oberschule mit 180 Schülerinnen und Schülern in altersgemischten Lerngruppen."),
    # Hamburg
    Org("kita-moewennest-ottensen", "Kita Möwennest", "kita", True, "22765", "Hamburg", "Bahrenfelder Straße 88",
        "Kita in Ottensen mit zwei Krippen- und zwei Elementargruppen. Viele Eltern arbeiten Schicht und wünschen "
        "sich Informationen auch digital."),
    Org("stadtteilschule-altona-nord", "Stadtteilschule Altona-Nord", "schule", True, "22769", "Hamburg",
        "Eckernförder Straße 70",
        "Stadtteilschule mit 720 Schülerinnen und Schülern. Unser Medienteam besteht aus drei Lehrkräften mit "
        "viel gutem Willen und wenig Zeit."),
    Org("hausprojekt-schanze", "Hausprojekt Schanze", "wg", False, "20357", "Hamburg", "Schulterblatt 36",
        "Ein Haus, vier Etagen, 19 Bewohnerinnen und Bewohner, ein Gemeinschaftsraum und ein Netz, das historisch "
        "gewachsen ist."),
    Org("sv-hammerbrook", "SV Hammerbrook 1921 e.V.", "verein", True, "20097", "Hamburg", "Süderstraße 150",
        "Fußball, Tischtennis und Gymnastik für alle Generationen. 320 Mitglieder, zwölf Trainerinnen und "
        "Trainer, alle ehrenamtlich."),
    Org("radentscheid-hamburg-nord", "Initiative Sichere Radwege Hamburg-Nord", "initiative", False, "22297",
        "Hamburg", "Jahnring 20",
        "Wir sammeln Unterschriften für sichere Schulwege mit dem Rad und sprechen mit Bezirkspolitik und "
        "Schulen. Etwa 30 Aktive, 900 Unterstützerinnen und Unterstützer."),
    # München
    Org("kinderhaus-isarspatzen", "Kinderhaus Isarspatzen", "kita", True, "81541", "München", "Tegernseer "
        "Landstraße 64",
        "Kinderhaus mit Krippe und Kindergarten in Giesing, 75 Kinder, Träger ist eine Elterninitiative."),
    Org("montessori-schule-haidhausen", "Montessori-Schule Haidhausen", "schule", True, "81667", "München",
        "Wörthstraße 19",
        "Private Grundschule mit 140 Kindern. Die Verwaltung läuft über zwei Teilzeitkräfte im Büro."),
    Org("wg-westend", "WG Westend", "wg", False, "80339", "München", "Gollierstraße 22",
        "Vier Studierende und ein Kater. Wir suchen eine Lösung für gemeinsame Passwörter und Verträge."),
    Org("chor-westend-stimmen", "Westend-Stimmen e.V.", "verein", True, "80335", "München",
        "Schwanthalerstraße 101",
        "Gemischter Chor mit 55 Sängerinnen und Sängern. Wir proben wöchentlich und geben zwei Konzerte im Jahr."),
    Org("gruenes-giesing", "Bürgerinitiative Grünes Giesing", "initiative", False, "81539", "München",
        "Martin-Luther-Straße 8",
        "Wir setzen uns für mehr Bäume, Entsiegelung und Schatten in unserem Viertel ein."),
    # Köln
    Org("kita-rheinkiesel", "Kita Rheinkiesel", "kita", True, "50823", "Köln", "Venloer Straße 420",
        "Städtisch geförderte Kita in Ehrenfeld mit 55 Kindern. Wir sind ein Familienzentrum und bieten auch "
        "Beratung für Eltern an."),
    Org("grundschule-kalk-nord", "Grundschule Kalk-Nord", "schule", True, "51103", "Köln", "Kalker Hauptstraße 9",
        "Offene Ganztagsgrundschule mit 260 Kindern, vielen Tablets aus dem Digitalpakt und wenig Zeit, "
        "sie zu pflegen."),
    Org("kulturverein-ehrenfeld", "Kulturverein Ehrenfeld e.V.", "verein", True, "50825", "Köln",
        "Subbelrather Straße 250",
        "Lesungen, Konzerte und ein offenes Atelier im Hinterhof. 90 Mitglieder und ein Vorstand aus fünf Leuten."),
    Org("repair-cafe-nippes", "Repair-Café Nippes", "sonstige", False, "50733", "Köln", "Neusser Straße 300",
        "Einmal im Monat reparieren wir mit Nachbarinnen und Nachbarn Toaster, Fahrräder und Kleidung."),
    Org("wg-suedstadt", "WG Südstadt", "wg", False, "50677", "Köln", "Bonner Straße 48",
        "Fünf Leute zwischen 24 und 61 Jahren. Wir teilen Auto, Werkzeug, Internet – und manchmal Streit "
        "über das WLAN."),
    # Leipzig
    Org("kita-pusteblume-connewitz", "Kita Pusteblume", "kita", True, "04277", "Leipzig",
        "Bornaische Straße 54",
        "Kita in Connewitz mit 90 Kindern und einem großen Garten. Unser Träger betreibt noch zwei weitere Kitas."),
    Org("freie-oberschule-plagwitz", "Freie Oberschule Plagwitz", "schule", True, "04229", "Leipzig",
        "Karl-Heine-Straße 91",
        "Oberschule in freier Trägerschaft mit 240 Schülerinnen und Schülern und einem eigenen Werkstattbereich."),
    Org("stadtteilverein-lindenau", "Stadtteilverein Lindenau e.V.", "verein", True, "04177", "Leipzig",
        "Lützner Straße 30",
        "Wir organisieren Straßenfeste, eine Stadtteilzeitung und den Nachbarschaftsladen."),
    Org("offene-werkstatt-leipzig-ost", "Offene Werkstatt Leipzig-Ost", "initiative", False, "04315", "Leipzig",
        "Eisenbahnstraße 121",
        "Eine offene Holz- und Fahrradwerkstatt, getragen von Nachbarinnen und Nachbarn."),
    Org("wg-lindenauer-markt", "WG am Lindenauer Markt", "wg", False, "04179", "Leipzig",
        "Lindenauer Markt 14",
        "Sieben Leute auf zwei Etagen, gemeinsamer Garten im Hof."),
    # Freiburg
    Org("kinderhaus-schauinsland", "Kinderhaus Schauinsland", "kita", True, "79100", "Freiburg im Breisgau",
        "Merzhauser Straße 150",
        "Naturnahes Kinderhaus in der Wiehre mit 50 Kindern und einer Waldgruppe."),
    Org("grundschule-stuehlinger", "Grundschule im Stühlinger", "schule", True, "79106", "Freiburg im Breisgau",
        "Eschholzstraße 40",
        "Grundschule mit 230 Kindern und einer großen Elternschaft, die gern mithilft."),
    Org("energiewende-freiburg-sued", "Energiewende Freiburg-Süd e.V.", "verein", True, "79098",
        "Freiburg im Breisgau", "Kaiser-Joseph-Straße 180",
        "Wir beraten Nachbarn zu Balkonkraftwerken und organisieren gemeinsame Solaranlagen auf Mehrfamilienhäusern."),
    Org("lastenrad-fuer-alle-freiburg", "Lastenrad für alle Freiburg", "initiative", False, "79106",
        "Freiburg im Breisgau", "Klarastraße 12",
        "Sechs Lastenräder zum kostenlosen Ausleihen, verteilt auf Läden und Cafés im Stadtteil."),
    # Kassel
    Org("kita-loewenzahn-kassel", "Kita Löwenzahn", "kita", True, "34119", "Kassel", "Friedrich-Ebert-Straße 140",
        "Kita im Vorderen Westen mit 70 Kindern, Träger ist eine Kirchengemeinde."),
    Org("tsv-wehlheiden", "TSV Kassel-Wehlheiden 1888 e.V.", "verein", True, "34121", "Kassel",
        "Wilhelmshöher Allee 220",
        "Turnverein mit 500 Mitgliedern, Kinderturnen, Volleyball und Yoga."),
    Org("gefluechtetenhilfe-nordstadt", "Geflüchtetenhilfe Nordstadt", "sonstige", False, "34127", "Kassel",
        "Holländische Straße 60",
        "Sprachcafé, Begleitung zu Ämtern und Hausaufgabenhilfe. 25 Ehrenamtliche, keine Hauptamtlichen."),
    # Dresden, Lüneburg, Frankfurt
    Org("seniorentreff-pieschen", "Seniorentreff Pieschen", "sonstige", True, "01127", "Dresden",
        "Leipziger Straße 95",
        "Begegnungsstätte für ältere Menschen mit Café, Sprechstunden und Computerkursen."),
    Org("mehr-gruen-kaltenmoor", "Mehr Grün in Kaltenmoor", "initiative", False, "21337", "Lüneburg",
        "Graf-Schenck-Straße 2",
        "Bewohnerinnen und Bewohner, die Innenhöfe begrünen und Pflanzaktionen organisieren."),
    Org("kinderkiste-bornheim", "Elterninitiative Kinderkiste Bornheim e.V.", "kita", True, "60385",
        "Frankfurt am Main", "Berger Straße 240",
        "Kleine Elterninitiative mit 20 Kindern. Alle Eltern übernehmen Ämter – auch das IT-Amt, das keiner will."),
]  # fmt: skip
