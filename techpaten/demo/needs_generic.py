"""Needs that any kind of organisation might post."""

# ruff: noqa: RUF001 - German typography (the en dash) and Turkish names are meant as written

from __future__ import annotations

from .needs_sectors import NeedText

GENERIC_NEEDS: list[NeedText] = [
    NeedText(
        "Eine Datensicherung, die von allein läuft",
        "Unsere wichtigen Dateien liegen auf einem einzigen Rechner. Wir wissen, dass wir eine Sicherung "
        "brauchen, aber jede Anleitung, die wir gefunden haben, war uns zu kompliziert. Am Ende soll es ohne "
        "unser Zutun laufen und wir wollen einmal ausprobieren, ob wir die Daten zurückbekommen.",
        ("backup",),
    ),
    NeedText(
        "Unsere Webseite ist seit Jahren nicht aktualisiert",
        "Auf unserer Webseite stehen noch Termine von 2019. Niemand weiß mehr, wie man sich einloggt. Wir "
        "brauchen jemanden, der die Seite rettet oder mit uns eine neue, einfache Seite baut.",
        ("website",),
        size="medium",
    ),
    NeedText(
        "Das Passwort-Chaos muss aufhören",
        "Passwörter stehen bei uns auf Zetteln, in einem Notizbuch und in einer Datei namens passwoerter.docx. "
        "Wir wünschen uns einen sicheren gemeinsamen Ort und eine Einweisung, wie wir ihn nutzen.",
        ("passwords", "training"),
    ),
    NeedText(
        "Was müssen wir beim Datenschutz eigentlich tun?",
        "Wir haben Angst, etwas falsch zu machen, aber auch keine Zeit, uns durch Gesetze zu lesen. Wir suchen "
        "jemanden, der mit uns durchgeht, welche Daten wir haben und was wir aufschreiben müssen.",
        ("gdpr-docs",),
    ),
    NeedText(
        "Drucker und Rechner im Büro verstehen sich nicht",
        "Seit dem neuen Router druckt der Drucker nur noch vom alten Rechner aus. Wir haben schon alles "
        "aus- und wieder eingeschaltet.",
        ("network",),
    ),
    NeedText(
        "Unsere E-Mails landen im Spam",
        "Wenn wir an Eltern oder Mitglieder schreiben, landen unsere Mails oft im Spam-Ordner. Unser Anbieter sagt, "
        "bei ihm sei alles in Ordnung. Woran kann das liegen?",
        ("mail",),
    ),
    NeedText(
        "Gemeinsamer Ordner statt Dateien per E-Mail",
        "Wir schicken Dateien per E-Mail hin und her und wissen nie, welche Version die aktuelle ist. Wir "
        "wünschen uns einen gemeinsamen Ordner, der auch auf dem Handy funktioniert.",
        ("files",),
    ),
    NeedText(
        "Jemand, der ab und zu nach dem Rechten sieht",
        "Wir haben keinen großen Auftrag, aber es wäre beruhigend, wenn sich jemand alle paar Wochen unsere "
        "Rechner und die Sicherung anschaut und Fragen beantwortet.",
        ("backup", "network", "training"),
        kind="ongoing",
    ),
    NeedText(
        "Weg von Google Drive",
        "Alle unsere Dokumente liegen in einem privaten Google-Konto einer ehemaligen Mitstreiterin. Wir möchten "
        "sie an einen Ort umziehen, der uns gehört.",
        ("files", "gdpr-docs"),
        size="medium",
    ),
    NeedText(
        "Videotreffen ohne Zoom",
        "Für unsere Besprechungen nutzen wir ein kostenloses Zoom-Konto, das nach 40 Minuten abbricht. Gibt es "
        "etwas, das wir selbst betreiben oder günstig mieten können?",
        ("video",),
    ),
    NeedText(
        "Kalender für die Raumbelegung",
        "Unseren Gemeinschaftsraum nutzen fünf Gruppen. Wer ihn wann gebucht hat, steht in einem Heft an der "
        "Tür. Doppelbuchungen sind an der Tagesordnung.",
        ("calendar",),
    ),
    NeedText(
        "Einführung in unsere neue Cloud für zehn Leute",
        "Wir haben seit kurzem eine Nextcloud, aber kaum jemand nutzt sie, weil niemand sie erklärt hat. Wir "
        "suchen jemanden für eine Einführung von etwa zwei Stunden.",
        ("training", "files"),
    ),
    NeedText(
        "Das Handy der Leitung ist voller Fotos",
        "Fotos von Veranstaltungen liegen auf dem privaten Handy unserer Leitung, es ist voll. Wir möchten die "
        "Bilder an einen sicheren Ort bringen und künftig gar nicht erst privat speichern.",
        ("photos", "backup"),
    ),
    NeedText(
        "Vertrag zur Auftragsverarbeitung – was gehört hinein?",
        "Unser Webhoster schickt uns einen Vertrag zur Auftragsverarbeitung. Wir verstehen nicht, was wir da "
        "unterschreiben, und hätten gern jemanden, der mit uns draufschaut.",
        ("gdpr-docs",),
    ),
    NeedText(
        "Gäste-WLAN getrennt vom Büro",
        "Besucherinnen und Besucher fragen oft nach dem WLAN. Im Moment geben wir dafür unser Büro-Passwort "
        "heraus. Wir möchten ein eigenes Gäste-WLAN.",
        ("network",),
    ),
    NeedText(
        "Wichtige Zugänge für den Notfall aufschreiben",
        "Wenn unsere Kassenwartin morgen ausfällt, kommt niemand mehr an Konto, Webseite und E-Mail. Wir möchten "
        "aufschreiben, was wo läuft und wer Zugriff hat – ohne die Passwörter selbst offen hinzulegen.",
        ("passwords", "gdpr-docs"),
    ),
    NeedText(
        "Chat fürs Team, der nicht WhatsApp ist",
        "Wir möchten unser Team-Chat weg von WhatsApp holen. Wichtig ist uns, dass es auf allen Handys läuft und "
        "auch Ältere damit klarkommen.",
        ("messenger", "training"),
    ),
    NeedText(
        "Domain und Webspace: kündigen oder behalten?",
        "Wir zahlen jeden Monat für Domain und Webspace bei einem Anbieter, wissen aber nicht, was davon wir "
        "wirklich nutzen. Wer hilft uns, das zu sortieren?",
        ("website", "mail"),
    ),
    NeedText(
        "Alte Rechner sicher entsorgen",
        "Im Keller stehen fünf alte Rechner und zwei Laptops. Bevor wir sie zum Wertstoffhof bringen, möchten wir "
        "sicher sein, dass keine Daten mehr darauf sind. Wie macht man das richtig?",
        ("network", "gdpr-docs"),
    ),
    NeedText(
        "Zwei-Faktor-Anmeldung einführen",
        "Bei einem befreundeten Verein wurde das E-Mail-Konto gehackt. Wir möchten unsere wichtigsten Konten "
        "besser schützen und brauchen jemanden, der uns Schritt für Schritt hilft.",
        ("passwords", "training"),
    ),
    NeedText(
        "Fotos von Veranstaltungen nur für Mitglieder zeigen",
        "Wir machen bei jedem Fest Fotos. Die sollen unsere Leute sehen können, aber nicht die ganze Welt. "
        "Bisher landen sie in einer offenen Galerie auf der Webseite.",
        ("photos", "website"),
        size="medium",
    ),
    NeedText(
        "Anmeldeformular für Veranstaltungen ohne Google Forms",
        "Für Ausflüge und Workshops sammeln wir Anmeldungen über Google Forms. Wir würden gern auf etwas "
        "umsteigen, bei dem die Daten bei uns bleiben.",
        ("website", "gdpr-docs"),
    ),
    NeedText(
        "Laptop für die Öffentlichkeitsarbeit einrichten",
        "Wir haben einen neuen Laptop für Flyer, Plakate und Social Media gekauft. Er soll sicher eingerichtet "
        "werden, mit Sicherung und getrennten Konten für die drei Leute, die ihn nutzen.",
        ("network", "backup"),
    ),
    NeedText(
        "Übergabe: Unser IT-Mensch zieht weg",
        "Seit Jahren kümmert sich ein Mitglied um alles, was mit Technik zu tun hat. Im Sommer zieht er nach "
        "Hamburg. Wir suchen jemanden, der die Übergabe begleitet und danach Ansprechperson ist.",
        ("training", "backup", "passwords"),
        kind="ongoing",
        size="medium",
    ),
    NeedText(
        "Telefonliste und Adressen aktuell halten",
        "Unsere Adressliste gibt es als Ausdruck, als Tabelle und im Handy von drei Leuten – jede Version ist "
        "anders. Wir wünschen uns ein gemeinsames Adressbuch, das alle nutzen können.",
        ("files", "calendar"),
    ),
    NeedText(
        "Online-Spenden annehmen – was brauchen wir dafür?",
        "Wir möchten auf unserer Webseite einen Spenden-Knopf einbauen. Welche Anbieter sind seriös und was "
        "müssen wir beim Datenschutz beachten?",
        ("website", "gdpr-docs"),
    ),
    NeedText(
        "Beamer und Lautsprecher für Veranstaltungen",
        "Bei jeder Veranstaltung kämpfen wir mit Beamer, Laptop und Lautsprechern. Wir hätten gern eine feste, "
        "einfache Lösung und eine kurze Anleitung zum Aufhängen.",
        ("network", "training"),
    ),
    NeedText(
        "Online-Sprechstunde einrichten",
        "Wir möchten einmal in der Woche eine offene Sprechstunde per Video anbieten. Die Leute sollen einfach "
        "auf einen Link klicken können, ohne Anmeldung.",
        ("video",),
    ),
    NeedText(
        "Unser Rechner zeigt ständig Warnungen an",
        "Der Rechner im Büro zeigt seit Wochen Meldungen, dass Updates fehlen und der Virenschutz abgelaufen "
        "ist. Niemand traut sich, etwas anzuklicken.",
        ("network", "training"),
    ),
    NeedText(
        "Löschfristen: Was dürfen wir wie lange aufheben?",
        "In unseren Schränken und Ordnern liegen Unterlagen aus zwanzig Jahren. Wir möchten wissen, was wir "
        "aufheben müssen, was weg darf und wie wir das künftig regeln.",
        ("gdpr-docs",),
    ),
]
