"""Needs as people in each sector would write them: their problem in their words, no jargon."""

# ruff: noqa: RUF001 - German typography (the en dash) and Turkish names are meant as written

from __future__ import annotations

from typing import NamedTuple


class NeedText(NamedTuple):
    title: str
    description: str
    use_cases: tuple[str, ...]
    kind: str = "one_off"  # or "ongoing"
    size: str = "small"  # "medium", "large"


SECTOR_NEEDS: dict[str, list[NeedText]] = {
    "kita": [
        NeedText(
            "Fotos vom Sommerfest mit den Eltern teilen – aber nicht über WhatsApp",
            "Wir möchten Fotos vom Sommerfest mit den Eltern teilen, aber nicht über WhatsApp. Bisher schickt eine "
            "Kollegin die Bilder von ihrem privaten Handy in die Elterngruppe, das wollen wir nicht mehr. Schön wäre "
            "ein geschützter Ort, an dem nur die Eltern der jeweiligen Gruppe die Fotos sehen können.",
            ("photos", "gdpr-docs"),
            size="medium",
        ),
        NeedText(
            "Elternbriefe und Termine an einem Ort",
            "Unsere Elternbriefe landen als Zettel in den Fächern und gehen oft verloren. Wir suchen eine einfache "
            "Möglichkeit, Termine (Schließtage, Elternabende, Ausflüge) und Briefe digital bereitzustellen – am "
            "liebsten so, dass Eltern die Termine in ihren eigenen Handy-Kalender übernehmen können.",
            ("calendar", "files"),
        ),
        NeedText(
            "Portfolio-Fotos sicher aufbewahren",
            "Für die Entwicklungsportfolios machen wir viele Fotos mit dem Kita-Tablet. Die Bilder liegen nur auf "
            "dem Tablet – wenn es herunterfällt, ist alles weg. Wir brauchen eine sichere Ablage mit Sicherung und "
            "möchten wissen, wie lange wir die Fotos aufheben dürfen.",
            ("photos", "backup", "gdpr-docs"),
            size="medium",
        ),
        NeedText(
            "Dienstplan und Urlaubsplanung fürs Team",
            "Der Dienstplan hängt als Zettel im Büro, jede Änderung geht per Anruf herum. Wir hätten gern einen "
            "gemeinsamen Kalender für unsere 14 Kolleginnen und Kollegen, den alle auch zu Hause auf dem Handy "
            "sehen können – aber bitte nichts, wofür jeder ein Google-Konto braucht.",
            ("calendar",),
        ),
        NeedText(
            "WLAN im Gruppenraum bricht ständig ab",
            "Das WLAN reicht nur bis ins Büro. Im Gruppenraum im ersten Stock bricht die Verbindung dauernd ab, "
            "dann ist das Tablet für die Beobachtungen offline. Wer kann sich das einmal anschauen und uns sagen, "
            "was wir kaufen sollen?",
            ("network",),
        ),
        NeedText(
            "Einwilligungen für Fotos ordentlich regeln",
            "Eltern unterschreiben bei uns eine Einwilligung für Fotos, aber wir sind unsicher, ob unser Formular "
            "reicht und wo wir die Zettel aufbewahren sollen. Wir suchen jemanden, der uns erklärt, was nötig ist, "
            "und mit uns eine einfache Übersicht anlegt.",
            ("gdpr-docs", "photos"),
        ),
        NeedText(
            "Eigene E-Mail-Adressen statt privater Gmail-Adresse",
            "Unsere Leitung schreibt Eltern und Träger bisher von einer privaten Gmail-Adresse. Wir hätten gern "
            "Adressen wie leitung@… und team@…, die auch bleiben, wenn jemand die Kita verlässt.",
            ("mail",),
        ),
        NeedText(
            "Elterngespräche auch per Video",
            "Manche Eltern schaffen es wegen der Arbeit nicht zum Entwicklungsgespräch. Wir möchten Gespräche auch "
            "per Video anbieten – ohne dass Eltern eine App installieren oder ein Konto anlegen müssen.",
            ("video",),
        ),
        NeedText(
            "Zwei gespendete Laptops fürs Büro einrichten",
            "Wir haben zwei gespendete Laptops bekommen, aber sie sind furchtbar langsam. Vielleicht kann man ein "
            "anderes Betriebssystem aufspielen? Wir brauchen eigentlich nur E-Mail, Textverarbeitung und den Browser.",
            ("network", "training"),
        ),
        NeedText(
            "Kurze Schulung: sicher mit dem Kita-Tablet arbeiten",
            "Seit kurzem haben wir zwei Tablets. Viele im Team sind unsicher: Welche Apps dürfen drauf, wer darf "
            "Fotos machen, was tun wir, wenn ein Tablet verloren geht? Wir wünschen uns eine kleine Schulung an "
            "unserem Teamtag.",
            ("training", "gdpr-docs"),
        ),
        NeedText(
            "Elternbeirat braucht eine gemeinsame Ablage",
            "Der Elternbeirat wechselt jedes Jahr, und jedes Mal sind Protokolle und Listen auf privaten Rechnern "
            "verschwunden. Wir suchen einen Ort, an dem alles bleibt und der nächste Beirat einfach weitermachen kann.",
            ("files",),
        ),
        NeedText(
            "Kita-Webseite mit Speiseplan und Terminen",
            "Eltern fragen jede Woche nach dem Speiseplan und den Schließtagen. Wir wünschen uns eine kleine "
            "Webseite, auf der wir beides selbst eintragen können.",
            ("website", "calendar"),
        ),
        NeedText(
            "Krankmeldungen der Eltern nicht mehr auf dem Anrufbeantworter",
            "Morgens ruft die halbe Elternschaft an, um Kinder krankzumelden. Der Anrufbeantworter ist oft voll. "
            "Gibt es eine einfache, datenschutzfreundliche Möglichkeit, das digital zu machen?",
            ("mail", "gdpr-docs"),
        ),
    ],
    "schule": [
        NeedText(
            "Videokonferenzen für Elternabende und Konferenzen",
            "Seit Corona machen wir manche Elternabende online, bisher über private Zoom-Konten. Der Schulträger "
            "möchte das nicht mehr. Wir suchen eine Lösung, die datenschutzkonform ist und die auch Eltern ohne "
            "Technikkenntnisse bedienen können.",
            ("video", "gdpr-docs"),
            size="medium",
        ),
        NeedText(
            "Arbeitsblätter nicht mehr per USB-Stick tauschen",
            "Unsere Lehrkräfte tauschen Arbeitsblätter per USB-Stick und privater E-Mail aus. Wir suchen eine "
            "gemeinsame Ablage für das Kollegium, die der Schulträger genehmigen kann.",
            ("files", "gdpr-docs"),
            size="medium",
        ),
        NeedText(
            "Computerraum: 16 Rechner wieder zum Laufen bringen",
            "Im Computerraum stehen 16 Rechner, um die sich seit Jahren niemand richtig gekümmert hat. Updates "
            "fehlen, manche starten gar nicht mehr. Wir suchen jemanden, der sie mit uns wieder in Schuss bringt und "
            "danach vielleicht einmal im Monat vorbeischaut.",
            ("network", "training"),
            kind="ongoing",
            size="large",
        ),
        NeedText(
            "Schülerzeitung soll online erscheinen",
            "Unsere Schülerzeitungs-AG möchte ihre Artikel auch im Internet veröffentlichen. Die Kinder sollen "
            "selbst schreiben können, aber nichts soll ohne Freigabe durch die Lehrerin online gehen.",
            ("website", "training"),
            size="medium",
        ),
        NeedText(
            "WLAN für alle Klassenräume planen",
            "Wir bekommen Geld aus dem Digitalpakt für WLAN in den Klassenräumen. Bevor wir etwas bestellen, "
            "möchten wir mit jemandem sprechen, der sich auskennt und nichts verkaufen will.",
            ("network",),
            size="large",
        ),
        NeedText(
            "Messenger fürs Kollegium statt privater WhatsApp-Gruppe",
            "Das Kollegium organisiert Vertretungen über eine private WhatsApp-Gruppe. Das dürfen wir eigentlich "
            "nicht. Was gibt es stattdessen, das genauso einfach ist?",
            ("messenger", "gdpr-docs"),
        ),
        NeedText(
            "AG „Computer verstehen“ für die 5. und 6. Klasse",
            "Wir suchen jemanden, der einmal in der Woche nachmittags mit Schülerinnen und Schülern eine AG macht: "
            "Wie funktioniert das Internet, wie baut man einen Rechner zusammen, wie schützt man seine Daten?",
            ("training",),
            kind="ongoing",
            size="medium",
        ),
        NeedText(
            "Datensicherung für das Sekretariat",
            "Im Sekretariat liegen Schülerakten und Listen auf einem einzelnen PC. Eine Sicherung gibt es nur, wenn "
            "die Sekretärin daran denkt, einen USB-Stick anzustecken.",
            ("backup",),
        ),
        NeedText(
            "Tablets der Grundschulkinder zentral verwalten",
            "Wir haben 30 Tablets für die Klassen 3 und 4. Jedes wird einzeln eingerichtet, Apps installiert die "
            "Lehrerin von Hand. Gibt es einen einfacheren Weg?",
            ("network", "training"),
            size="medium",
        ),
        NeedText(
            "Sichere E-Mail für die Schulsozialarbeit",
            "Unsere Schulsozialarbeiterin bekommt sehr persönliche Nachrichten von Eltern und Jugendlichen. Sie "
            "nutzt bisher die allgemeine Schuladresse. Wir möchten eine eigene, gut geschützte Adresse.",
            ("mail", "gdpr-docs"),
        ),
    ],
    "wg": [
        NeedText(
            "Gemeinsamer Kalender und Putzplan für unsere WG",
            "Wir sind sechs Leute und verlieren den Überblick: Wer putzt wann, wer hat Besuch, wann kommt der "
            "Vermieter? Ein gemeinsamer Kalender, der auf allen Handys funktioniert, wäre toll.",
            ("calendar",),
        ),
        NeedText(
            "WLAN reicht nicht bis in alle Zimmer",
            "Der Router steht im Flur, in den hinteren zwei Zimmern kommt kaum etwas an. Wir haben schon einen "
            "Verstärker aus dem Baumarkt probiert, seitdem ist es eher schlimmer.",
            ("network",),
        ),
        NeedText(
            "Eigene Cloud für die WG – aber wer pflegt sie?",
            "Einer von uns hat mal eine Nextcloud auf einem Raspberry Pi eingerichtet. Jetzt ist er ausgezogen und "
            "keiner weiß, wie das Ding funktioniert oder ob es Sicherungen gibt.",
            ("files", "backup"),
            kind="ongoing",
        ),
        NeedText(
            "Netz für vier Etagen und einen Gemeinschaftsraum",
            "In unserem Hausprojekt hat jede Etage ihren eigenen Router, die Kabel im Treppenhaus hat irgendwer "
            "irgendwann verlegt. Wir möchten ein gemeinsames, stabiles Netz und verstehen, was wo steckt.",
            ("network",),
            size="large",
        ),
        NeedText(
            "Passwörter für Strom, Internet und Streaming gemeinsam verwalten",
            "Die Zugänge für Stromanbieter, Internetvertrag und Co. liegen bei der Person, die den Vertrag "
            "abgeschlossen hat. Zieht jemand aus, beginnt die Suche. Wir hätten gern einen gemeinsamen, sicheren Ort.",
            ("passwords",),
        ),
        NeedText(
            "Hausprojekt braucht eine Mailingliste",
            "Für Plenum, Putzdienste und Hoffest schreiben wir an 19 Leute, jedes Mal mit einer anderen "
            "Adressliste. Eine Adresse, die an alle geht, würde uns viel Ärger sparen.",
            ("mail",),
        ),
    ],
    "verein": [
        NeedText(
            "Unser Vereins-PC macht keine Backups",
            "Auf dem PC in der Geschäftsstelle liegen die Mitgliederliste, die Buchhaltung und zehn Jahre "
            "Protokolle. Eine Sicherung gibt es nicht – wenn die Festplatte kaputtgeht, ist alles weg. Wir brauchen "
            "eine Sicherung, die von allein läuft und die wir verstehen.",
            ("backup",),
        ),
        NeedText(
            "Neue Vereinswebseite mit Terminen",
            "Unsere Webseite hat ein ehemaliges Mitglied vor zwölf Jahren gebaut, ändern kann sie niemand mehr. "
            "Wir wünschen uns eine einfache Seite, auf der der Vorstand selbst Termine und Neuigkeiten eintragen kann.",
            ("website", "calendar"),
            size="medium",
        ),
        NeedText(
            "Mitgliederlisten nicht mehr als Excel per E-Mail",
            "Die Mitgliederliste geht als Excel-Datei per E-Mail zwischen Vorstand, Kassenwart und Trainern hin und "
            "her. Wir wissen, dass das nicht gut ist, aber nicht, wie es besser geht.",
            ("files", "gdpr-docs"),
        ),
        NeedText(
            "E-Mail-Adressen für den Vorstand",
            "Jede Vorstandswahl bedeutet neue private Adressen auf der Webseite. Wir hätten gern feste Adressen wie "
            "vorstand@ und kasse@, die bei der Übergabe einfach weitergegeben werden.",
            ("mail",),
        ),
        NeedText(
            "Mitgliederversammlung hybrid durchführen",
            "Viele ältere Mitglieder kommen nicht mehr zur Versammlung. Wir möchten die Versammlung im Vereinsheim "
            "machen und zugleich per Video übertragen – mit Abstimmungen, die auch rechtlich halten.",
            ("video",),
            size="medium",
        ),
        NeedText(
            "Probenaufnahmen mit den Mitgliedern teilen",
            "Nach jeder Probe nehmen wir Übungsdateien für die einzelnen Stimmen auf. Bisher verschicken wir sie "
            "per WeTransfer. Schöner wäre ein Ordner, in dem alle Mitglieder sie finden.",
            ("files",),
        ),
        NeedText(
            "Hallenbelegung und Trainingszeiten in einem Kalender",
            "Die Hallenzeiten stehen in einer Tabelle, die Trainer tragen Änderungen selten ein. Eltern fragen "
            "ständig nach, ob das Training stattfindet. Ein gemeinsamer Kalender wäre eine große Hilfe.",
            ("calendar",),
        ),
        NeedText(
            "Verzeichnis von Verarbeitungstätigkeiten – brauchen wir das?",
            "Auf einer Fortbildung hieß es, auch kleine Vereine bräuchten ein Verzeichnis von "
            "Verarbeitungstätigkeiten. Wir wissen nicht, wo wir anfangen sollen, und hätten gern jemanden, der es "
            "mit uns Schritt für Schritt durchgeht.",
            ("gdpr-docs",),
        ),
        NeedText(
            "Vereinschat statt fünf WhatsApp-Gruppen",
            "Jede Mannschaft hat ihre eigene WhatsApp-Gruppe, der Vorstand noch zwei weitere. Manche Eltern wollen "
            "kein WhatsApp. Gibt es etwas Einfaches, das wir selbst betreiben können?",
            ("messenger",),
            size="medium",
        ),
        NeedText(
            "Zugänge sicher an den neuen Vorstand übergeben",
            "Beim letzten Vorstandswechsel gingen Zugänge verloren: Bank, Webseite, Instagram. Wir brauchen einen "
            "sicheren Ort für die Zugangsdaten, auf den immer mindestens zwei Personen Zugriff haben.",
            ("passwords",),
        ),
        NeedText(
            "Online-Anmeldung für den Kinderturn-Kurs",
            "Die Plätze im Kinderturnen sind begehrt, die Anmeldung läuft über Zettel am Schwarzen Brett und einen "
            "vollen Anrufbeantworter. Wir möchten eine faire Online-Anmeldung mit Warteliste.",
            ("website", "gdpr-docs"),
        ),
        NeedText(
            "Vereinsheim: WLAN für Mitglieder und Gäste",
            "Im Vereinsheim gibt es nur das Handy des Wirts als Hotspot. Für Turniere und Versammlungen bräuchten "
            "wir ein ordentliches WLAN, das uns nicht in Schwierigkeiten bringt.",
            ("network",),
        ),
    ],
    "initiative": [
        NeedText(
            "Unterstützerlisten datenschutzkonform führen",
            "Wir sammeln Namen und E-Mail-Adressen von Unterstützerinnen und Unterstützern auf Papier und in einer "
            "Tabelle. Wir wollen das sauber machen: Wer darf die Liste sehen, wie lange dürfen wir sie behalten?",
            ("gdpr-docs", "files"),
        ),
        NeedText(
            "Eine einfache Webseite für unsere Initiative",
            "Bisher sind wir nur auf Instagram. Wir möchten eine kleine Webseite mit unseren Zielen, den nächsten "
            "Treffen und einer Kontaktadresse, die wir selbst pflegen können.",
            ("website",),
        ),
        NeedText(
            "Rundbrief an 300 Leute ohne Mailchimp",
            "Wir verschicken unseren Rundbrief bisher über Mailchimp und haben gelesen, dass das datenschutzrechtlich "
            "schwierig ist. Was ist eine gute Alternative?",
            ("mail", "gdpr-docs"),
        ),
        NeedText(
            "Offene Treffen auch online",
            "Nicht alle können abends zu unseren Treffen kommen. Wir möchten die Treffen auch per Video öffnen – mit "
            "einem Link, den man einfach anklicken kann.",
            ("video",),
        ),
        NeedText(
            "Gemeinsam an Texten arbeiten",
            "Für Pressemitteilungen, Flyer und Briefe an die Bezirksverordneten schreiben wir gemeinsam Texte. Im "
            "Moment schicken wir Word-Dateien hin und her und verlieren den Überblick.",
            ("files",),
        ),
        NeedText(
            "Nachbarschaftschat für unseren Block",
            "Wir möchten einen Chat für alle Mietparteien im Block, bei dem niemand seine Handynummer herausgeben "
            "muss.",
            ("messenger",),
        ),
        NeedText(
            "Einführung: sicher kommunizieren als Initiative",
            "Wir legen uns gelegentlich mit Investoren an und möchten wissen, wie wir unsere Kommunikation und "
            "unsere Konten besser schützen können. Eine Einführung für unsere Aktiven wäre super.",
            ("training", "passwords"),
        ),
        NeedText(
            "Pressefotos und Material für Journalisten bereitstellen",
            "Wenn die Zeitung anfragt, suchen wir jedes Mal Fotos und Texte zusammen. Wir möchten einen Ordner "
            "mit Pressematerial, den wir per Link teilen können.",
            ("files", "photos"),
        ),
    ],
    "sonstige": [
        NeedText(
            "Termine und Anmeldung fürs Repair-Café online",
            "Wer etwas reparieren lassen will, ruft bisher bei einer von uns privat an. Wir wünschen uns eine "
            "Seite mit den Terminen und einer einfachen Anmeldung.",
            ("website", "calendar"),
        ),
        NeedText(
            "Gespendete Laptops für Geflüchtete einrichten",
            "Wir haben zwölf gespendete Laptops, die wir an Familien weitergeben möchten. Sie müssen gelöscht, neu "
            "eingerichtet und mit den wichtigsten Programmen ausgestattet werden.",
            ("network", "training"),
            size="medium",
        ),
        NeedText(
            "Videoanrufe mit den Enkeln üben",
            "Viele unserer Besucherinnen möchten mit ihren Enkeln per Video sprechen, trauen sich aber nicht an das "
            "Tablet. Wir suchen jemanden mit Geduld für einen kleinen Kurs.",
            ("training", "video"),
            kind="ongoing",
        ),
        NeedText(
            "Abholzeiten der Helferinnen koordinieren",
            "Wer holt wann wo ab? Das organisieren wir über eine Telefonkette und eine Tabelle. Oft fällt eine "
            "Abholung aus, weil niemand Bescheid wusste.",
            ("calendar", "messenger"),
            size="medium",
        ),
        NeedText(
            "Kontaktdaten der Ehrenamtlichen an einem sicheren Ort",
            "Die Telefonliste unserer Ehrenamtlichen existiert in fünf Versionen auf fünf Handys. Wir möchten eine "
            "Liste, die aktuell ist und die nicht jeder sieht.",
            ("files", "gdpr-docs"),
        ),
        NeedText(
            "Sprachcafé: Übersetzungs-Tablet für Behördengänge",
            "Bei Behördengängen helfen wir oft mit Übersetzungs-Apps auf privaten Handys. Wir möchten ein eigenes "
            "Tablet dafür, das keine Daten an fremde Server schickt, wenn es sich vermeiden lässt.",
            ("network", "gdpr-docs"),
        ),
    ],
}
