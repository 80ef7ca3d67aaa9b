"""Words for the benchmark's data set: organisation names by sector, towns by postcode region, need texts.

Need texts start from the demo's (real problems in people's own words, `techpaten/demo`) and add sentences put together
from parts, so that a hundred thousand descriptions share a realistic vocabulary without being a hundred copies:
a words-only search for "Fotos" or "Nextcloud" then matches a realistic fraction, not all or nothing.
"""

# ruff: noqa: RUF001 - German typography is meant as written

from __future__ import annotations

import random

from techpaten.demo.needs_generic import GENERIC_NEEDS
from techpaten.demo.needs_sectors import SECTOR_NEEDS, NeedText

# How often each sector occurs among organisations (Germany has far more Kitas and Vereine than WGs asking for help).
SECTOR_WEIGHTS = {"kita": 30, "schule": 20, "verein": 28, "wg": 8, "initiative": 9, "sonstige": 5}

# The main town of each two-digit postcode region (Leitregion), to give an organisation a plausible town.
REGION_TOWNS = {
    "01": "Dresden", "02": "Görlitz", "03": "Cottbus", "04": "Leipzig", "06": "Halle (Saale)", "07": "Jena",
    "08": "Zwickau", "09": "Chemnitz", "10": "Berlin", "12": "Berlin", "13": "Berlin", "14": "Potsdam",
    "15": "Frankfurt (Oder)", "16": "Oranienburg", "17": "Neubrandenburg", "18": "Rostock", "19": "Schwerin",
    "20": "Hamburg", "21": "Hamburg", "22": "Hamburg", "23": "Lübeck", "24": "Kiel", "25": "Elmshorn",
    "26": "Oldenburg", "27": "Bremerhaven", "28": "Bremen", "29": "Celle", "30": "Hannover", "31": "Hildesheim",
    "32": "Herford", "33": "Bielefeld", "34": "Kassel", "35": "Gießen", "36": "Fulda", "37": "Göttingen",
    "38": "Braunschweig", "39": "Magdeburg", "40": "Düsseldorf", "41": "Mönchengladbach", "42": "Wuppertal",
    "44": "Dortmund", "45": "Essen", "46": "Oberhausen", "47": "Duisburg", "48": "Münster", "49": "Osnabrück",
    "50": "Köln", "51": "Köln", "52": "Aachen", "53": "Bonn", "54": "Trier", "55": "Mainz", "56": "Koblenz",
    "57": "Siegen", "58": "Hagen", "59": "Hamm", "60": "Frankfurt am Main", "61": "Bad Homburg", "63": "Offenbach",
    "64": "Darmstadt", "65": "Wiesbaden", "66": "Saarbrücken", "67": "Ludwigshafen", "68": "Mannheim",
    "69": "Heidelberg", "70": "Stuttgart", "71": "Böblingen", "72": "Tübingen", "73": "Esslingen",
    "74": "Heilbronn", "75": "Pforzheim", "76": "Karlsruhe", "77": "Offenburg", "78": "Konstanz", "79": "Freiburg",
    "80": "München", "81": "München", "82": "Starnberg", "83": "Rosenheim", "84": "Landshut", "85": "Ingolstadt",
    "86": "Augsburg", "87": "Kempten", "88": "Ravensburg", "89": "Ulm", "90": "Nürnberg", "91": "Erlangen",
    "92": "Amberg", "93": "Regensburg", "94": "Passau", "95": "Hof", "96": "Bamberg", "97": "Würzburg",
    "98": "Suhl", "99": "Erfurt",
}  # fmt: skip

KITA_NAMES = ["Sonnenschein", "Regenbogen", "Pusteblume", "Löwenzahn", "Spatzennest", "Zwergenland", "Wirbelwind",
              "Kunterbunt", "Sternschnuppe", "Rasselbande", "Kleine Strolche", "Villa Kunterbunt", "Waldwichtel",
              "Schatzkiste", "Purzelbaum", "Abenteuerland", "Mäusenest", "Flohkiste"]  # fmt: skip
SCHOOL_KINDS = ["Grundschule", "Gesamtschule", "Oberschule", "Gymnasium", "Förderschule", "Realschule"]
SCHOOL_NAMES = ["am Park", "am See", "am Markt", "an der Linde", "im Grünen", "Astrid-Lindgren-Schule",
                "Erich-Kästner-Schule", "Anne-Frank-Schule", "Geschwister-Scholl-Schule", "Heinrich-Heine-Schule",
                "Regenbogenschule", "Lessing-Schule"]  # fmt: skip
CLUB_KINDS = ["Sportverein", "Förderverein", "Kulturverein", "Heimatverein", "Gesangverein", "Schachklub",
              "Tafel", "Kleingartenverein", "Tierschutzverein", "Musikschule", "Imkerverein", "Ruderclub"]  # fmt: skip
STREETS = ["Weserstraße", "Lindenallee", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße",
           "Goethestraße", "Kastanienallee", "Am Markt", "Mühlenweg", "Uferstraße", "Bergstraße"]  # fmt: skip
INITIATIVES = ["Mieterinitiative", "Bürgerinitiative", "Nachbarschaftshilfe", "Repair-Café", "Foodsharing",
               "Elterninitiative", "Geflüchtetenhilfe", "Radentscheid"]  # fmt: skip
OTHERS = ["Stadtteilzentrum", "Jugendtreff", "Kleiderkammer", "Bücherei", "Seniorentreff", "Umsonstladen",
          "Hospizgruppe", "Familienzentrum"]  # fmt: skip

FIRST_NAMES = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Ilias", "Jana", "Karl", "Lea",
               "Mehmet", "Nina", "Ole", "Paula", "Quirin", "Rosa", "Sven", "Tomasz", "Ute", "Valentina", "Wolfgang",
               "Yusuf", "Zoe"]  # fmt: skip
LAST_NAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
              "Hoffmann", "Yılmaz", "Nowak", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann",
              "Braun"]  # fmt: skip


def organisation_name(rng: random.Random, sector: str, town: str) -> str:
    if sector == "kita":
        return f"Kita {rng.choice(KITA_NAMES)} {town}"
    if sector == "schule":
        return f"{rng.choice(SCHOOL_KINDS)} {rng.choice(SCHOOL_NAMES)} {town}"
    if sector == "verein":
        return f"{rng.choice(CLUB_KINDS)} {town} e.V."
    if sector == "wg":
        return f"WG {rng.choice(STREETS)} {rng.randint(1, 120)}, {town}"
    if sector == "initiative":
        return f"{rng.choice(INITIATIVES)} {town}"
    return f"{rng.choice(OTHERS)} {town}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


# Extra sentences: who, wants to, what. The "what" list carries the vocabulary (services, devices, words people use).
WHO = ["Unser Team", "Der Vorstand", "Die Leitung", "Zwei Eltern aus dem Beirat", "Unsere Hausmeisterin",
       "Eine Kollegin", "Der Kassenwart", "Unsere Praktikantin", "Das Sekretariat", "Die Jugendgruppe"]  # fmt: skip
WANTS = ["würde gern", "möchte", "hat vor,", "wünscht sich,", "überlegt,"]
WHAT = [
    "die alten Laptops neu aufzusetzen", "ein WLAN für Gäste einzurichten", "die Fotos der letzten Jahre zu ordnen",
    "Videokonferenzen für Gremiensitzungen zu nutzen", "ein Ticketsystem für Anfragen auszuprobieren",
    "den Drucker ins Netzwerk zu bringen", "Kalender mit allen zu teilen", "Passwörter sicher zu verwalten",
    "eine Nextcloud für gemeinsame Dateien zu betreiben", "die Webseite auf ein einfaches System umzuziehen",
    "Newsletter ohne große Anbieter zu verschicken", "Backups auf eine externe Festplatte zu automatisieren",
    "eine Mailingliste für Mitglieder aufzusetzen", "das Tablet für die Dokumentation abzusichern",
    "ein Wiki für Anleitungen anzulegen", "Spendenquittungen digital zu erstellen",
    "die Mitgliederverwaltung aus Excel zu holen", "Elternbriefe digital zu verteilen",
    "einen Raspberry Pi als kleinen Server zu nutzen", "die Router-Einstellungen zu verstehen",
    "eine Umfrage ohne Datenkrake zu machen", "Dienstpläne online abzustimmen",
    "alte Festplatten sicher zu löschen", "ein Chat-System statt WhatsApp einzuführen",
    "die Domain und das E-Mail-Postfach zu einem anderen Anbieter zu bringen",
    "Videos vom Sommerfest geschützt zu zeigen", "einen Linux-Rechner für die Ausleihe vorzubereiten",
    "Formulare für Anmeldungen online zu stellen", "den Datenschutz für Fotos zu klären",
    "die Bilder aus dem Ferienlager sicher zu teilen",
]  # fmt: skip
CONTEXT = [
    "Wir sind {n} Leute, die meisten arbeiten ehrenamtlich.",
    "Unser Budget ist klein, aber ein paar Euro im Monat sind drin.",
    "Am besten passt es uns abends nach {h} Uhr.",
    "Technisch sind wir Anfänger, erklären Sie es uns bitte einfach.",
    "Ein Rechner ist schon {n} Jahre alt und sehr langsam.",
    "Wer bei uns hilft, bekommt Kaffee und Kuchen.",
    "Im Moment macht das alles eine Person nebenbei.",
    "Wir haben schon einmal etwas ausprobiert, sind aber steckengeblieben.",
    "Wichtig ist uns, dass die Daten bei uns bleiben.",
    "Der Träger hat zugestimmt, der Elternbeirat auch.",
]  # fmt: skip
TITLE_TAILS = ["", "", "", "", " – dringend", " – wer kann helfen?", " für unser Team", " ({town})", " gesucht"]


def need_texts() -> dict[str, list[NeedText]]:
    """The demo's need texts for each sector, followed by the generic ones."""
    return {sector: [*texts, *GENERIC_NEEDS] for sector, texts in SECTOR_NEEDS.items()}


def need_text(rng: random.Random, base: NeedText, town: str) -> tuple[str, str]:
    """A title (≤ 120 characters) and a description from a demo text plus one to three sentences of parts."""
    title = (base.title + rng.choice(TITLE_TAILS).format(town=town))[:120]
    extra = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.6:
            extra.append(f"{rng.choice(WHO)} {rng.choice(WANTS)} {rng.choice(WHAT)}.")
        else:
            extra.append(rng.choice(CONTEXT).format(n=rng.randint(3, 40), h=rng.choice([17, 18, 19, 20])))
    return title, " ".join([base.description, *extra])[:5000]


MESSAGES = [
    "Hallo, danke für Ihre Nachricht! Wann passt es Ihnen für ein kurzes Telefonat?",
    "Ich könnte am Dienstagabend vorbeikommen und mir die Geräte ansehen.",
    "Das klingt gut. Wir haben die Zugangsdaten zum Router gefunden.",
    "Ich habe eine kurze Anleitung geschrieben, sie liegt im gemeinsamen Ordner.",
    "Die Sicherung lief heute Nacht zum ersten Mal durch.",
    "Können wir nächste Woche noch einmal über die Fotos sprechen?",
    "Der neue Drucker ist da, aber er findet das Netzwerk nicht.",
    "Vielen Dank, das hat uns sehr geholfen!",
    "Ich bin ab Montag zwei Wochen im Urlaub, danach gern wieder.",
    "Die Eltern haben die Einladung zur Nextcloud bekommen, drei haben sich schon angemeldet.",
    "Sollen wir die alten Laptops spenden oder neu aufsetzen?",
    "Kurze Frage: Brauchen wir für die Fotos eine Einwilligung von allen Eltern?",
]  # fmt: skip
