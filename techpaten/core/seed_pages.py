"""Default texts of the editable pages; staff change them in the admin afterwards.

The privacy notice describes what this software actually stores and for how long. Everything that depends on the
operator (name, address, hoster, log retention of the web server, supervisory authority) is a clearly marked
placeholder in square brackets. Keep the text in step with the code when either changes.
"""

# ruff: noqa: E501, RUF001 - long Markdown lines and German typography are meant as written

from __future__ import annotations

IMPRINT_DE = """\
> **Hinweis für den Betreiber:** Dieses Impressum ist eine Vorlage. Bitte ersetzen Sie alle Angaben in eckigen Klammern, bevor die Plattform öffentlich erreichbar ist.

Angaben gemäß § 5 DDG

**[Name des Betreibers bzw. des Vereins eintragen]**\\
[Straße und Hausnummer]\\
[PLZ und Ort]

Vertreten durch: [vertretungsberechtigte Person(en) eintragen]

Kontakt: [E-Mail-Adresse]\\
Telefon: [Telefonnummer, falls vorhanden]

Registereintrag: [Vereinsregister, Registergericht und Registernummer – falls vorhanden]

Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: [Name und Anschrift]

Die Gesuche und Profile auf Techpaten stammen von den Organisationen und Ehrenamtlichen selbst. Wir prüfen sie nicht vorab; bitte melden Sie uns Inhalte, die gegen Recht verstoßen.
"""

IMPRINT_EN = """\
> **Note for the operator:** this imprint is a template. Please replace everything in square brackets before the platform goes public.

Information according to § 5 DDG (German Digital Services Act)

**[Name of the operator or association]**\\
[Street and number]\\
[Postcode and town]

Represented by: [person(s) authorised to represent]

Contact: [e-mail address]\\
Phone: [phone number, if any]

Register entry: [register of associations, court and number – if any]

Responsible for the content according to § 18(2) MStV: [name and address]

Needs and profiles on Techpaten are written by the organisations and volunteers themselves. We do not check them in advance; please tell us about content that breaks the law.
"""

PRIVACY_DE = """\
> **Hinweis für den Betreiber:** Angaben in eckigen Klammern hängen von Ihrem Betrieb ab und müssen vor dem Start ergänzt werden.

Techpaten bringt kleine Organisationen – Kitas, Schulen, WGs, Vereine, Initiativen – mit ehrenamtlichen Admins zusammen. Dafür speichern wir so wenig wie möglich. Hier steht, was genau, wozu, wie lange und welche Rechte Sie haben.

## Verantwortlich

[Name des Betreibers]\\
[Anschrift]\\
E-Mail: [Datenschutz-Kontaktadresse]\\
Datenschutzbeauftragte/r: [falls benannt: Name und Kontakt; sonst diese Zeile löschen]

## Was wir speichern

**Ihr Konto:** E-Mail-Adresse, Ihr Name (freiwillig), Ihre Sprache, ob die E-Mail-Adresse bestätigt ist, und Ihr Passwort – nur als Hash (Argon2), nie im Klartext. Dazu der Zeitpunkt der Registrierung und der letzten Anmeldung.

**Ihr Helferprofil** (wenn Sie eines anlegen): Anzeigename, Beschreibung, Fähigkeiten, Sparten, Postleitzahl, Umkreis, ob Sie aus der Ferne helfen, Stunden im Monat und ob Ihr Profil sichtbar ist. Aus der Postleitzahl berechnen wir den Mittelpunkt des PLZ-Gebiets, um Entfernungen zu schätzen; Ihre genaue Adresse kennen wir nicht. Ein verborgenes Profil erscheint in keiner Liste; Organisationen, denen Sie Hilfe anbieten, sehen es trotzdem.

**Organisationen:** Name, Sparte, Beschreibung, Postleitzahl und Ort sind öffentlich. Die Kontaktdaten (E-Mail, Telefon, Postanschrift) sehen nur die Mitglieder der Organisation, das Plattform-Team und Ehrenamtliche, deren Hilfsangebot angenommen wurde. Dazu speichern wir, wer Mitglied ist und mit welcher Rolle, sowie Einladungen (E-Mail-Adresse der eingeladenen Person; der Link gilt 14 Tage).

**Gesuche:** Titel, Beschreibung, Anwendungsfälle, Aufwand, Budget und Status. Veröffentlichte Gesuche sind öffentlich sichtbar, zusammen mit Name, Sparte, PLZ und Ort der Organisation. Entwürfe sehen nur die Mitglieder.

**Hilfsangebote:** Ihre Nachricht, die angebotenen Stunden, der Status und die Antwort der Organisation. Ein Angebot sehen nur Sie und die Mitglieder der Organisation.

**Nachrichten:** Was Sie im Gespräch zu einem Hilfsangebot schreiben, sehen nur die Ehrenamtliche bzw. der Ehrenamtliche und die Mitglieder der Organisation. Nachrichten verschicken wir nie per E-Mail; die Benachrichtigung enthält nur einen Link.

**Ausgehende E-Mails:** Benachrichtigungen (z. B. „neues Hilfsangebot“) legen wir in eine Warteschlange, damit keine verloren geht, wenn der Mailserver kurz nicht erreichbar ist. Betreff und Text werden gelöscht, sobald die E-Mail versandt ist. Übrig bleibt ein Versandeintrag ohne Inhalt (Empfängeradresse, Art der E-Mail, Sprache, Zeitpunkt, Status).

**Server-Protokolle:** Beim Aufruf jeder Seite verarbeitet der Webserver Ihre IP-Adresse, Zeitpunkt, aufgerufene Adresse, Statuscode und die Kennung Ihres Browsers. Die Anwendung selbst protokolliert nur technische Fehler, ohne Inhalte von Nachrichten oder E-Mails.

## Wozu und auf welcher Rechtsgrundlage

- Konto, Profil, Organisationen, Gesuche, Angebote, Nachrichten und Benachrichtigungen: um die Plattform für Sie zu betreiben – Gesuche veröffentlichen, passende Hilfe finden, Angebote beantworten, miteinander sprechen. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Nutzungsvertrag). Ohne E-Mail-Adresse und Passwort können wir Ihnen kein Konto anbieten; alle anderen Angaben sind freiwillig.
- Server-Protokolle: um Angriffe und Missbrauch zu erkennen und Fehler zu beheben. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse ist ein sicherer, funktionierender Betrieb.
- Die Liste „Gesuche für Sie“ sortiert Gesuche nach Fähigkeiten und Entfernung. Das ist ein Vorschlag, keine automatisierte Entscheidung im Sinne von Art. 22 DSGVO.

## Empfänger

Wir geben keine Daten an Dritte weiter und verkaufen nichts. Es gibt keine Werbung, kein Tracking, keine Analyse-Dienste, keine Schriftarten, Skripte oder Bilder von fremden Servern (keine CDNs). Technische Dienstleister arbeiten nur in unserem Auftrag nach Art. 28 DSGVO: [Hosting-Anbieter und ggf. E-Mail-Versanddienst mit Sitz eintragen]. Eine Übermittlung in Länder außerhalb der EU findet nicht statt [prüfen und anpassen].

## Cookies

Wir setzen nur Cookies, die für die Plattform nötig sind, und keine zur Wiedererkennung über andere Seiten hinweg:

- `sessionid` – hält Sie angemeldet; läuft nach 14 Tagen ab oder wenn Sie sich abmelden.
- `csrftoken` – schützt Formulare vor Missbrauch durch fremde Seiten.
- `django_language` – merkt sich die gewählte Sprache, nur wenn Sie sie umschalten; wird beim Schließen des Browsers gelöscht.
- `messages` – zeigt nach einer Aktion einen kurzen Hinweis an („Gespeichert“) und wird danach gelöscht.

Dafür brauchen wir keine Einwilligung (§ 25 Abs. 2 Nr. 2 TDDDG).

## Wie lange wir speichern

- Konto, Helferprofil und Mitgliedschaften: bis Sie Ihr Konto löschen.
- Organisationen und ihre Gesuche: bis die Organisation oder das Gesuch gelöscht wird. Geschlossene Gesuche bleiben für die Mitglieder sichtbar, bis sie gelöscht werden.
- Hilfsangebote: Ein unbeantwortetes Angebot läuft nach 14 Tagen ab. Angebote und die Gespräche dazu bleiben für beide Seiten sichtbar, bis das Konto der oder des Ehrenamtlichen, das Gesuch oder die Organisation gelöscht wird.
- Wenn Sie Ihr Konto löschen, löschen wir Ihr Konto, Ihr Helferprofil, Ihre Mitgliedschaften und Ihre eigenen Hilfsangebote samt der Gespräche dazu. Nachrichten, die Sie als Mitglied einer Organisation geschrieben haben, bleiben für die Gesprächspartner lesbar, aber ohne Ihren Namen.
- Einladungen: Der Link gilt 14 Tage.
- Ausgehende E-Mails: Betreff und Text werden direkt nach dem Versand gelöscht. Versandeinträge ohne Inhalt löschen wir nach 90 Tagen.
- Server-Protokolle des Webservers: [Frist eintragen, z. B. 7 Tage].

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch gegen Verarbeitungen auf Grundlage berechtigter Interessen (Art. 21). Vieles können Sie selbst erledigen: Angaben ändern Sie in Ihrem Bereich, Ihr Konto löschen Sie in den Kontoeinstellungen oder per E-Mail an uns. Wir stützen keine Verarbeitung auf eine Einwilligung; sollten Sie uns doch einmal eine Einwilligung geben, können Sie sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).

Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), zum Beispiel bei der Behörde Ihres Bundeslandes oder der für uns zuständigen: [zuständige Aufsichtsbehörde mit Anschrift eintragen].

## Kontakt

Fragen zum Datenschutz beantworten wir gern: [Datenschutz-Kontaktadresse].
"""

PRIVACY_EN = """\
> **Note for the operator:** details in square brackets depend on your operation and must be filled in before the launch.

Techpaten brings small organisations – day-care centres, schools, shared flats, associations, initiatives – together with volunteer administrators. We store as little as we can. This page says what exactly, why, for how long, and which rights you have.

## Controller

[Operator's name]\\
[Address]\\
E-mail: [privacy contact address]\\
Data protection officer: [if appointed: name and contact; otherwise delete this line]

## What we store

**Your account:** e-mail address, your name (optional), your language, whether the e-mail address is confirmed, and your password – only as a hash (Argon2), never in plain text. Also when you signed up and last logged in.

**Your volunteer profile** (if you create one): display name, description, skills, sectors, postcode, travel radius, whether you help remotely, hours per month, and whether your profile is visible. From the postcode we take the centre of the postcode area to estimate distances; we do not know your exact address. A hidden profile appears in no listing; organisations you offer help to still see it.

**Organisations:** name, sector, description, postcode and town are public. The contact details (e-mail, phone, postal address) are shown only to the organisation's members, the platform team and volunteers whose offer was accepted. We also store who is a member and in which role, and invitations (the invited person's e-mail address; the link works for 14 days).

**Needs:** title, description, use cases, effort, budget and status. Published needs are public, together with the organisation's name, sector, postcode and town. Drafts are seen by the members only.

**Offers:** your message, the hours you offer, the status and the organisation's answer. Only you and the organisation's members see an offer.

**Messages:** what you write in the conversation about an offer is seen only by the volunteer and the organisation's members. We never send messages by e-mail; the notification contains only a link.

**Outgoing e-mail:** notifications (e.g. "new offer") wait in a queue so that none is lost when the mail server is briefly unreachable. Subject and text are deleted as soon as the e-mail has been sent. What remains is a delivery record without content (recipient address, kind of e-mail, language, time, status).

**Server logs:** for every page request the web server processes your IP address, the time, the address requested, the status code and your browser's identifier. The application itself logs only technical errors, without the content of messages or e-mails.

## Purposes and legal bases

- Account, profile, organisations, needs, offers, messages and notifications: to run the platform for you – publish needs, find fitting help, answer offers, talk to each other. The legal basis is Art. 6(1)(b) GDPR (the contract for using the platform). Without an e-mail address and a password we cannot offer you an account; everything else is optional.
- Server logs: to detect attacks and abuse and to fix errors. The legal basis is Art. 6(1)(f) GDPR; our legitimate interest is a secure, working service.
- The "Needs for you" list sorts needs by skills and distance. It is a suggestion, not an automated decision within the meaning of Art. 22 GDPR.

## Recipients

We pass no data to third parties and sell nothing. There is no advertising, no tracking, no analytics, and no fonts, scripts or images from other servers (no CDNs). Technical service providers work only on our behalf under Art. 28 GDPR: [hosting provider and, if used, e-mail delivery service, with their location]. No data is transferred to countries outside the EU [check and adjust].

## Cookies

We set only the cookies the platform needs, none that recognise you across other sites:

- `sessionid` – keeps you logged in; expires after 14 days or when you log out.
- `csrftoken` – protects forms against misuse by other sites.
- `django_language` – remembers the language you chose, only when you switch it; deleted when you close the browser.
- `messages` – shows a short notice after an action ("Saved") and is deleted afterwards.

These need no consent (§ 25(2) no. 2 TDDDG).

## How long we keep data

- Account, volunteer profile and memberships: until you delete your account.
- Organisations and their needs: until the organisation or the need is deleted. Closed needs stay visible to the members until they are deleted.
- Offers: an unanswered offer expires after 14 days. Offers and their conversations stay visible to both sides until the volunteer's account, the need or the organisation is deleted.
- When you delete your account, we delete your account, your volunteer profile, your memberships and your own offers with their conversations. Messages you wrote as a member of an organisation stay readable for the other side, but without your name.
- Invitations: the link works for 14 days.
- Outgoing e-mail: subject and text are deleted right after sending. Delivery records without content are deleted after 90 days.
- Web server logs: [retention period, e.g. 7 days].

## Your rights

You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object to processing based on legitimate interests (Art. 21). Much of this you can do yourself: change your details in your area, delete your account in the account settings or by e-mail to us. We base no processing on consent; should you ever give us consent, you can withdraw it at any time for the future (Art. 7(3) GDPR).

You can lodge a complaint with a data protection supervisory authority (Art. 77 GDPR), for example the authority of your federal state or the one responsible for us: [competent supervisory authority with address].

## Contact

We are glad to answer questions about data protection: [privacy contact address].
"""

PAGES = {
    "imprint": {"title_de": "Impressum", "title_en": "Imprint", "body_de": IMPRINT_DE, "body_en": IMPRINT_EN},
    "privacy": {
        "title_de": "Datenschutzerklärung",
        "title_en": "Privacy notice",
        "body_de": PRIVACY_DE,
        "body_en": PRIVACY_EN,
    },
}


def load(apps: object) -> None:
    page_model = apps.get_model("core", "Page")  # type: ignore[attr-defined]
    for slug, fields in PAGES.items():
        page_model.objects.update_or_create(slug=slug, defaults=fields)
