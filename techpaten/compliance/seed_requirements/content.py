"""Requirements for content services: photos, files, calendars, websites (all sectors)."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DOCUMENT,
    DSK_KP17,
    DSK_KP20,
    DSK_OH_TELEMEDIEN,
    MUST,
    NOT_EXEMPT,
    NOT_HOUSEHOLD,
    ORGANISATIONAL,
    SDM,
    SHOULD,
    WP248,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="photos-publication-children",
        replaces=("photos-publication-consent",),
        level=MUST,
        title_de="Fotos von Kindern nur mit Einwilligung veröffentlichen",
        title_en="Publish photos of children only with consent",
        text_de=(
            "Fotos, auf denen Kinder erkennbar sind, werden nur mit Einwilligung veröffentlicht (Webseite, Presse, "
            "soziale Medien): bis 14 der Sorgeberechtigten, ab 14 zusätzlich des Kindes selbst. Die Einwilligung nennt "
            "Zweck und Medium, ist freiwillig und jederzeit widerrufbar und wird nachweisbar aufbewahrt (Art. 7 "
            "Abs. 1). Auf die Ausnahmen des § 23 KUG oder berechtigte Interessen verlassen Sie sich bei Kindern nicht: "
            "Ihre Interessen überwiegen in der Regel (Art. 6 Abs. 1 lit. f, Erwägungsgrund 38). Nach einem Widerruf "
            "wird das Foto entfernt."
        ),
        text_en=(
            "Photos showing recognisable children are published (website, press, social media) only with consent: up "
            "to 14 of those with parental responsibility, from 14 also of the child. The consent names purpose and "
            "medium, is voluntary, revocable at any time and kept so that it can be proven (Art. 7(1)). Do not rely "
            "on the exceptions of § 23 KUG or on legitimate interests for children: their interests usually prevail "
            "(Art. 6(1)(f), Recital 38). After a withdrawal the photo is taken down."
        ),
        legal_basis="Art. 6 Abs. 1 lit. a, Art. 7 DSGVO; §§ 22, 23 KUG",
        sources=(DSK_KP20, "§§ 22, 23 Kunsturhebergesetz (KUG)"),
        evidence_kind=DOCUMENT,
        evidence_de="Einwilligungen je abgebildetem Kind und Zweck, nachweisbar abgelegt; Liste der Widerrufe.",
        evidence_en="Consents per child shown and purpose, filed as proof; a list of withdrawals.",
        use_cases=("photos", "website"),
        children_data=True,
        household=NOT_EXEMPT,
        document="photo_consent",
    ),
    Req(
        code="photos-publication-adults",
        replaces=("photos-publication-consent",),
        level=SHOULD,
        title_de="Fotos von Erwachsenen: Rechtsgrundlage klären, im Zweifel Einwilligung",
        title_en="Photos of adults: settle the legal basis, ask for consent when in doubt",
        text_de=(
            "Fotos von Erwachsenen können auf einer Einwilligung beruhen (Art. 6 Abs. 1 lit. a, Art. 7), aber auch auf "
            "berechtigten Interessen (Art. 6 Abs. 1 lit. f), etwa Bilder einer öffentlichen Veranstaltung, oder auf "
            "den Ausnahmen des § 23 KUG (z. B. Versammlungen, Personen als bloßes Beiwerk). Wägen Sie bei berechtigten "
            "Interessen ab und halten Sie die Abwägung fest; nennen Sie sie in der Datenschutzinformation und weisen "
            "Sie auf das Widerspruchsrecht hin (Art. 21). Für Porträts und wenn jemand erkennbar im Mittelpunkt "
            "steht, fragen Sie nach einer Einwilligung."
        ),
        text_en=(
            "Photos of adults can rest on consent (Art. 6(1)(a), Art. 7), but also on legitimate interests "
            "(Art. 6(1)(f)), e.g. pictures of a public event, or on the exceptions of § 23 KUG (e.g. assemblies, "
            "people as mere accessories). With legitimate interests, weigh them and record the balancing; name them "
            "in the information notice and point out the right to object (Art. 21). For portraits and when someone "
            "recognisably is the focus, ask for consent."
        ),
        legal_basis="Art. 6 Abs. 1 lit. a oder f DSGVO; §§ 22, 23 KUG",
        sources=("§§ 22, 23 Kunsturhebergesetz (KUG)", DSK_KP20),
        evidence_kind=DOCUMENT,
        evidence_de="Festgehaltene Abwägung oder Einwilligungen; Hinweis in der Datenschutzinformation.",
        evidence_en="The recorded balancing or the consents; the note in the information notice.",
        sectors=NOT_HOUSEHOLD,
        use_cases=("photos", "website"),
        household=NOT_EXEMPT,
        document="information_notice",
    ),
    Req(
        code="photos-no-face-recognition",
        level=MUST,
        title_de="Gesichtserkennung bleibt ausgeschaltet",
        title_en="Face recognition stays off",
        text_de=(
            "Fotos sind erst dann biometrische Daten (Art. 9), wenn sie mit speziellen technischen Mitteln "
            "verarbeitet werden, die eine eindeutige Identifizierung ermöglichen (Erwägungsgrund 51). Genau das tun "
            "Gesichtserkennungs-Funktionen: in Nextcloud die Apps „Recognize“ (recognize) und „Face Recognition“ "
            "(facerecognition), in Immich die Gesichtserkennung des Machine-Learning-Dienstes. Lassen Sie sie "
            "ausgeschaltet. Wer sie nutzen will, braucht eine ausdrückliche Einwilligung nach Art. 9 Abs. 2 lit. a "
            "und vorher eine DSFA."
        ),
        text_en=(
            "Photos become biometric data (Art. 9) only when processed through specific technical means allowing "
            "unique identification (Recital 51). Face recognition does exactly that: in Nextcloud the apps Recognize "
            "(recognize) and Face Recognition (facerecognition), in Immich the face recognition of the "
            "machine-learning "
            "service. Keep them switched off. Using them needs explicit consent under Art. 9(2)(a) and a DSFA "
            "beforehand."
        ),
        legal_basis="Art. 9 Abs. 1, Art. 35 DSGVO; ErwG 51",
        sources=("Erwägungsgrund 51 DSGVO (Lichtbilder als biometrische Daten)", WP248),
        evidence_kind=CONFIGURATION,
        evidence_de=(
            "Nachweis, dass recognize und facerecognition deaktiviert sind (z. B. Ausgabe von „occ app:list“), "
            "bzw. dass die Gesichtserkennung in Immich aus ist."
        ),
        evidence_en=(
            "Proof that recognize and facerecognition are disabled (e.g. output of 'occ app:list'), or that face "
            "recognition in Immich is off."
        ),
        use_cases=("photos",),
        household=NOT_EXEMPT,
    ),
    Req(
        code="share-links-password-expiry",
        level=MUST,
        title_de="Freigabelinks nur mit Passwort und Ablaufdatum",
        title_en="Share links only with a password and an expiry date",
        text_de=(
            "Öffentliche Freigabelinks auf Fotos und Dateien sind mit einem Passwort geschützt und laufen nach kurzer "
            "Zeit ab (z. B. 7 bis 14 Tage); Hochladen über öffentliche Links ist aus. Erzwingen Sie das in der "
            "Konfiguration, statt es den Nutzenden zu überlassen: In Nextcloud 32 ist der Passwortzwang für Links nur "
            "beim Preset SCHOOL (und größeren) voreingestellt – bei CLUB und FAMILY müssen „Passwortschutz "
            "erzwingen“ und „Ablaufdatum erzwingen“ ausdrücklich eingeschaltet werden. Das Passwort geht auf einem "
            "anderen Weg an die Empfänger als der Link."
        ),
        text_en=(
            "Public share links to photos and files are password-protected and expire after a short time (e.g. 7 to 14 "
            "days); uploading through public links is off. Enforce this in the configuration rather than leaving it "
            "to users: in Nextcloud 32 password-enforced links are preset only for the SCHOOL preset (and larger ones) "
            "– with CLUB and FAMILY, 'enforce password protection' and 'enforce expiration date' must be switched on "
            "explicitly. The password reaches recipients by a different channel than the link."
        ),
        legal_basis="Art. 25 Abs. 2, Art. 32 Abs. 1 DSGVO",
        sources=("Nextcloud Administration Manual: File sharing", bsi("APP.3.1", "Webanwendungen und Webservices")),
        evidence_kind=CONFIGURATION,
        evidence_de="Freigabe-Einstellungen (Passwort und Ablaufdatum erzwungen, kein öffentlicher Upload).",
        evidence_en="Sharing settings (password and expiry enforced, no public upload).",
        use_cases=("photos", "files"),
        household=NOT_EXEMPT,
        bsi_refs="APP.3.1",
    ),
    Req(
        code="files-special-categories",
        level=MUST,
        title_de="Besonders schützenswerte Dateien getrennt und eng berechtigt",
        title_en="Especially sensitive files kept apart with narrow access",
        text_de=(
            "Dateien mit Gesundheitsangaben (z. B. Allergien, Medikamente), Förder- oder Entwicklungsberichten, "
            "Sozialdaten oder Angaben zu Religion liegen in eigenen Ordnern, die nur die Zuständigen sehen, und werden "
            "nie über öffentliche Links geteilt. Besondere Kategorien nach Art. 9 brauchen eine eigene "
            "Rechtsgrundlage (meist ausdrückliche Einwilligung oder ein Gesetz) und sprechen in der "
            "Schwellwertanalyse für eine DSFA."
        ),
        text_en=(
            "Files with health details (e.g. allergies, medication), support or development reports, social-welfare "
            "data or religion live in folders of their own that only those responsible can see, and are never shared "
            "through public links. Special categories under Art. 9 need a legal basis of their own (usually explicit "
            "consent or a law) and count towards a DSFA in the screening."
        ),
        legal_basis="Art. 9, Art. 32 DSGVO",
        sources=(DSK_KP17,),
        evidence_kind=CONFIGURATION,
        evidence_de="Ordner- und Berechtigungsübersicht für sensible Dateien.",
        evidence_en="An overview of folders and permissions for sensitive files.",
        use_cases=("files",),
        household=NOT_EXEMPT,
    ),
    Req(
        code="calendar-minimal-details",
        level=SHOULD,
        title_de="Termine mit so wenig Personenbezug wie möglich",
        title_en="Appointments with as little personal detail as possible",
        text_de=(
            "Gemeinsame Kalender enthalten nur, was alle Sehenden wissen müssen: „Elterngespräch Gruppe Bären“ statt "
            "Name und Anlass. Gesundheits- oder Konfliktgründe gehören nicht in Termintitel. Öffentlich geteilte "
            "Kalender (z. B. Veranstaltungen auf der Webseite) nennen keine Kinder oder Mitglieder."
        ),
        text_en=(
            "Shared calendars contain only what everyone who sees them needs to know: 'parents' meeting, Bears group' "
            "rather than name and reason. Health or conflict reasons do not belong in titles. Publicly shared "
            "calendars "
            "(e.g. events on the website) name no children or members."
        ),
        legal_basis="Art. 5 Abs. 1 lit. c, Art. 25 Abs. 2 DSGVO",
        sources=(SDM,),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Kurze Regel für Termintitel, den Nutzenden bekannt gemacht.",
        evidence_en="A short rule for appointment titles, made known to users.",
        use_cases=("calendar",),
    ),
    Req(
        code="website-imprint-r2",
        replaces=("website-imprint",),
        level=MUST,
        title_de="Impressum und Datenschutzerklärung der Webseite",
        title_en="Imprint and privacy notice of the website",
        text_de=(
            "Die Webseite hat ein Impressum. Für geschäftsmäßige, in der Regel gegen Entgelt angebotene Dienste gilt "
            "§ 5 DDG (Name, Anschrift, Vertretungsberechtigte, Kontakt; bei Vereinen Registergericht und "
            "Registernummer). Für nicht geschäftsmäßige Webseiten, etwa vieler Vereine und Initiativen, verlangt "
            "§ 18 Abs. 1 MStV Name und Anschrift, bei juristischen Personen auch Name und Anschrift der "
            "Vertretungsberechtigten. Für journalistisch-redaktionelle Inhalte kommt eine verantwortliche Person nach "
            "§ 18 Abs. 2 MStV hinzu. Dazu kommt eine Datenschutzerklärung nach Art. 13 für die Webseite selbst "
            "(Server-Protokolle, Kontaktformular, Einbindungen). Beides ist von jeder Seite mit einem Klick erreichbar."
        ),
        text_en=(
            "The website has an imprint. For business-like services, usually offered for payment, § 5 DDG applies "
            "(name, address, authorised representatives, contact; for associations the register court and number). "
            "For non-commercial websites, such as those of many associations and initiatives, § 18(1) MStV requires "
            "name and address, for legal persons also name and address of the authorised representative. "
            "Journalistic-editorial content adds a responsible person under § 18(2) MStV. An Art. 13 privacy notice "
            "for the website itself (server logs, contact form, embedded content) comes with it. Both are one click "
            "away from every page."
        ),
        legal_basis="§ 5 DDG; § 18 Abs. 1 und 2 MStV; Art. 13 DSGVO",
        sources=("§ 5 Digitale-Dienste-Gesetz (DDG)", "§ 18 Medienstaatsvertrag (MStV)"),
        evidence_kind=DOCUMENT,
        evidence_de="Adressen von Impressum und Datenschutzerklärung; Datum der letzten Prüfung.",
        evidence_en="Addresses of imprint and privacy notice; date of the last check.",
        sectors=NOT_HOUSEHOLD,
        use_cases=("website",),
        document="information_notice",
    ),
    Req(
        code="website-no-third-party",
        level=MUST,
        title_de="Keine Einbindungen von Drittanbietern, Schriften lokal",
        title_en="No third-party embeds, fonts served locally",
        text_de=(
            "Die Webseite lädt nichts von fremden Servern: Schriften, Skripte und Bilder liegen auf dem eigenen "
            "Server. Videos (YouTube), Karten (Google Maps) und Social-Media-Knöpfe werden nicht direkt eingebettet, "
            "sondern verlinkt oder erst nach einem Klick geladen. Jede Einbindung schickt sonst die IP-Adresse der "
            "Besucher an den Anbieter – das LG München I hat das für Google Fonts als Rechtsverletzung gewertet."
        ),
        text_en=(
            "The website loads nothing from other servers: fonts, scripts and images are served from its own server. "
            "Videos (YouTube), maps (Google Maps) and social-media buttons are not embedded directly but linked or "
            "loaded only after a click. Otherwise every embed sends the visitors' IP address to the provider – the "
            "Regional Court of Munich I held this unlawful for Google Fonts."
        ),
        legal_basis="Art. 6 Abs. 1, Art. 44 DSGVO; § 25 TDDDG",
        sources=("LG München I, Urteil vom 20.01.2022 – 3 O 17493/20 (Google Fonts)", DSK_OH_TELEMEDIEN),
        evidence_kind=CONFIGURATION,
        evidence_de="Prüfung mit den Entwicklerwerkzeugen des Browsers: keine Anfragen an fremde Domains.",
        evidence_en="A check with the browser's developer tools: no requests to other domains.",
        use_cases=("website",),
        household=NOT_EXEMPT,
        bsi_refs="APP.3.1",
    ),
    Req(
        code="website-cookie-free",
        level=MUST,
        title_de="Kein Tracking, keine einwilligungspflichtigen Cookies",
        title_en="No tracking, no cookies that need consent",
        text_de=(
            "Die Webseite setzt nur technisch unbedingt erforderliche Cookies (§ 25 Abs. 2 Nr. 2 TDDDG) – dann "
            "braucht sie kein Cookie-Banner. Keine Tracking- oder Werbedienste; wenn Besucherzahlen nötig sind, dann "
            "mit einer selbst betriebenen, cookie-freien Statistik, die IP-Adressen kürzt. Alles darüber hinaus "
            "braucht eine vorherige, echte Einwilligung."
        ),
        text_en=(
            "The website sets only strictly necessary cookies (§ 25(2) no. 2 TDDDG) – then it needs no cookie banner. "
            "No tracking or advertising services; if visitor numbers are needed, use self-hosted, cookie-free "
            "statistics that truncate IP addresses. Anything beyond needs prior, genuine consent."
        ),
        legal_basis="§ 25 TDDDG; Art. 6 Abs. 1 DSGVO",
        sources=(DSK_OH_TELEMEDIEN, "§ 25 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)"),
        evidence_kind=CONFIGURATION,
        evidence_de="Liste der gesetzten Cookies (Browser-Entwicklerwerkzeuge), jeweils mit Zweck.",
        evidence_en="A list of the cookies set (browser developer tools), each with its purpose.",
        use_cases=("website",),
        household=NOT_EXEMPT,
    ),
]
