"""Worked case: video calls in a school: who decides in a school, and video lessons private by default.

With video-privacy-by-default (communication.py) and dsfa-children (kita.py) these make the school video set.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DOCUMENT,
    DSK_KP10,
    DSK_KP12,
    DSK_KP20,
    DSK_OH_VIDEO,
    HOSTED,
    MUST,
    ORGANISATIONAL,
    SHOULD,
    Req,
)

# An earlier version cited an OVG NRW decision by description only; without date and file number it is gone.
SCHULG_NRW = "§ 79 Schulgesetz NRW (Bereitstellung und Unterhaltung der Schulanlagen und Schulgebäude)"
BAYEUG_85 = "Art. 85 Abs. 1 Bayerisches Gesetz über das Erziehungs- und Unterrichtswesen (BayEUG)"
SCHOG_SAAR = "§ 20b Abs. 2 Schulordnungsgesetz Saarland (SchoG)"
LMS_SAAR = (
    "Landesmedienanstalt Saarland: Hinweis zur Einholung der Einwilligung von Schülerinnen, Schülern und Eltern in "
    "Bildaufnahmen bei schulischen Veranstaltungen"
)

REQUIREMENTS = [
    Req(
        code="schule-traeger-approval-r2",
        replaces=("schule-traeger-approval",),
        level=MUST,
        title_de="Schriftliche Freigabe durch Schulleitung und Schulträger",
        title_en="Written approval by school management and school authority (Schulträger)",
        text_de=(
            "In der Schule ist die Schulleitung für die Datenverarbeitung verantwortlich; die Ausstattung stellt der "
            "Schulträger. In Nordrhein-Westfalen etwa muss er nach § 79 SchulG NRW „eine am allgemeinen Stand der "
            "Technik und Informationstechnologie orientierte Sachausstattung“ zur Verfügung stellen; andere Länder "
            "regeln es ähnlich. Eine von Ehrenamtlichen betriebene Instanz braucht deshalb vor dem Start die "
            "schriftliche Freigabe von Schulleitung und Schulträger; klären Sie dabei, wer den AVV mit der Techpatin "
            "schließt. Maßgeblich ist das Schulgesetz Ihres Landes."
        ),
        text_en=(
            "In a school the school management is responsible for data processing; the Schulträger (the town or body "
            "maintaining the school) provides the equipment. In North Rhine-Westphalia, for example, § 79 SchulG NRW "
            "obliges it to provide equipment in line with the general state of technology and information "
            "technology; other states have similar rules. A volunteer-run instance therefore needs written approval "
            "by school management and Schulträger before the start; settle who concludes the AVV with the volunteer. "
            "Your state's school act decides."
        ),
        legal_basis="Art. 24 DSGVO; § 79 SchulG NRW (und die Schulgesetze der Länder)",
        sources=(SCHULG_NRW, "LDI NRW: Digitaler Unterricht in Schulen – Der Grundstein ist gelegt (2022)"),
        evidence_kind=DOCUMENT,
        evidence_de="Schriftliche Freigabe von Schulleitung und Schulträger mit Datum und Geltungsbereich.",
        evidence_en="Written approval by school management and Schulträger with date and scope.",
        sectors=("schule",),
        use_cases=HOSTED,
    ),
    Req(
        code="schule-dpo-r2",
        replaces=("schule-dpo-involved",),
        level=MUST,
        title_de="Die schulische Datenschutzbeauftragte oder den Datenschutzbeauftragten vorher beteiligen",
        title_en="Involve the school's data-protection officer beforehand",
        text_de=(
            "Öffentliche Schulen sind öffentliche Stellen und müssen eine Datenschutzbeauftragte oder einen "
            "Datenschutzbeauftragten benennen (Art. 37 Abs. 1 lit. a DSGVO). Für Schulen in freier Trägerschaft "
            "(Ersatzschulen) gilt Art. 37 Abs. 1 lit. a nicht: Ob sie benennen müssen, folgt aus Art. 37 Abs. 1 lit. b "
            "und c DSGVO, § 38 BDSG oder dem Schulgesetz des Landes; kirchliche Schulen folgen dem KDG oder dem "
            "DSG-EKD. Gibt es eine oder einen Datenschutzbeauftragten, beteiligen Sie sie oder ihn vor dem Start – bei "
            "der Auswahl des Dienstes, beim AVV, bei der Schwellwertanalyse und bei der Information für Schülerinnen, "
            "Schüler und Eltern (Art. 38 Abs. 1, Art. 39 Abs. 1 lit. c) – und halten Sie die Stellungnahme fest."
        ),
        text_en=(
            "Public schools are public bodies and must designate a data-protection officer (Art. 37(1)(a) GDPR). For "
            "schools in free sponsorship (Ersatzschulen) Art. 37(1)(a) does not apply: whether they must designate "
            "one follows from Art. 37(1)(b) and (c) GDPR, § 38 BDSG or the state's school act; church schools follow "
            "the KDG or the DSG-EKD. Where there is a DPO, involve them before the start – in choosing the service, "
            "the AVV, the screening and the information for pupils and parents (Art. 38(1), Art. 39(1)(c)) – and "
            "record their opinion."
        ),
        legal_basis="Art. 37 Abs. 1, Art. 38 Abs. 1, Art. 39 Abs. 1 DSGVO; § 38 BDSG",
        sources=(DSK_KP12,),
        evidence_kind=DOCUMENT,
        evidence_de="Stellungnahme der/des Datenschutzbeauftragten mit Datum, oder warum keine/r zu benennen ist.",
        evidence_en="The DPO's opinion with its date, or a note why none must be designated.",
        sectors=("schule",),
        use_cases=(*HOSTED, "gdpr-docs"),
    ),
    Req(
        code="schule-photos-consent",
        level=MUST,
        title_de="Schulfotos: Einwilligung der Schülerinnen und Schüler ab 14 und der Eltern",
        title_en="School photos: consent of pupils from 14 and of their parents",
        text_de=(
            "Für Fotos von Schülerinnen und Schülern, die die Schule macht, ausstellt oder veröffentlicht, gibt es in "
            "der Regel keine gesetzliche Befugnis: Sie braucht eine Einwilligung je Zweck (Art. 6 Abs. 1 lit. a, "
            "Art. 7 DSGVO; für Veröffentlichungen § 22 KUG). Bis 14 willigen die Eltern ein; ab 14 können Schülerinnen "
            "und Schüler die Tragweite meist selbst einschätzen und unterschreiben selbst, bis 18 zusammen mit den "
            "Eltern – so die Hinweise mehrerer Länder. Manche Schulgesetze regeln Fotos ausdrücklich (z. B. § 20b "
            "Abs. 2 SchoG Saarland); prüfen Sie das Schulgesetz Ihres Landes."
        ),
        text_en=(
            "For photos of pupils that the school takes, displays or publishes there is usually no statutory power: "
            "it needs consent per purpose (Art. 6(1)(a), Art. 7 GDPR; for publication § 22 KUG). Up to 14 the parents "
            "consent; from 14 pupils can usually judge the consequences themselves and sign themselves, together with "
            "their parents until 18 – as the guidance of several states says. Some school acts regulate photos "
            "expressly (e.g. § 20b(2) SchoG Saarland); check your state's school act."
        ),
        legal_basis="Art. 6 Abs. 1 lit. a, Art. 7 DSGVO; § 22 KUG; Schulgesetze der Länder",
        sources=(LMS_SAAR, SCHOG_SAAR, BAYEUG_85, DSK_KP20),
        evidence_kind=DOCUMENT,
        evidence_de="Unterschriebene Einwilligungen je Schülerin oder Schüler und Zweck; Übersicht der Widerrufe.",
        evidence_en="Signed consents per pupil and purpose; an overview of withdrawals.",
        sectors=("schule",),
        use_cases=("photos", "website"),
        document="photo_consent",
    ),
    Req(
        code="schule-state-solutions-first",
        level=SHOULD,
        title_de="Zuerst die Lösungen von Land und Schulträger prüfen",
        title_en="Check the state's and the Schulträger's solutions first",
        text_de=(
            "Viele Länder stellen Schulen eigene Dienste bereit, etwa Rheinland-Pfalz Videokonferenzen mit "
            "BigBlueButton über den Bildungsserver oder Nordrhein-Westfalen LOGINEO NRW. Prüfen Sie zuerst, ob es eine "
            "solche Landes- oder Trägerlösung gibt – sie ist datenschutzrechtlich meist geklärt. Eine eigene Instanz "
            "lohnt sich, wenn es keine gibt oder sie nicht passt; dann mit Begründung in der Freigabe. Amtliche "
            "Positivlisten für Werkzeuge gibt es nicht."
        ),
        text_en=(
            "Many states provide services for schools, e.g. Rhineland-Palatinate video calls with BigBlueButton via "
            "its education server, or North Rhine-Westphalia LOGINEO NRW. Check first whether such a state or "
            "Schulträger solution exists – its data protection is usually settled. An instance of your own makes "
            "sense when there is none or it does not fit; then give the reason in the approval. There are no official "
            "whitelists of tools."
        ),
        legal_basis="Art. 24, Art. 25 DSGVO",
        sources=("Bildungsserver Rheinland-Pfalz: BigBlueButton für Schulen", "LOGINEO NRW (Land Nordrhein-Westfalen)"),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Notiz, welche Landes- oder Trägerlösungen geprüft wurden und warum eine eigene Instanz nötig ist.",
        evidence_en="A note which state or Schulträger solutions were checked and why an own instance is needed.",
        sectors=("schule",),
        use_cases=("video", "files", "calendar", "mail", "messenger"),
    ),
    Req(
        code="schule-video-lessons-private",
        level=MUST,
        title_de="Videounterricht: keine Aufzeichnung, Kamera freiwillig, Räume je Kurs",
        title_en="Video lessons: no recording, camera optional, rooms per course",
        text_de=(
            "Videounterricht wird nicht aufgezeichnet, und die Nutzungsregeln verbieten Teilnehmenden Mitschnitte und "
            "das Verbreiten von Bildschirmfotos. Schülerinnen und Schüler treten mit ausgeschalteter Kamera und "
            "stummem Mikrofon bei und entscheiden selbst, ob sie die Kamera einschalten; ein weichgezeichneter "
            "Hintergrund ist möglich. Als Anzeigename genügen Vorname oder Kürzel. Räume werden je Klasse oder Kurs "
            "angelegt und mit Chats und geteilten Notizen am Ende des Schuljahres gelöscht."
        ),
        text_en=(
            "Video lessons are not recorded, and the rules forbid participants to record or spread screenshots. Pupils "
            "join with camera off and microphone muted and decide themselves whether to switch the camera on; a "
            "blurred background is available. A first name or initials are enough as display name. Rooms are created "
            "per class or course and deleted with their chats and shared notes at the end of the school year."
        ),
        legal_basis="Art. 5 Abs. 1 lit. c, Art. 25 Abs. 2 DSGVO",
        sources=(DSK_OH_VIDEO,),
        evidence_kind=CONFIGURATION,
        evidence_de="Konfigurationsauszug (Aufzeichnung aus, Beitritt stumm und ohne Kamera); Nutzungsregeln.",
        evidence_en="Configuration excerpt (recording off, join muted and without camera); the rules of use.",
        sectors=("schule",),
        use_cases=("video",),
    ),
    Req(
        code="schule-video-information",
        level=MUST,
        title_de="Schülerinnen, Schüler und Eltern vor der ersten Videostunde informieren",
        title_en="Inform pupils and parents before the first video lesson",
        text_de=(
            "Vor der ersten Videostunde erhalten Schülerinnen, Schüler und Eltern eine Datenschutzinformation nach "
            "Art. 13: wer verantwortlich ist (die Schule), wer den Server betreibt (Techpatin als "
            "Auftragsverarbeiterin, Hoster), welche Daten anfallen (Anzeigename, IP-Adresse, Bild und Ton während der "
            "Sitzung), dass nicht aufgezeichnet wird, wie lange Protokolle bleiben und welche Rechte bestehen. Dazu "
            "kommen kurze Nutzungsregeln in einer Sprache, die Kinder verstehen (Art. 12 Abs. 1)."
        ),
        text_en=(
            "Before the first video lesson, pupils and parents receive an Art. 13 information notice: who is "
            "responsible (the school), who runs the server (the volunteer as processor, the hoster), which data arise "
            "(display name, IP address, picture and sound during the session), that nothing is recorded, how long logs "
            "are kept and which rights exist. Short rules of use in language children understand come with it "
            "(Art. 12(1))."
        ),
        legal_basis="Art. 12 Abs. 1, Art. 13 DSGVO",
        sources=(DSK_KP10, DSK_OH_VIDEO),
        evidence_kind=DOCUMENT,
        evidence_de="Datenschutzinformation und Nutzungsregeln; wie und wann sie verteilt wurden.",
        evidence_en="The information notice and rules of use; how and when they were handed out.",
        sectors=("schule",),
        use_cases=("video",),
        document="information_notice",
    ),
]
