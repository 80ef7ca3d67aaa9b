"""Worked case: shared files in a WG: the household exemption (Art. 2(2)(c) GDPR, read narrowly) and when it ends.

The `exempt` requirements show only while the WG's own members run the service for themselves; once third parties'
data or an outside volunteer come in, they drop out and the `not_exempt` requirements of the whole library apply.
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
        code="wg-household-exemption",
        level=SHOULD,
        title_de="Haushaltsausnahme: wann die DSGVO für Ihre WG nicht gilt – und wann doch",
        title_en="Household exemption: when the GDPR does not apply to your flat – and when it does",
        text_de=(
            "Betreibt eine WG einen Dienst nur für ihre eigenen Mitglieder und deren persönliche Zwecke (gemeinsame "
            "Dateien, Haushaltskasse, Putzplan), greift in der Regel die Haushaltsausnahme (Art. 2 Abs. 2 lit. c): Die "
            "DSGVO gilt dann nicht. Die Ausnahme wird eng ausgelegt. Sie endet, sobald (1) Daten von Menschen "
            "außerhalb der WG im Dienst liegen – etwa von Vermieter, Untermietern, Gästen, Nachbarn oder einem Verein, "
            "in dem jemand aktiv ist –, (2) jemand außerhalb der WG, etwa eine Techpatin, den Dienst betreibt oder "
            "darauf zugreifen kann, oder (3) Inhalte für einen unbestimmten Personenkreis im Internet veröffentlicht "
            "werden (EuGH, Lindqvist). Dann gelten AVV, Datenschutzinformation, Verzeichnis und die übrigen Pflichten, "
            "die diese Checkliste dann anzeigt. Prüfen Sie das bei jeder Änderung neu und geben Sie auf der Plattform "
            "an, ob Daten Dritter im Dienst liegen."
        ),
        text_en=(
            "If a shared flat runs a service only for its own members and their personal purposes (shared files, "
            "household budget, cleaning rota), the household exemption usually applies (Art. 2(2)(c)): the GDPR does "
            "not apply then. The exemption is read narrowly. It ends as soon as (1) data of people outside the "
            "flat are "
            "in the service – e.g. of the landlord, subtenants, guests, neighbours or an association someone is active "
            "in –, (2) someone outside the flat, such as a volunteer, runs the service or can access it, or (3) "
            "content "
            "is published on the internet for an indefinite number of people (CJEU, Lindqvist). Then the AVV, the "
            "information notice, the record and the other duties that this checklist then shows apply. Check again at "
            "every change and state on the platform whether third parties' data are in the service."
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
        code="wg-controllers-named",
        level=MUST,
        title_de="Haushaltsausnahme beendet: Verantwortliche in der WG festlegen",
        title_en="Household exemption ended: name the controllers in the flat",
        text_de=(
            "Greift die Haushaltsausnahme nicht mehr – weil Daten von Menschen außerhalb der WG im Dienst liegen oder "
            "eine Techpatin von außerhalb ihn betreut –, brauchen die Pflichten dieser Checkliste eine verantwortliche "
            "Stelle. Eine WG ist keine juristische Person: Verantwortlich sind die Bewohnerinnen und Bewohner, "
            "die über "
            "Zweck und Mittel entscheiden, bei mehreren gemeinsam (Art. 26). Halten Sie schriftlich fest, wer "
            "verantwortlich ist, wer Ansprechperson für Betroffene ist und wer den AVV mit der Techpatin "
            "unterschreibt. Oft ist es einfacher, Daten Dritter gar nicht erst in den Dienst zu legen."
        ),
        text_en=(
            "Once the household exemption no longer applies – because data of people outside the flat are in the "
            "service or an outside volunteer looks after it – the duties of this checklist need a controller. A "
            "shared flat is not a legal person: the residents who decide on purposes and means are controllers, "
            "jointly if several (Art. 26). Record in writing who the controllers are, who is the contact for people "
            "concerned and who signs the AVV with the volunteer. It is often simpler to keep third parties' data out "
            "of the service in the first place."
        ),
        legal_basis="Art. 4 Nr. 7, Art. 26 DSGVO",
        sources=(DSK_KP16, LINDQVIST),
        evidence_kind=DOCUMENT,
        evidence_de="Vereinbarung der Bewohnerinnen und Bewohner über die Verantwortlichkeit, mit Ansprechperson.",
        evidence_en="The residents' agreement on who is responsible, with a contact person.",
        sectors=("wg",),
        household=NOT_EXEMPT,
    ),
]
