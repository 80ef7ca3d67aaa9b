"""Worked case: shared files in a WG: the household exemption (Art. 2(2)(c) GDPR) and when it ends.

Recital 18 names correspondence and the holding of addresses as household activities: other people's contact details
in a shared address book do not end the exemption. Publication to an indefinite number of people (CJEU C-101/01
Lindqvist), reaching into public space (C-212/13 Ryneš) or processing that is not purely personal do. An outside
helper who provides the means is bound by the GDPR, but the household stays exempt (Recital 18, last sentence).

The `exempt` requirements show while the WG stays private; once it goes beyond that, they drop out and the
`not_exempt` requirements of the whole library apply.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DOCUMENT,
    DSK_KP16,
    ERWG_18,
    EXEMPT,
    HOSTED,
    LINDQVIST,
    MUST,
    NOT_EXEMPT,
    ORGANISATIONAL,
    RYNES,
    SHOULD,
    WIBA,
    Req,
    bsi,
)

NO_DUTY = "Art. 2 Abs. 2 lit. c DSGVO (Empfehlung, keine gesetzliche Pflicht)"

REQUIREMENTS = [
    Req(
        code="wg-household-exemption-r2",
        replaces=("wg-household-exemption",),
        level=SHOULD,
        title_de="Haushaltsausnahme: wann die DSGVO für Ihre WG nicht gilt – und wann doch",
        title_en="Household exemption: when the GDPR does not apply to your flat – and when it does",
        text_de=(
            "Nutzt eine WG einen Dienst für ihr eigenes privates Leben (gemeinsame Dateien, Haushaltskasse, Putzplan, "
            "ein gemeinsames Adressbuch), greift die Haushaltsausnahme (Art. 2 Abs. 2 lit. c DSGVO): Die DSGVO gilt "
            "nicht. Nach Erwägungsgrund 18 gehören auch Korrespondenz und das Führen von Anschriften dazu – Kontakte "
            "von Freunden, Familie oder Vermieter im Adressbuch beenden die Ausnahme also nicht. Sie endet erst, wenn "
            "(1) Inhalte einem unbestimmten Personenkreis zugänglich gemacht werden, etwa auf einer öffentlichen "
            "Webseite (EuGH, Urteil vom 06.11.2003 – C-101/01, Lindqvist), (2) der Dienst in den öffentlichen Raum "
            "hineinreicht, etwa eine Kamera, die die Straße erfasst (EuGH, Urteil vom 11.12.2014 – C-212/13, Ryneš), "
            "oder (3) der Dienst nicht mehr rein privat genutzt wird, etwa für einen Verein oder ein Gewerbe. Hilft "
            "jemand von außerhalb der WG, ist diese Person für die Mittel, die sie bereitstellt, an die DSGVO "
            "gebunden – die WG bleibt trotzdem ausgenommen (Erwägungsgrund 18, letzter Satz). Beantworten Sie auf der "
            "Plattform die Frage, ob der Dienst über das private Leben hinausgeht, und prüfen Sie es bei jeder "
            "Änderung neu."
        ),
        text_en=(
            "If a shared flat uses a service for its own private life (shared files, household budget, cleaning rota, "
            "a shared address book), the household exemption applies (Art. 2(2)(c) GDPR): the GDPR does not apply. "
            "Recital 18 counts correspondence and the holding of addresses among household activities – contacts of "
            "friends, family or the landlord in the address book therefore do not end the exemption. It ends only "
            "when (1) content is made available to an indefinite number of people, e.g. on a public website (CJEU, "
            "judgment of 6 November 2003 – C-101/01, Lindqvist), (2) the service reaches into public space, e.g. a "
            "camera covering the street (CJEU, judgment of 11 December 2014 – C-212/13, Ryneš), or (3) the service is "
            "no longer used purely privately, e.g. for a club or a business. If someone from outside the flat helps, "
            "they are bound by the GDPR for the means they provide – the flat still stays exempt (Recital 18, last "
            "sentence). Answer the platform's question whether the service goes beyond private life, and check again "
            "at every change."
        ),
        legal_basis="Art. 2 Abs. 2 lit. c DSGVO; ErwG 18",
        sources=(ERWG_18, LINDQVIST, RYNES),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Kurze Notiz: wer zur WG gehört, wofür der Dienst genutzt wird, Datum der letzten Prüfung.",
        evidence_en="A short note: who belongs to the flat, what the service is used for, date of the last check.",
        sectors=("wg",),
        household=EXEMPT,
    ),
    Req(
        code="wg-outside-helper",
        level=SHOULD,
        title_de="Helfende von außerhalb: an die DSGVO gebunden, kein AVV für die WG",
        title_en="Helpers from outside: bound by the GDPR, no AVV for the flat",
        text_de=(
            "Betreut jemand von außerhalb der WG den Dienst oder stellt den Server bereit, gilt die DSGVO für diese "
            "Person, soweit sie die Mittel bereitstellt (Erwägungsgrund 18, letzter Satz). Die WG selbst bleibt von "
            "der DSGVO ausgenommen und muss deshalb keinen Auftragsverarbeitungsvertrag schließen. Empfohlen ist eine "
            "kurze schriftliche Absprache: was die Person darf, dass sie nicht ohne Anlass in Dateien schaut, wer ihre "
            "Zugänge kennt und wie sie beim Ende der Hilfe zurückgegeben werden."
        ),
        text_en=(
            "If someone from outside the flat looks after the service or provides the server, the GDPR applies to "
            "them insofar as they provide the means (Recital 18, last sentence). The flat itself stays outside the "
            "GDPR and therefore need not conclude a data processing agreement. A short written agreement is "
            "recommended: what the person may do, that they do not look into files without reason, who knows their "
            "access and how it is handed back when the help ends."
        ),
        legal_basis=NO_DUTY,
        sources=(ERWG_18,),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Die Absprache mit der Person von außerhalb, mit Datum.",
        evidence_en="The agreement with the person from outside, with its date.",
        sectors=("wg",),
        use_cases=(*HOSTED, "network"),
        household=EXEMPT,
    ),
    Req(
        code="wg-admin-agreement",
        level=SHOULD,
        title_de="Absprache in der WG: wer administriert, was beim Auszug passiert",
        title_en="Agreement in the flat: who administers, what happens on moving out",
        text_de=(
            "Vereinbaren Sie untereinander, wer den Dienst administriert und wer vertritt, wer welche Ordner sieht und "
            "was beim Auszug passiert: Das Konto wird gelöscht, die eigenen Dateien werden mitgenommen oder übergeben, "
            "gemeinsame Passwörter werden geändert. Wer administriert, schaut nicht ohne Anlass in fremde Dateien. "
            "Eine kurze schriftliche Absprache im gemeinsamen Ordner genügt."
        ),
        text_en=(
            "Agree among yourselves who administers the service and who stands in, who sees which folders and what "
            "happens on moving out: the account is deleted, one's own files are taken along or handed over, shared "
            "passwords are changed. Whoever administers does not look into others' files without reason. A short "
            "written agreement in the shared folder is enough."
        ),
        legal_basis=NO_DUTY,
        sources=(ERWG_18, bsi("OPS.1.1.2", "Ordnungsgemäße IT-Administration")),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Die Absprache als Datei im gemeinsamen Ordner.",
        evidence_en="The agreement as a file in the shared folder.",
        sectors=("wg",),
        household=EXEMPT,
    ),
    Req(
        code="wg-basic-security",
        level=SHOULD,
        title_de="Grundschutz, auch ohne Pflicht aus der DSGVO",
        title_en="Basic security, even without a GDPR duty",
        text_de=(
            "Auch wenn die DSGVO nicht gilt, schützen ein paar Grundregeln Ihre Daten: automatische "
            "Sicherheitsupdates, HTTPS, ein eigenes Konto je Person, ein zweiter Faktor für das Admin-Konto, "
            "Freigabelinks nur mit Passwort und Ablaufdatum, ein verschlüsseltes Backup an einem zweiten Ort mit "
            "ausprobierter Wiederherstellung. Hosten Sie in der EU, und lassen Sie Gesichtserkennung aus."
        ),
        text_en=(
            "Even when the GDPR does not apply, a few basic rules protect your data: automatic security updates, "
            "HTTPS, an account per person, a second factor for the admin account, share links only with a password "
            "and expiry date, an encrypted backup at a second location with a tested restore. Host in the EU and keep "
            "face recognition off."
        ),
        legal_basis=NO_DUTY,
        sources=(WIBA, bsi("OPS.1.1.3", "Patch- und Änderungsmanagement"), bsi("CON.3", "Datensicherungskonzept")),
        evidence_kind=CONFIGURATION,
        evidence_de="Kurze Notiz im Betriebshandbuch, was davon eingerichtet ist.",
        evidence_en="A short note in the runbook of what is set up.",
        sectors=("wg",),
        use_cases=(*HOSTED, "network"),
        household=EXEMPT,
        bsi_refs="OPS.1.1.3, CON.3",
    ),
    Req(
        code="wg-controllers-named-r2",
        replaces=("wg-controllers-named",),
        level=MUST,
        title_de="Haushaltsausnahme beendet: Verantwortliche in der WG festlegen",
        title_en="Household exemption ended: name the controllers in the flat",
        text_de=(
            "Greift die Haushaltsausnahme nicht mehr – weil Inhalte öffentlich zugänglich werden, der Dienst den "
            "öffentlichen Raum erfasst oder nicht mehr rein privat genutzt wird –, brauchen die Pflichten dieser "
            "Checkliste eine verantwortliche Stelle. Eine WG ist keine juristische Person: Verantwortlich sind die "
            "Bewohnerinnen und Bewohner, die über Zweck und Mittel entscheiden, bei mehreren gemeinsam (Art. 26). "
            "Halten Sie schriftlich fest, wer verantwortlich ist, wer Ansprechperson für Betroffene ist und wer die "
            "Verträge unterschreibt. Oft ist es einfacher, den Dienst privat zu halten."
        ),
        text_en=(
            "Once the household exemption no longer applies – because content becomes publicly available, the "
            "service covers public space or it is no longer used purely privately – the duties of this checklist "
            "need a controller. A shared flat is not a legal person: the residents who decide on purposes and means "
            "are controllers, jointly if several (Art. 26). Record in writing who the controllers are, who is the "
            "contact for people concerned and who signs the contracts. It is often simpler to keep the service "
            "private."
        ),
        legal_basis="Art. 4 Nr. 7, Art. 26 DSGVO",
        sources=(DSK_KP16, LINDQVIST, RYNES),
        evidence_kind=DOCUMENT,
        evidence_de="Vereinbarung der Bewohnerinnen und Bewohner über die Verantwortlichkeit, mit Ansprechperson.",
        evidence_en="The residents' agreement on who is responsible, with a contact person.",
        sectors=("wg",),
        household=NOT_EXEMPT,
    ),
]
