"""What people write: offers, answers to offers, and the conversations that follow.

Placeholders: {volunteer} (the volunteer's display name), {person} (the organisation member's first name),
{org} (the organisation), {skills} (the volunteer's matching skills), {hours} (hours per month).
"""

# ruff: noqa: RUF001 - German typography (the en dash) and Turkish names are meant as written

from __future__ import annotations

OFFER_MESSAGES = [
    "Hallo liebes Team von {org},\n\nich habe Ihr Gesuch gelesen und würde gern helfen. Ich kenne mich mit "
    "{skills} aus und hätte etwa {hours} Stunden im Monat Zeit. Sollen wir zuerst kurz telefonieren?\n\n"
    "Viele Grüße\n{volunteer}",
    "Guten Tag,\n\ndas klingt nach einer Aufgabe, die ich schon öfter gelöst habe ({skills}). Ich würde "
    "vorschlagen, dass wir uns einmal treffen und Sie mir zeigen, wie Sie heute arbeiten. Danach mache ich "
    "einen Vorschlag, den Sie in Ruhe besprechen können.\n\n{volunteer}",
    "Hallo zusammen,\n\nich bin {volunteer} und helfe seit einigen Jahren ehrenamtlich. Für Ihr Anliegen würde "
    "ich eine Lösung mit freier Software vorschlagen, die Ihnen selbst gehört. Erfahrung habe ich mit {skills}. "
    "Ich kann abends und am Wochenende.",
    "Hallo,\n\nich wohne ganz in der Nähe und könnte einfach mal vorbeikommen. Mit {skills} habe ich beruflich "
    "zu tun. Im Monat kann ich ungefähr {hours} Stunden geben.\n\nBeste Grüße, {volunteer}",
    "Liebes Team,\n\nkurz zu mir: ich arbeite als Admin und kümmere mich vor allem um {skills}. Gern helfe ich "
    "Ihnen – und zeige jemandem aus Ihrem Team, wie alles funktioniert, damit Sie nicht von mir abhängig sind.\n\n"
    "{volunteer}",
    "Hi! Your need sounds like something I can help with ({skills}). My German is okay for writing; for a call "
    "English would be easier. I could start in two weeks.\n\n{volunteer}",
]

ACCEPT_MESSAGES = [
    "Vielen Dank, wir freuen uns sehr! Wir melden uns mit Terminvorschlägen.",
    "Sehr gern – herzlich willkommen! Die Kontaktdaten sehen Sie jetzt in Ihrem Bereich.",
    "Toll, dass Sie uns helfen. Wir schreiben Ihnen gleich hier im Gespräch.",
    "",
]

DECLINE_MESSAGES = [
    "Vielen Dank für Ihr Angebot! Wir haben uns für jemanden aus unserer Nähe entschieden, der regelmäßig "
    "vorbeikommen kann.",
    "Herzlichen Dank! Inzwischen hat uns ein Vater aus der Elternschaft geholfen. Wir melden uns vielleicht "
    "bei einem anderen Thema.",
    "Danke für Ihre Nachricht. Wir haben gemerkt, dass wir zuerst intern klären müssen, was wir wollen. Wir "
    "stellen das Gesuch später neu ein.",
    "Vielen Dank! Wir hatten schon eine Zusage, bevor Ihr Angebot kam.",
]

# A conversation after acceptance: who speaks ("org" or "volunteer") and what they say.
ACCEPTED_SCRIPTS: list[list[tuple[str, str]]] = [
    [
        ("org", "Hallo {volunteer}, schön, dass Sie uns helfen! Wann hätten Sie Zeit für ein erstes Treffen?"),
        ("volunteer", "Hallo {person}, wie wäre es am Dienstag gegen 17 Uhr? Dann schaue ich mir alles vor Ort an."),
        ("org", "Dienstag passt gut. Bitte am Haupteingang klingeln, ich hole Sie ab."),
        (
            "volunteer",
            "Prima. Könnten Sie bis dahin aufschreiben, welche Geräte Sie nutzen und wer welche Zugänge "
            "hat? Die Passwörter selbst bitte nicht aufschreiben, nur wo sie liegen.",
        ),
        ("org", "Mache ich. Bis Dienstag!"),
    ],
    [
        (
            "volunteer",
            "Vielen Dank für die Zusage! Ich habe mir Ihr Gesuch noch einmal angesehen. Darf ich ein paar "
            "Fragen stellen, bevor wir uns treffen?",
        ),
        ("org", "Natürlich, fragen Sie gern."),
        (
            "volunteer",
            "Wie viele Personen sollen Zugriff haben, und gibt es schon einen Internetanschluss mit "
            "eigenem Router, an dem wir etwas einrichten dürfen?",
        ),
        (
            "org",
            "Es wären etwa zwölf Personen. Den Router hat uns der Anbieter gestellt, die Zugangsdaten liegen "
            "im Ordner im Büro.",
        ),
        ("volunteer", "Gut, dann bringe ich beim ersten Termin einen Vorschlag mit, was es monatlich kosten würde."),
    ],
    [
        ("org", "Guten Morgen {volunteer}, wir haben im Team über Ihren Vorschlag gesprochen und sind einverstanden."),
        (
            "volunteer",
            "Das freut mich! Ich richte alles bis Ende nächster Woche ein und schicke Ihnen dann eine kurze Anleitung.",
        ),
        (
            "org",
            "Super. Können Sie uns die Anleitung auch ausgedruckt mitbringen? Nicht alle im Team lesen gern am "
            "Bildschirm.",
        ),
        ("volunteer", "Klar, mache ich. Und wir planen eine Stunde ein, in der ich alles zeige."),
    ],
    [
        (
            "volunteer",
            "Kurzer Zwischenstand: Die Sicherung läuft jetzt jede Nacht. Ich habe gestern einmal eine "
            "Datei wiederhergestellt – es funktioniert.",
        ),
        ("org", "Wunderbar, danke! Was müssen wir selbst tun?"),
        (
            "volunteer",
            "Eigentlich nichts. Einmal im Monat bekommen Sie eine E-Mail mit dem Ergebnis. Wenn dort "
            "„Fehler“ steht, melden Sie sich bitte bei mir.",
        ),
    ],
]

# A short exchange while the offer still waits for an answer.
PENDING_SCRIPTS: list[list[tuple[str, str]]] = [
    [
        (
            "org",
            "Hallo {volunteer}, danke für Ihr Angebot! Könnten Sie uns noch sagen, ob Sie auch vor Ort kommen können?",
        ),
        ("volunteer", "Ja, das geht, am liebsten nachmittags unter der Woche."),
    ],
    [
        ("org", "Vielen Dank! Wir besprechen Ihr Angebot am Donnerstag im Team und melden uns danach."),
    ],
    [
        ("org", "Hallo {volunteer}, was würde so etwas ungefähr im Monat kosten?"),
        (
            "volunteer",
            "Für Ihre Größe rechne ich mit fünf bis zehn Euro im Monat für den Server. Die Arbeit "
            "mache ich ehrenamtlich.",
        ),
        ("org", "Das klingt machbar. Wir fragen noch beim Vorstand nach."),
    ],
]
