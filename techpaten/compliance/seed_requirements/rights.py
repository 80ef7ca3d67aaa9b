"""Requirements on people's rights and on the law that applies: handling data-subject requests, church law."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import DOCUMENT, DSG_EKD, KDG, MUST, NOT_EXEMPT, PAPERWORK, Req

DSK_KP6 = "DSK Kurzpapier Nr. 6: Auskunftsrecht der betroffenen Person, Art. 15 DS-GVO"

REQUIREMENTS = [
    Req(
        code="data-subject-requests",
        level=MUST,
        title_de="Anfragen Betroffener bearbeiten: Auskunft, Berichtigung, Löschung",
        title_en="Handle data-subject requests: access, rectification, erasure",
        text_de=(
            "Legen Sie fest, wer Anfragen von Betroffenen entgegennimmt und wie sie bearbeitet werden. Die Antwort "
            "kommt unverzüglich, spätestens innerhalb eines Monats nach Eingang; wenn nötig, verlängert sich die Frist "
            "um zwei Monate, worüber die Person innerhalb des ersten Monats mit Gründen informiert wird (Art. 12 "
            "Abs. 3 DSGVO). Die Antwort ist unentgeltlich (Art. 12 Abs. 5). Bei begründeten Zweifeln an der Identität "
            "dürfen zusätzliche Angaben verlangt werden (Art. 12 Abs. 6). Eine Auskunft (Art. 15) bestätigt, ob Daten "
            "verarbeitet werden, nennt Zwecke, Kategorien, Empfänger, Speicherdauer, Rechte, Beschwerderecht und "
            "Herkunft und enthält eine Kopie der Daten (Art. 15 Abs. 3). Die Techpatin hilft als "
            "Auftragsverarbeiterin, die Daten im Dienst zu finden (Art. 28 Abs. 3 lit. e). Kirchliches Recht hat "
            "eigene "
            "Fristen: § 16 Abs. 3 DSG-EKD nennt drei Monate; für das KDG gilt § 14 KDG."
        ),
        text_en=(
            "Decide who receives requests from data subjects and how they are handled. The answer comes without "
            "undue delay, at the latest within one month of receipt; where necessary the period extends by two "
            "months, which the person is told within the first month, with reasons (Art. 12(3) GDPR). The answer is "
            "free of charge (Art. 12(5)). Where there is reasonable doubt about the person's identity, additional "
            "information may be requested (Art. 12(6)). An access answer (Art. 15) confirms whether data are "
            "processed, gives purposes, categories, recipients, storage period, rights, the right to complain and the "
            "source, and includes a copy of the data (Art. 15(3)). The volunteer as processor helps to find the data "
            "in the service (Art. 28(3)(e)). Church law has its own periods: § 16(3) DSG-EKD says three months; for "
            "the KDG, § 14 KDG applies."
        ),
        legal_basis="Art. 12 Abs. 3 bis 6, Art. 15 bis 21 DSGVO",
        sources=(DSK_KP6,),
        evidence_kind=DOCUMENT,
        evidence_de="Ablauf mit Ansprechperson und Antwortvorlage; Verzeichnis der Anfragen mit Datum.",
        evidence_en="A procedure with contact person and reply template; a register of requests with dates.",
        use_cases=PAPERWORK,
        household=NOT_EXEMPT,
        document="data_subject_requests",
    ),
    Req(
        code="church-data-protection-law",
        level=MUST,
        title_de="Kirchlicher Träger: KDG oder DSG-EKD statt der DSGVO",
        title_en="Church sponsor: KDG or DSG-EKD instead of the GDPR",
        text_de=(
            "Ist der Träger katholisch, gilt das Gesetz über den Kirchlichen Datenschutz (KDG), ist er evangelisch, "
            "das "
            "EKD-Datenschutzgesetz (DSG-EKD) – jeweils statt der DSGVO (Art. 91 DSGVO). Die Pflichten entsprechen "
            "weitgehend der DSGVO, mit eigenen Paragrafen: Auftragsverarbeitung § 29 KDG / § 30 DSG-EKD, "
            "technische und organisatorische Maßnahmen § 26 KDG / § 27 DSG-EKD, Verzeichnis § 31 KDG / § 31 DSG-EKD, "
            "Meldung von Datenpannen § 33 KDG / § 32 DSG-EKD, Datengeheimnis § 5 KDG / § 26 DSG-EKD. Zuständig ist die "
            "kirchliche Datenschutzaufsicht, nicht die Landesbehörde. Die Dokumente der Plattform zitieren das "
            "kirchliche Gesetz, wenn der Träger der Einrichtung als katholisch oder evangelisch angegeben ist."
        ),
        text_en=(
            "If the sponsor is Catholic, the Gesetz über den Kirchlichen Datenschutz (KDG) applies; if it is "
            "Protestant, the EKD-Datenschutzgesetz (DSG-EKD) – in each case instead of the GDPR (Art. 91 GDPR). The "
            "duties largely match the GDPR, with their own paragraphs: processing on behalf § 29 KDG / § 30 DSG-EKD, "
            "technical and organisational measures § 26 KDG / § 27 DSG-EKD, record § 31 KDG / § 31 DSG-EKD, breach "
            "notification § 33 KDG / § 32 DSG-EKD, duty of confidentiality § 5 KDG / § 26 DSG-EKD. The church's "
            "data-protection supervisory authority is competent, not the state authority. The platform's documents "
            "cite the church law when the organisation's sponsor is entered as Catholic or Protestant."
        ),
        legal_basis="Art. 91 DSGVO; KDG; DSG-EKD",
        sources=(KDG, DSG_EKD),
        evidence_kind=DOCUMENT,
        evidence_de="Angabe des Trägers auf der Plattform; Name der zuständigen kirchlichen Datenschutzaufsicht.",
        evidence_en="The sponsor entered on the platform; the name of the competent church supervisory authority.",
        use_cases=PAPERWORK,
        household=NOT_EXEMPT,
        sponsors=("catholic", "protestant"),
    ),
]
