"""Default texts of the editable pages; staff change them in the admin afterwards.

The privacy notice describes what this software actually stores and for how long. Everything that depends on the
operator (name, address, hoster, log retention of the web server, supervisory authority) is a clearly marked
placeholder in square brackets. Keep the text in step with the code when either changes.
"""

# ruff: noqa: E501, RUF001 - long Markdown lines and German typography are meant as written

from __future__ import annotations

import hashlib

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

**Ihr Konto:** E-Mail-Adresse, Ihr Name (freiwillig), Ihre Sprache, ob die E-Mail-Adresse bestätigt ist, und Ihr Passwort – nur als Hash (Argon2), nie im Klartext. Dazu der Zeitpunkt der Registrierung und der letzten Anmeldung. Wenn Sie einen zweiten Faktor einrichten: den geheimen Schlüssel Ihrer Authenticator-App, den öffentlichen Schlüssel und den Namen Ihres Passkeys oder Sicherheitsschlüssels, Ihre Wiederherstellungscodes und wann diese zuletzt benutzt wurden.

**Ihre Anmeldung:** Solange Sie angemeldet sind, speichern wir eine Sitzung in der Datenbank: welches Konto, wann und wie Sie sich angemeldet haben und wann Sie zuletzt aktiv waren.

**Ihr Helferprofil** (wenn Sie eines anlegen): Anzeigename, Beschreibung, Fähigkeiten, Sparten, Postleitzahl, Umkreis, ob Sie aus der Ferne helfen, Stunden im Monat und ob Ihr Profil sichtbar ist. Aus der Postleitzahl berechnen wir den Mittelpunkt des PLZ-Gebiets, um Entfernungen zu schätzen; Ihre genaue Adresse kennen wir nicht. Ein verborgenes Profil erscheint in keiner Liste; Organisationen, denen Sie Hilfe anbieten, sehen es trotzdem.

**Organisationen:** Name, Sparte, Beschreibung, Postleitzahl und Ort sind öffentlich. Die Kontaktdaten (E-Mail, Telefon, Postanschrift) sehen nur die Mitglieder der Organisation, das Plattform-Team und Ehrenamtliche, deren Hilfsangebot angenommen wurde. Dazu speichern wir, wer Mitglied ist und mit welcher Rolle, sowie Einladungen (E-Mail-Adresse der eingeladenen Person und Rolle).

**Gesuche:** Titel, Beschreibung, Anwendungsfälle, Aufwand, Budget und Status. Veröffentlichte Gesuche sind öffentlich sichtbar, zusammen mit Name, Sparte, PLZ und Ort der Organisation. Entwürfe sehen nur die Mitglieder.

**Hilfsangebote:** Ihre Nachricht, die angebotenen Stunden, der Status und die Antwort der Organisation. Ein Angebot sehen nur Sie und die Mitglieder der Organisation.

**Nachrichten:** Was Sie im Gespräch zu einem Hilfsangebot schreiben, sehen nur die Ehrenamtliche bzw. der Ehrenamtliche und die Mitglieder der Organisation. Nachrichten verschicken wir nie per E-Mail; die Benachrichtigung enthält nur einen Link.

**Ausgehende E-Mails:** Benachrichtigungen (z. B. „neues Hilfsangebot“) legen wir in eine Warteschlange, damit keine verloren geht, wenn der Mailserver kurz nicht erreichbar ist. Betreff und Text werden gelöscht, sobald die E-Mail versandt ist. Übrig bleibt ein Versandeintrag ohne Inhalt (Empfängeradresse, Art der E-Mail, Sprache, Zeitpunkt, Status).

**Schutz vor Missbrauch:** Um Konten vor Angriffen zu schützen, zählen wir Anmeldeversuche, Registrierungen und E-Mails zum Bestätigen oder Zurücksetzen je IP-Adresse und je E-Mail-Adresse. Die Zähler liegen in unserer Datenbank; IP-Adresse und E-Mail-Adresse stehen darin nicht im Klartext, sondern nur als Hashwert, der mit einem geheimen Schlüssel gebildet wird. Ein Zähler verfällt nach spätestens einem Tag, und der tägliche Löschlauf entfernt ihn; nach spätestens zwei Tagen ist er gelöscht. Macht jemand ohne Konto eine Zusage zu den Kosten einer Organisation, speichern wir einen solchen Hashwert seiner IP-Adresse, um Missbrauch zu begrenzen; wir brauchen ihn eine Stunde lang und löschen ihn spätestens am folgenden Tag. Wie viele Hilfsangebote und Nachrichten Sie in der letzten Stunde geschickt haben, ermitteln wir aus den Angeboten und Nachrichten selbst; dafür speichern wir nichts zusätzlich.

**Protokolle:** Beim Aufruf jeder Seite verarbeitet der Webserver Ihre IP-Adresse, Zeitpunkt, aufgerufene Adresse, Statuscode und die Kennung Ihres Browsers. Die Anwendung protokolliert Sicherheitsereignisse – Anmeldungen, fehlgeschlagene Anmeldungen, verweigerte Zugriffe, Sperren wegen zu vieler Versuche, Änderungen durch das Plattform-Team, Kontolöschungen – mit Zeitpunkt (UTC), Art des Ereignisses, der Nummer des Kontos und der IP-Adresse; nie Passwörter, Codes, E-Mail-Adressen, Namen oder Inhalte von Nachrichten.

**Löschprotokoll:** Wenn wir ein Konto löschen oder vor der Löschung warnen, vermerken wir das ohne personenbezogene Daten: Zeitpunkt, Anlass (eigener Wunsch, unbenutztes Konto, nicht bestätigte Registrierung), wie viele Einträge gelöscht oder anonymisiert wurden, und eine Kennung, die sich ohne unseren geheimen Schlüssel niemandem zuordnen lässt. So können wir nachweisen, dass gelöscht wurde.

## Wozu und auf welcher Rechtsgrundlage

- Konto, Profil, Organisationen, Gesuche, Angebote, Nachrichten und Benachrichtigungen: um die Plattform für Sie zu betreiben – Gesuche veröffentlichen, passende Hilfe finden, Angebote beantworten, miteinander sprechen. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO (Nutzungsvertrag). Ohne E-Mail-Adresse und Passwort können wir Ihnen kein Konto anbieten; alle anderen Angaben sind freiwillig.
- Protokolle, Schutz vor Missbrauch und Löschprotokoll: um Angriffe und Missbrauch zu erkennen, Fehler zu beheben und Löschungen nachweisen zu können. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse ist ein sicherer, funktionierender Betrieb.
- Die Liste „Gesuche für Sie“ sortiert Gesuche nach Fähigkeiten und Entfernung. Das ist ein Vorschlag, keine automatisierte Entscheidung im Sinne von Art. 22 DSGVO.

## Empfänger

Wir geben keine Daten an Dritte weiter und verkaufen nichts. Es gibt keine Werbung, kein Tracking, keine Analyse-Dienste, keine Schriftarten, Skripte oder Bilder von fremden Servern (keine CDNs). Technische Dienstleister arbeiten nur in unserem Auftrag nach Art. 28 DSGVO: [Hosting-Anbieter und ggf. E-Mail-Versanddienst mit Sitz eintragen]. Eine Übermittlung in Länder außerhalb der EU findet nicht statt [prüfen und anpassen].

## Cookies

Wir setzen nur Cookies, die für die Plattform nötig sind, und keine zur Wiedererkennung über andere Seiten hinweg:

- `__Host-sessionid` – hält Sie angemeldet; endet nach 8 Stunden ohne Aktivität, spätestens 7 Tage nach der Anmeldung, oder wenn Sie sich abmelden.
- `__Host-csrftoken` – schützt Formulare vor Missbrauch durch fremde Seiten. Der Vorsatz `__Host-` sorgt dafür, dass der Browser beide Cookies nur über HTTPS und nur für genau diese Adresse annimmt.
- `django_language` – merkt sich die gewählte Sprache, nur wenn Sie sie umschalten; wird beim Schließen des Browsers gelöscht.
- `messages` – zeigt nach einer Aktion einen kurzen Hinweis an („Gespeichert“) und wird danach gelöscht.

Dafür brauchen wir keine Einwilligung (§ 25 Abs. 2 Nr. 2 TDDDG).

## Wie lange wir speichern

Was abgelaufen ist, löschen wir automatisch bei einem täglichen Lauf.

- **Konto, Helferprofil und Mitgliedschaften:** bis Sie Ihr Konto löschen (siehe unten).
- **Nicht bestätigte Registrierungen:** Wird die E-Mail-Adresse nicht bestätigt, löschen wir das Konto nach 7 Tagen.
- **Unbenutzte Konten:** Haben Sie sich 24 Monate lang nicht angemeldet, schreiben wir Ihnen eine E-Mail. Melden Sie sich nicht innerhalb von 30 Tagen danach an, löschen wir Ihr Konto wie unten beschrieben. Ausgenommen sind Konten des Plattform-Teams.
- **Sitzungen:** 8 Stunden nach Ihrer letzten Aktivität, spätestens 7 Tage nach der Anmeldung, oder sobald Sie sich abmelden.
- **Organisationen und ihre Gesuche:** solange die Organisation besteht. Löscht ihr letztes Mitglied sein Konto, löschen wir die Organisation mit allem, was zu ihr gehört. Entwürfe von Gesuchen, die 12 Monate lang nicht bearbeitet wurden, löschen wir.
- **Hilfsangebote und Gespräche:** Ein unbeantwortetes Angebot läuft nach 14 Tagen ab. Angebote, die abgelaufen, zurückgezogen oder abgelehnt sind oder deren Gesuch geschlossen wurde, löschen wir samt Gespräch 180 Tage nach der letzten Aktivität (Absenden, Antwort, Ablauf, letzte Nachricht). Angenommene Angebote und ihre Gespräche bleiben, solange das Gesuch besteht.
- **Einladungen:** Der Link gilt 14 Tage. Die Einladung löschen wir 30 Tage, nachdem sie angenommen wurde oder abgelaufen ist.
- **Ausgehende E-Mails:** Betreff und Text löschen wir direkt nach dem Versand. Versandeinträge ohne Inhalt löschen wir nach 90 Tagen, ebenso E-Mails, die sich endgültig nicht zustellen ließen.
- **Sicherheitsprotokoll der Anwendung:** 14 Tage. Protokolle des Webservers: [Frist eintragen, z. B. 7 Tage].
- **Löschprotokoll** (ohne personenbezogene Daten): 3 Jahre.
- **Datensicherungen:** [Frist eintragen, z. B. 30 Tage]. So lange können gelöschte Daten noch in einer Sicherung enthalten sein.

## Wenn Sie Ihr Konto löschen

Sie löschen Ihr Konto selbst in den Kontoeinstellungen („Mein Konto löschen“); vorher fragen wir noch einmal nach Ihrem Passwort.

- Wir löschen Ihr Konto, Ihre E-Mail-Adressen und zweiten Faktoren, Ihr Helferprofil, Ihre Mitgliedschaften, Einladungen an Ihre Adresse und die E-Mails an Sie, und wir beenden alle Ihre Sitzungen.
- Hilfsangebote, die auf eine Antwort warten oder angenommen sind, ziehen wir zurück; die Organisation erfährt es.
- Was andere noch brauchen, bleibt ohne Ihren Namen: Ihre Nachrichten und Angebote bleiben in den Gesprächen lesbar, als „gelöschtes Konto“, so lange wie das jeweilige Gespräch (siehe oben). Gesuche, die Sie geschrieben haben, bleiben bei ihrer Organisation.
- Ist Ihre Anmeldeadresse zugleich die Kontaktadresse einer Organisation, entfernen wir sie dort.
- Sind Sie das einzige Mitglied einer Organisation, löschen wir die Organisation mit ihren Gesuchen, den Angeboten und Gesprächen dazu und ihrer Patenschaft (gemeldete Stunden, Betriebshandbuch, Kostenposten, erstellte Dokumente). Was wegfällt, zeigen wir Ihnen vorher; die Ehrenamtlichen ihres Teams benachrichtigen wir per E-Mail. Soll die Organisation weiter bestehen, laden Sie vorher jemanden als Admin ein, zum Beispiel aus dem Team. Sind Sie die einzige Admin-Person einer Organisation mit weiteren Mitgliedern, laden Sie bitte zuerst eine weitere Admin-Person ein. Löschen wir ein unbenutztes Konto, wird stattdessen das am längsten dabei gewesene Mitglied Admin.

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch gegen Verarbeitungen auf Grundlage berechtigter Interessen (Art. 21). Vieles können Sie selbst erledigen: Unter „Meine Daten“ in den Kontoeinstellungen sehen Sie alles, was wir über Sie speichern, und laden es als JSON-Datei herunter. Angaben ändern Sie in Ihrem Bereich, Ihr Konto löschen Sie in den Kontoeinstellungen oder per E-Mail an uns. Wir stützen keine Verarbeitung auf eine Einwilligung; sollten Sie uns doch einmal eine Einwilligung geben, können Sie sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).

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

**Your account:** e-mail address, your name (optional), your language, whether the e-mail address is confirmed, and your password – only as a hash (Argon2), never in plain text. Also when you signed up and last logged in. If you set up a second factor: the secret key of your authenticator app, the public key and the name of your passkey or security key, your recovery codes, and when they were last used.

**Your login:** while you are logged in, we keep a session in the database: which account, when and how you logged in, and when you were last active.

**Your volunteer profile** (if you create one): display name, description, skills, sectors, postcode, travel radius, whether you help remotely, hours per month, and whether your profile is visible. From the postcode we take the centre of the postcode area to estimate distances; we do not know your exact address. A hidden profile appears in no listing; organisations you offer help to still see it.

**Organisations:** name, sector, description, postcode and town are public. The contact details (e-mail, phone, postal address) are shown only to the organisation's members, the platform team and volunteers whose offer was accepted. We also store who is a member and in which role, and invitations (the invited person's e-mail address and role).

**Needs:** title, description, use cases, effort, budget and status. Published needs are public, together with the organisation's name, sector, postcode and town. Drafts are seen by the members only.

**Offers:** your message, the hours you offer, the status and the organisation's answer. Only you and the organisation's members see an offer.

**Messages:** what you write in the conversation about an offer is seen only by the volunteer and the organisation's members. We never send messages by e-mail; the notification contains only a link.

**Outgoing e-mail:** notifications (e.g. "new offer") wait in a queue so that none is lost when the mail server is briefly unreachable. Subject and text are deleted as soon as the e-mail has been sent. What remains is a delivery record without content (recipient address, kind of e-mail, language, time, status).

**Protection against abuse:** to protect accounts against attacks, we count login attempts, sign-ups and e-mails for confirming or resetting per IP address and per e-mail address. The counters are kept in our database; the IP address and the e-mail address are not stored in plain text there, only as a hash made with a secret key. A counter expires after one day at the most and the daily run removes it; it is gone after two days at the latest. When someone without an account pledges towards an organisation's costs, we keep such a hash of their IP address to limit abuse; we need it for one hour and delete it by the following day at the latest. How many offers and messages you sent in the last hour we work out from the offers and messages themselves; nothing extra is stored for it.

**Logs:** for every page request the web server processes your IP address, the time, the address requested, the status code and your browser's identifier. The application logs security events – logins, failed logins, denied access, blocks after too many attempts, changes by the platform team, account deletions – with the time (UTC), the kind of event, the account's number and the IP address; never passwords, codes, e-mail addresses, names or the content of messages.

**Deletion record:** when we delete an account or warn before deleting it, we note this without personal data: the time, the reason (your own wish, unused account, unconfirmed sign-up), how many records were deleted or anonymised, and an identifier that cannot be linked to anybody without our secret key. This lets us prove that data was deleted.

## Purposes and legal bases

- Account, profile, organisations, needs, offers, messages and notifications: to run the platform for you – publish needs, find fitting help, answer offers, talk to each other. The legal basis is Art. 6(1)(b) GDPR (the contract for using the platform). Without an e-mail address and a password we cannot offer you an account; everything else is optional.
- Logs, protection against abuse and the deletion record: to detect attacks and abuse, to fix errors and to be able to prove deletions. The legal basis is Art. 6(1)(f) GDPR; our legitimate interest is a secure, working service.
- The "Needs for you" list sorts needs by skills and distance. It is a suggestion, not an automated decision within the meaning of Art. 22 GDPR.

## Recipients

We pass no data to third parties and sell nothing. There is no advertising, no tracking, no analytics, and no fonts, scripts or images from other servers (no CDNs). Technical service providers work only on our behalf under Art. 28 GDPR: [hosting provider and, if used, e-mail delivery service, with their location]. No data is transferred to countries outside the EU [check and adjust].

## Cookies

We set only the cookies the platform needs, none that recognise you across other sites:

- `__Host-sessionid` – keeps you logged in; ends after 8 hours without activity, 7 days after login at the latest, or when you log out.
- `__Host-csrftoken` – protects forms against misuse by other sites. The prefix `__Host-` makes the browser accept both cookies only over HTTPS and only for exactly this address.
- `django_language` – remembers the language you chose, only when you switch it; deleted when you close the browser.
- `messages` – shows a short notice after an action ("Saved") and is deleted afterwards.

These need no consent (§ 25(2) no. 2 TDDDG).

## How long we keep data

What has expired is deleted automatically by a daily run.

- **Account, volunteer profile and memberships:** until you delete your account (see below).
- **Unconfirmed sign-ups:** if the e-mail address is not confirmed, we delete the account after 7 days.
- **Unused accounts:** if you have not logged in for 24 months, we send you an e-mail. If you do not log in within 30 days after it, we delete your account as described below. Accounts of the platform team are exempt.
- **Sessions:** 8 hours after your last activity, 7 days after login at the latest, or as soon as you log out.
- **Organisations and their needs:** as long as the organisation exists. When its last member deletes their account, we delete the organisation with everything that belongs to it. Drafts of needs not edited for 12 months are deleted.
- **Offers and conversations:** an unanswered offer expires after 14 days. Offers that expired, were withdrawn or declined, or whose need was closed are deleted with their conversation 180 days after the last activity (sending, answer, expiry, last message). Accepted offers and their conversations stay as long as the need exists.
- **Invitations:** the link works for 14 days. We delete the invitation 30 days after it was accepted or expired.
- **Outgoing e-mail:** subject and text are deleted right after sending. Delivery records without content are deleted after 90 days, as are e-mails that could not be delivered for good.
- **The application's security log:** 14 days. Web server logs: [retention period, e.g. 7 days].
- **Deletion record** (no personal data): 3 years.
- **Backups:** [retention period, e.g. 30 days]. Until then, deleted data may still be contained in a backup.

## When you delete your account

You delete your account yourself in the account settings ("Delete my account"); we ask for your password once more first.

- We delete your account, your e-mail addresses and second factors, your volunteer profile, your memberships, invitations to your address and the e-mails to you, and we end all your sessions.
- Your offers that are waiting for an answer or were accepted are withdrawn; the organisation is told.
- What others still need stays, without your name: your messages and offers remain readable in the conversations, as "deleted user", as long as the conversation itself (see above). Needs you wrote stay with their organisation.
- If your login address is also an organisation's contact address, we remove it there.
- If you are the only member of an organisation, we delete the organisation with its needs, the offers and conversations about them, and its engagement (hours reported, service inventory, cost items, generated documents). We show you beforehand what goes, and tell the volunteers of its team by e-mail. If the organisation should go on, invite someone as admin first, for example from the team. If you are the only admin of an organisation with other members, please invite another admin first. When we delete an unused account, the longest-standing member becomes admin instead.

## Your rights

You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object to processing based on legitimate interests (Art. 21). Much of this you can do yourself: under "My data" in the account settings you see everything we store about you and can download it as a JSON file. You change your details in your area, and delete your account in the account settings or by e-mail to us. We base no processing on consent; should you ever give us consent, you can withdraw it at any time for the future (Art. 7(3) GDPR).

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


def fingerprint(text: str) -> str:
    """A hash of a text that ignores line endings and trailing spaces (the admin's textarea sends CRLF)."""
    normal = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


# Fingerprints of earlier default privacy notices. A page still showing one of them was never edited by staff and is
# safe to replace with the current text; an edited page (placeholders filled in) is left alone for staff to update.
# When the default text changes, add the old text's fingerprint here and a migration that calls `update_privacy`.
FORMER_PRIVACY_DE = frozenset(
    {
        "1c59dd647b4cf2b707f291441b8811c624bdaff68a9d236e39babaa75a2d193b",
        "9a39a5fd099f5ccf20533f52583597f9b361e96551e6fbfcf64f54194715fc5e",  # before issue 10
    }
)
FORMER_PRIVACY_EN = frozenset(
    {
        "a89df042a90351ca55a1f883f44214542c1d0414ab85c30411c2824e5a9a0c07",
        "350c18a28e784417b0f2fcebbfe3c9d89f7be00157fee3b984d8dd8997e95f02",  # before issue 10
    }
)


def update_privacy(apps: object) -> None:
    page_model = apps.get_model("core", "Page")  # type: ignore[attr-defined]
    page = page_model.objects.filter(slug="privacy").first()
    if page is None:  # deleted by staff: bring the notice back, leave the other pages alone
        page_model.objects.create(slug="privacy", **PAGES["privacy"])
        return
    changed = []
    for field, former, current in (
        ("body_de", FORMER_PRIVACY_DE, PRIVACY_DE),
        ("body_en", FORMER_PRIVACY_EN, PRIVACY_EN),
    ):
        if fingerprint(getattr(page, field)) in former:
            setattr(page, field, current)
            changed.append(field)
    if changed:
        page.save(update_fields=[*changed, "updated_at"])
