"""Requirements on roles, contracts and paperwork: who is controller, processor or member, and what each signs."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    ANY,
    DIN_66398,
    DOCUMENT,
    DSK_KP1,
    DSK_KP5,
    DSK_KP10,
    DSK_KP11,
    DSK_KP12,
    DSK_KP13,
    DSK_KP19,
    EU_SCC_28,
    HOSTED,
    LFD_NI_AV,
    MUST,
    NOT_EXEMPT,
    PAPERWORK,
    SDM,
    SDM_60,
    SHOULD,
    WIBA,
    WITH_ACCESS,
    WP248,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="avv-art28-r2",
        replaces=("avv-art28",),
        level=MUST,
        title_de="Auftragsverarbeitungsvertrag (AVV) mit der externen Techpatin oder dem externen Techpaten",
        title_en="Data processing agreement (AVV) with the outside volunteer",
        text_de=(
            "Wer nicht Mitglied der Einrichtung ist und für sie einen Dienst mit personenbezogenen Daten hostet, "
            "administriert oder wartet, verarbeitet diese Daten in der Regel in ihrem Auftrag (Art. 28 DSGVO) – auch "
            "wenn ein Zugriff nur bei Wartungsarbeiten möglich ist. Schließen Sie vor dem Start einen AVV, schriftlich "
            "oder elektronisch (Art. 28 Abs. 9), mit allen Punkten des Art. 28 Abs. 3: Gegenstand und Dauer, Art und "
            "Zweck, Arten der Daten, Kategorien betroffener Personen, Rechte und Pflichten der Einrichtung; dazu, dass "
            "die Techpatin nur auf dokumentierte Weisung handelt, auch bei Drittlandübermittlungen (lit. a), ihre "
            "Leute auf Vertraulichkeit verpflichtet (lit. b), die Maßnahmen nach Art. 32 trifft (lit. c), weitere "
            "Auftragsverarbeiter wie einen eigenen Hoster nur mit vorheriger Genehmigung einsetzt (lit. d), bei "
            "Anfragen Betroffener (lit. e) und bei den Pflichten der Art. 32–36 einschließlich Meldung von "
            "Datenpannen hilft (lit. f), am Ende alle Daten löscht oder zurückgibt (lit. g) und Nachweise und "
            "Kontrollen ermöglicht (lit. h). Ist die Person Mitglied und handelt unter Ihrer Weisung (Art. 29), genügt "
            "stattdessen eine Verpflichtung auf Vertraulichkeit. Eine WG, für die die Haushaltsausnahme gilt, braucht "
            "keinen AVV – auch nicht, wenn jemand von außerhalb den Dienst betreut (Erwägungsgrund 18). Für kirchliche "
            "Träger gelten § 29 KDG bzw. § 30 DSG-EKD."
        ),
        text_en=(
            "Someone who is not a member of the organisation and hosts, administers or maintains a service holding "
            "personal data for it processes those data on its behalf as a rule (Art. 28 GDPR) – even when access is "
            "only possible during maintenance. Before the start, conclude an AVV, in writing or electronically "
            "(Art. 28(9)), with every item of Art. 28(3): subject matter and duration, nature and purpose, types of "
            "data, categories of data subjects, the organisation's rights and obligations; and that the volunteer acts "
            "only on documented instructions, also for third-country transfers (point a), binds their people to "
            "confidentiality (point b), takes the measures of Art. 32 (point c), engages further processors such as "
            "their own hoster only with prior authorisation (point d), assists with data subjects' requests (point e) "
            "and with the duties of Art. 32–36 including breach notification (point f), deletes or returns all data at "
            "the end (point g) and allows evidence and audits (point h). If the person is a member acting under your "
            "authority (Art. 29), a confidentiality undertaking is enough instead. A shared flat covered by the "
            "household exemption needs no AVV, not even when someone from outside looks after the service (Recital "
            "18). For church sponsors, § 29 KDG or § 30 DSG-EKD apply."
        ),
        legal_basis="Art. 28 Abs. 3 DSGVO",
        sources=(DSK_KP13, LFD_NI_AV, EU_SCC_28),
        evidence_kind=DOCUMENT,
        evidence_de="AVV mit allen Punkten des Art. 28 Abs. 3 DSGVO, von beiden Seiten geschlossen, mit Datum.",
        evidence_en="An AVV with every item of Art. 28(3) GDPR, concluded by both sides, with its date.",
        use_cases=(*WITH_ACCESS, "gdpr-docs"),
        household=NOT_EXEMPT,
        document="avv",
    ),
    Req(
        code="hoster-contract-by-organisation",
        level=SHOULD,
        title_de="Hostingvertrag und AVV des Hosters schließt die Einrichtung selbst",
        title_en="The organisation signs the hosting contract and the hoster's AVV itself",
        text_de=(
            "Mieten Sie Server, Speicher und Domain auf den Namen der Einrichtung und schließen Sie den AVV des "
            "Hosters selbst ab. Dann ist der Hoster Ihr eigener Auftragsverarbeiter und nicht ein "
            "Unterauftragsverarbeiter der Techpatin, der Dienst bleibt bei der Einrichtung, wenn die Techpatin "
            "aufhört, und die Kosten trägt die Einrichtung (oder Spenden), nicht die Techpatin. Die Techpatin "
            "erhält nur die Zugänge, die sie für die Betreuung braucht. Nutzt sie doch einen eigenen Server, muss er "
            "im AVV als Unterauftragsverarbeiter genannt und vorher genehmigt sein (Art. 28 Abs. 2 und 4)."
        ),
        text_en=(
            "Rent server, storage and domain in the organisation's name and conclude the hoster's AVV yourselves. The "
            "hoster is then your own processor rather than the volunteer's sub-processor, the service stays with the "
            "organisation when the volunteer stops, and the organisation (or donations) pays, not the volunteer. The "
            "volunteer gets only the access needed to look after the service. If they do use a server of their own, "
            "it must be named in the AVV as a sub-processor and authorised beforehand (Art. 28(2) and (4))."
        ),
        legal_basis="Art. 28 Abs. 1, 2 und 4 DSGVO",
        sources=(DSK_KP13, LFD_NI_AV),
        evidence_kind=DOCUMENT,
        evidence_de="Vertrag und AVV mit dem Hoster auf den Namen der Einrichtung; Liste, wer dort Zugang hat.",
        evidence_en="Contract and AVV with the hoster in the organisation's name; a list of who has access there.",
        use_cases=HOSTED,
        household=NOT_EXEMPT,
    ),
    Req(
        code="confidentiality-members-r2",
        replaces=("confidentiality-members",),
        level=MUST,
        title_de="Vertraulichkeit und Einweisung für Mitglieder mit Zugriff",
        title_en="Confidentiality and briefing for members with access",
        text_de=(
            "Mitglieder, Beschäftigte und Helfende der Einrichtung, die Dienste verwalten oder Zugriff auf "
            "personenbezogene Daten haben, handeln unter der Weisung der Einrichtung (Art. 29). Die Einrichtung muss "
            "sicherstellen, dass sie Daten nur auf Weisung verarbeiten, und sie in die Regeln einweisen (Art. 32 "
            "Abs. 4). Die DSGVO verlangt dafür keine Schriftform; eine unterschriebene Verpflichtung ist aber "
            "empfohlen, weil die Einrichtung die Einhaltung nachweisen können muss (Art. 5 Abs. 2, Art. 24 Abs. 1). "
            "Kirchliche Träger verpflichten auf das Datengeheimnis nach § 5 KDG bzw. § 26 DSG-EKD. Die Verpflichtung "
            "gilt über das Ende der Tätigkeit hinaus. Für eine externe Techpatin ersetzt sie den AVV nicht."
        ),
        text_en=(
            "Members, staff and helpers of the organisation who administer services or have access to personal data "
            "act under the organisation's authority (Art. 29). The organisation must ensure they process data only on "
            "its instructions and brief them on the rules (Art. 32(4)). The GDPR does not require writing for this; a "
            "signed undertaking is recommended all the same, because the organisation must be able to demonstrate "
            "compliance (Art. 5(2), Art. 24(1)). Church sponsors bind people to the duty of confidentiality of "
            "§ 5 KDG or § 26 DSG-EKD. The duty continues after their work ends. For an outside volunteer it does not "
            "replace the AVV."
        ),
        legal_basis="Art. 29, Art. 32 Abs. 4 DSGVO; Schriftform: Empfehlung (Art. 5 Abs. 2, Art. 24 Abs. 1 DSGVO)",
        sources=(DSK_KP19,),
        evidence_kind=DOCUMENT,
        evidence_de="Empfohlen: unterschriebene Verpflichtungserklärung je Person mit Datum der Einweisung.",
        evidence_en="Recommended: a signed undertaking per person with the date of the briefing.",
        household=NOT_EXEMPT,
        document="confidentiality",
    ),
    Req(
        code="tom-art32-r2",
        replaces=("tom-art32",),
        level=MUST,
        title_de="Technische und organisatorische Maßnahmen (TOM) beschreiben",
        title_en="Describe the technical and organisational measures (TOM)",
        text_de=(
            "Stellen Sie zuerst den Schutzbedarf fest: Wie schwer wiegen Vernichtung, Verlust, Veränderung, unbefugte "
            "Offenlegung und unbefugter Zugang für die Betroffenen (Art. 32 Abs. 2)? Fotos von Kindern haben "
            "mindestens den Schutzbedarf „hoch“. Beschreiben Sie dann die Schutzmaßnahmen des Dienstes in der "
            "üblichen Gliederung nach Art. 32 und begründen Sie sie mit diesen Risiken: Vertraulichkeit (Zutritts-, "
            "Zugangs-, Zugriffs- und Trennungskontrolle, Pseudonymisierung und "
            "Verschlüsselung), Integrität (Weitergabe- und Eingabekontrolle), Verfügbarkeit und Belastbarkeit "
            "(Backup, Wiederherstellung) sowie ein Verfahren zur regelmäßigen Überprüfung; dazu datenschutzfreundliche "
            "Voreinstellungen (Art. 25). Die Beschreibung gehört "
            "als Anlage zum AVV und in das Verzeichnis der Verarbeitungstätigkeiten. Prüfen Sie sie mindestens "
            "jährlich und nach größeren Änderungen."
        ),
        text_en=(
            "First establish the protection need: how serious would destruction, loss, alteration, unauthorised "
            "disclosure and unauthorised access be for the people concerned (Art. 32(2))? Photos of children need at "
            "least the protection level 'high'. Then describe the service's safeguards in the usual Art. 32 structure "
            "and justify them against these risks: confidentiality (physical access, "
            "system access, data access and separation control, pseudonymisation and encryption), integrity "
            "(transfer and input control), availability and resilience (backup, recovery) and a procedure for regular "
            "review; and data-protection-friendly defaults (Art. 25). The description is an annex to the AVV and "
            "goes into the record of processing activities. Review "
            "it at least yearly and after major changes."
        ),
        legal_basis="Art. 32 Abs. 1 und 2, Art. 25 DSGVO",
        sources=(SDM, "BSI IT-Grundschutz-Kompendium", WIBA),
        evidence_kind=DOCUMENT,
        evidence_de="TOM-Beschreibung mit Datum der letzten Überprüfung.",
        evidence_en="A TOM description with the date of its last review.",
        use_cases=(*WITH_ACCESS, "gdpr-docs"),
        household=NOT_EXEMPT,
        document="tom",
    ),
    Req(
        code="vvt-entry",
        level=MUST,
        title_de="Eintrag im Verzeichnis der Verarbeitungstätigkeiten (und Verzeichnis der Techpatin)",
        title_en="Entry in the record of processing activities (and the volunteer's processor record)",
        text_de=(
            "Die Einrichtung führt für jede Verarbeitung einen Eintrag (Art. 30 Abs. 1): Name und Kontakt der "
            "Verantwortlichen und ggf. der/des Datenschutzbeauftragten, Zwecke, Kategorien betroffener Personen und "
            "Daten, Empfänger einschließlich solcher in Drittländern, Drittlandübermittlungen mit ihren Garantien, "
            "Löschfristen und eine allgemeine Beschreibung der TOM. Die Ausnahme für Stellen unter 250 Beschäftigten "
            "(Art. 30 Abs. 5) hilft meist nicht, weil ein dauerhaft betriebener Dienst nicht nur gelegentlich "
            "verarbeitet. Eine externe Techpatin führt als Auftragsverarbeiterin zusätzlich ein eigenes Verzeichnis "
            "(Art. 30 Abs. 2): ihr Name und der jeder Einrichtung, Kategorien der Verarbeitungen, "
            "Drittlandübermittlungen und die TOM."
        ),
        text_en=(
            "The organisation keeps an entry for each processing activity (Art. 30(1)): name and contact of the "
            "controller and of the DPO if any, purposes, categories of data subjects and of data, recipients including "
            "those in third countries, third-country transfers with their safeguards, deletion periods and a general "
            "description of the TOM. The exemption for bodies under 250 employees (Art. 30(5)) rarely helps, because a "
            "service run continuously does not process only occasionally. An outside volunteer, as processor, also "
            "keeps a record of their own (Art. 30(2)): their name and that of each organisation, categories of "
            "processing, third-country transfers and the TOM."
        ),
        legal_basis="Art. 30 Abs. 1 und 2 DSGVO",
        sources=(DSK_KP1, "DSK: Hinweise zum Verzeichnis von Verarbeitungstätigkeiten, Art. 30 DS-GVO"),
        evidence_kind=DOCUMENT,
        evidence_de="VVT-Eintrag der Einrichtung; bei externer Techpatin auch ihr Verzeichnis nach Art. 30 Abs. 2.",
        evidence_en="The organisation's record entry; with an outside volunteer also their Art. 30(2) record.",
        use_cases=PAPERWORK,
        household=NOT_EXEMPT,
        document="vvt",
    ),
    Req(
        code="info-notice-art13-r2",
        replaces=("info-notice-art13",),
        level=MUST,
        title_de="Datenschutzinformation nach Art. 13 für alle Betroffenen",
        title_en="Art. 13 information notice for everyone concerned",
        text_de=(
            "Informieren Sie die Menschen, deren Daten der Dienst verarbeitet (z. B. Eltern, Mitglieder, "
            "Schülerinnen und Schüler), wenn die Daten erhoben werden: wer verantwortlich und wie erreichbar ist, "
            "Kontakt der/des Datenschutzbeauftragten, Zwecke und Rechtsgrundlage, ggf. die berechtigten Interessen, "
            "Empfänger (auch Hoster und Techpatin als Auftragsverarbeiter), Drittlandübermittlungen, Speicherdauer, "
            "die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch und Datenübertragbarkeit, "
            "das Recht, eine Einwilligung zu widerrufen, das Beschwerderecht bei der Aufsichtsbehörde, ob die Angabe "
            "der Daten erforderlich ist und ob automatisierte Entscheidungen stattfinden. Beim Widerspruchsrecht "
            "(Art. 21 Abs. 1) gehören beide Hälften dazu: zwingende schutzwürdige Gründe, die die Interessen, Rechte "
            "und Freiheiten der Person überwiegen, oder die Geltendmachung, Ausübung oder Verteidigung von "
            "Rechtsansprüchen."
        ),
        text_en=(
            "Inform the people whose data the service processes (e.g. parents, members, pupils) when the data are "
            "collected: who the controller is and how to reach them, the DPO's contact, purposes and legal basis, the "
            "legitimate interests where relied on, recipients (including hoster and volunteer as processors), "
            "third-country transfers, storage period, the rights of access, rectification, erasure, restriction, "
            "objection and portability, the right to withdraw consent, the right to lodge a complaint with the "
            "supervisory authority, whether providing the data is required and whether automated decisions are made. "
            "The right to object (Art. 21(1)) needs both halves: compelling legitimate grounds which override the "
            "person's interests, rights and freedoms, or the establishment, exercise or defence of legal claims."
        ),
        legal_basis="Art. 13 DSGVO",
        sources=(DSK_KP10,),
        evidence_kind=DOCUMENT,
        evidence_de="Datenschutzinformation mit allen Angaben des Art. 13, und wie sie übergeben wurde.",
        evidence_en="An information notice with every item of Art. 13, and how it was handed out.",
        use_cases=("photos", "files", "calendar", "mail", "website", "video", "messenger", "gdpr-docs"),
        household=NOT_EXEMPT,
        document="information_notice",
    ),
    Req(
        code="deletion-concept",
        level=MUST,
        title_de="Löschkonzept mit einer Löschregel je Datenart",
        title_en="Deletion concept with one deletion rule per type of data",
        text_de=(
            "Legen Sie für jede Datenart eine Löschregel fest: ein Startereignis (z. B. Austritt, Ende des "
            "Schuljahres, Ende der Patenschaft) und eine Regelfrist (DIN 66398). Fassen Sie die Regeln zu "
            "Löschklassen zusammen, halten Sie sie in einem Katalog fest und protokollieren Sie durchgeführte "
            "Löschungen. Backups haben eine eigene, kurze Aufbewahrung (z. B. höchstens 90 Tage); gelöschte Daten "
            "dürfen durch eine Wiederherstellung nicht zurückkehren."
        ),
        text_en=(
            "Set a deletion rule for each type of data: a start event (e.g. leaving, end of the school year, end of "
            "the engagement) and a standard period (DIN 66398). Group the rules into deletion classes, keep them in a "
            "catalogue and log the deletions carried out. Backups have their own short retention (e.g. 90 days at "
            "most); deleted data must not come back through a restore."
        ),
        legal_basis="Art. 5 Abs. 1 lit. e, Art. 17 DSGVO",
        sources=(DIN_66398, SDM_60, DSK_KP11),
        evidence_kind=DOCUMENT,
        evidence_de="Löschregeln (Datenart, Startereignis, Frist) einschließlich der Backups; Löschprotokoll.",
        evidence_en="Deletion rules (type of data, start event, period) including backups; a deletion log.",
        use_cases=PAPERWORK,
        household=NOT_EXEMPT,
        document="deletion_rules",
        sdm_refs="M60.P03, M60.S05, M60.S10",
    ),
    Req(
        code="breach-plan-72h",
        level=MUST,
        title_de="Notfallplan für Datenpannen (72-Stunden-Frist)",
        title_en="Data-breach plan (the 72-hour clock)",
        text_de=(
            "Legen Sie vorab fest, wer bei einer Datenpanne wen informiert. Die Techpatin meldet der Einrichtung jede "
            "Verletzung unverzüglich (Art. 33 Abs. 2). Die Einrichtung meldet sie binnen 72 Stunden, nachdem sie "
            "davon erfahren hat, der Aufsichtsbehörde – außer es besteht voraussichtlich kein Risiko für die "
            "Betroffenen. Die Meldung nennt die Art der Verletzung, Kategorien und ungefähre Zahl der Betroffenen und "
            "Datensätze, eine Kontaktstelle, die wahrscheinlichen Folgen und die ergriffenen Maßnahmen; sie darf "
            "schrittweise ergänzt werden. Bei hohem Risiko werden die Betroffenen benachrichtigt (Art. 34), nicht "
            "nötig etwa bei wirksam verschlüsselten Daten. Jede Panne wird dokumentiert, auch wenn sie nicht "
            "meldepflichtig ist (Art. 33 Abs. 5)."
        ),
        text_en=(
            "Decide beforehand who tells whom about a data breach. The volunteer reports every breach to the "
            "organisation without undue delay (Art. 33(2)). The organisation notifies the supervisory authority within "
            "72 hours of becoming aware – unless the breach is unlikely to result in a risk to the people concerned. "
            "The notification states the nature of the breach, categories and approximate numbers of people and "
            "records, a contact point, the likely consequences and the measures taken; it may be completed in stages. "
            "When the risk is high, the people concerned are informed (Art. 34), which is not needed e.g. when the "
            "data were effectively encrypted. Every breach is documented, even when it need not be notified "
            "(Art. 33(5))."
        ),
        legal_basis="Art. 33, Art. 34 DSGVO",
        sources=(
            "EDSA: Leitlinien 9/2022 zur Meldung von Verletzungen des Schutzes personenbezogener Daten",
            "EDSA: Leitlinien 01/2021 mit Beispielen zur Meldung von Datenschutzverletzungen",
            bsi("DER.2.1", "Behandlung von Sicherheitsvorfällen"),
        ),
        evidence_kind=DOCUMENT,
        evidence_de="Notfallplan mit Namen, Erreichbarkeit und zuständiger Aufsichtsbehörde; Vorfallsliste.",
        evidence_en="A breach plan with names, how to reach them and the competent authority; a list of incidents.",
        use_cases=(*WITH_ACCESS, "gdpr-docs"),
        household=NOT_EXEMPT,
        document="breach_plan",
        bsi_refs="DER.2.1",
    ),
    Req(
        code="dsfa-screening",
        level=MUST,
        title_de="Schwellwertanalyse zur Datenschutz-Folgenabschätzung dokumentieren",
        title_en="Document the DSFA screening",
        text_de=(
            "Prüfen und dokumentieren Sie vor dem Start, ob eine Datenschutz-Folgenabschätzung (DSFA) nötig ist: die "
            "Fälle des Art. 35 Abs. 3, die Muss-Liste der Aufsichtsbehörden (Art. 35 Abs. 4) und die neun Kriterien "
            "des WP248 (Bewertung, automatisierte Entscheidungen, systematische Überwachung, sensible Daten, große "
            "Menge, Zusammenführen von Datensätzen, schutzbedürftige Betroffene, innovative Technik, Hindernis für "
            "Rechte oder Leistungen). Treffen zwei oder mehr zu, ist eine DSFA in der Regel erforderlich; sie enthält "
            "mindestens eine systematische Beschreibung mit Zwecken, die Prüfung von Notwendigkeit und "
            "Verhältnismäßigkeit, die Risikobewertung und die Abhilfemaßnahmen (Art. 35 Abs. 7). Halten Sie das "
            "Ergebnis mit Datum fest."
        ),
        text_en=(
            "Before the start, check and document whether a data-protection impact assessment (DSFA/DPIA) is needed: "
            "the cases of Art. 35(3), the supervisory authorities' list (Art. 35(4)) and the nine WP248 criteria "
            "(evaluation, automated decisions, systematic monitoring, sensitive data, large scale, combining datasets, "
            "vulnerable data subjects, innovative technology, preventing a right or a service). If two or more apply, "
            "a DSFA is presumed necessary; it contains at least a systematic description with the purposes, an "
            "assessment of necessity and proportionality, the risk assessment and the measures (Art. 35(7)). Record "
            "the result with its date."
        ),
        legal_basis="Art. 35 Abs. 1, 3, 4 und 7 DSGVO",
        sources=(
            WP248,
            DSK_KP5,
            "DSK: Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist (Art. 35 Abs. 4 DSGVO)",
        ),
        evidence_kind=DOCUMENT,
        evidence_de="Datierte Schwellwertanalyse (auf der Plattform beantwortet) und gegebenenfalls die DSFA.",
        evidence_en="A dated screening (answered on the platform) and the DSFA where needed.",
        use_cases=PAPERWORK,
        household=NOT_EXEMPT,
    ),
    Req(
        code="dpo-check",
        level=SHOULD,
        title_de="Prüfen, ob eine Datenschutzbeauftragte oder ein Datenschutzbeauftragter nötig ist",
        title_en="Check whether a data-protection officer is needed",
        text_de=(
            "Eine oder ein Datenschutzbeauftragte/r ist zu benennen, wenn in der Regel mindestens 20 Personen ständig "
            "mit der automatisierten Verarbeitung personenbezogener Daten beschäftigt sind oder eine DSFA nötig ist "
            "(§ 38 Abs. 1 BDSG), und nach Art. 37 Abs. 1 DSGVO bei öffentlichen Stellen – etwa kommunalen Kitas – "
            "immer. Kirchliche Träger folgen eigenem Datenschutzrecht (KDG, DSG-EKD). Halten Sie das Ergebnis fest "
            "und nennen Sie die Kontaktdaten in der Datenschutzinformation."
        ),
        text_en=(
            "A data-protection officer must be designated when as a rule at least 20 people are constantly engaged in "
            "the automated processing of personal data or a DSFA is needed (§ 38(1) BDSG), and under Art. 37(1) GDPR "
            "always for public bodies – such as municipal day-care centres. Church bodies follow their own "
            "data-protection law (KDG, DSG-EKD). Record the result and give the contact details in the information "
            "notice."
        ),
        legal_basis="Art. 37 Abs. 1 DSGVO; § 38 Abs. 1 BDSG",
        sources=(DSK_KP12,),
        evidence_kind=DOCUMENT,
        evidence_de="Notiz zum Ergebnis der Prüfung; bei Benennung die Kontaktdaten und die Meldung an die Behörde.",
        evidence_en="A note of the result; when designated, the contact details and the notice to the authority.",
        sectors=("kita", "verein", "initiative", "sonstige"),
        use_cases=("gdpr-docs",),
        household=ANY,
    ),
]
