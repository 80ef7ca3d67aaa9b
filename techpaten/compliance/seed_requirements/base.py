"""The shape of one seeded requirement and the use-case groups the library's conditions are built from.

Plain data (no models): the data migration reads it through historical models, the tests read it directly.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from dataclasses import dataclass

MUST = "must"
SHOULD = "should"

DOCUMENT = "document"
CONFIGURATION = "configuration"
ORGANISATIONAL = "organisational"

# Household exemption (Art. 2(2)(c) GDPR) conditions, as stored in Requirement.household.
ANY = "any"
EXEMPT = "exempt"
NOT_EXEMPT = "not_exempt"

# Keys of the generated documents (techpaten.paperwork) a requirement may point to.
DOCUMENT_KEYS = frozenset(
    {
        "avv",
        "tom",
        "vvt",
        "photo_consent",
        "information_notice",
        "deletion_rules",
        "breach_plan",
        "confidentiality",
        "data_subject_requests",
    }
)

# Services that hold personal data on a server somebody runs for the organisation.
HOSTED = ("photos", "files", "calendar", "mail", "website", "video", "messenger", "backup", "passwords")
# Where a volunteer can reach personal data: hosted services plus maintenance of devices and the network
# (IT maintenance with possible access counts as processing on behalf, LfD Niedersachsen FAQ).
WITH_ACCESS = (*HOSTED, "network")
# Where the paperwork of a processing belongs: the services plus the data-protection documentation itself.
PAPERWORK = (*HOSTED, "gdpr-docs")
# Organisations that are never private households.
NOT_HOUSEHOLD = ("kita", "schule", "verein", "initiative", "sonstige")


@dataclass(frozen=True)
class Req:
    code: str
    level: str
    title_de: str
    title_en: str
    text_de: str
    text_en: str
    legal_basis: str
    sources: tuple[str, ...]
    evidence_kind: str
    evidence_de: str
    evidence_en: str
    # Empty: every sector / every use case.
    sectors: tuple[str, ...] = ()
    use_cases: tuple[str, ...] = ()
    children_data: bool = False
    household: str = ANY
    document: str = ""
    sdm_refs: str = ""
    bsi_refs: str = ""
    # Organisation.sponsor_kind values it applies to; empty: every sponsor.
    sponsors: tuple[str, ...] = ()
    # Codes of the requirements this one revises. A requirement in an approved set is frozen: its wording changes
    # only as a new requirement (a new code), which the next draft version of the set takes instead (seed.py).
    replaces: tuple[str, ...] = ()

    def matches(self, sector: str, use_case: str) -> bool:
        """Does the requirement belong to the set of this sector and use case? (Context conditions come later.)"""
        return (not self.sectors or sector in self.sectors) and (not self.use_cases or use_case in self.use_cases)


# Sources cited by several requirements, spelt once.
DSK_KP1 = "DSK Kurzpapier Nr. 1: Verzeichnis von Verarbeitungstätigkeiten – Art. 30 DS-GVO"
DSK_KP4 = "DSK Kurzpapier Nr. 4: Datenübermittlung in Drittländer"
DSK_KP5 = "DSK Kurzpapier Nr. 5: Datenschutz-Folgenabschätzung nach Art. 35 DS-GVO"
DSK_KP10 = "DSK Kurzpapier Nr. 10: Informationspflichten bei Dritt- und Direkterhebung"
DSK_KP11 = "DSK Kurzpapier Nr. 11: Recht auf Löschung / „Recht auf Vergessenwerden“"
DSK_KP12 = "DSK Kurzpapier Nr. 12: Datenschutzbeauftragte bei Verantwortlichen und Auftragsverarbeitern"
DSK_KP13 = "DSK Kurzpapier Nr. 13: Auftragsverarbeitung, Art. 28 DS-GVO"
DSK_KP16 = "DSK Kurzpapier Nr. 16: Gemeinsam für die Verarbeitung Verantwortliche, Art. 26 DS-GVO"
DSK_KP17 = "DSK Kurzpapier Nr. 17: Besondere Kategorien personenbezogener Daten"
DSK_KP19 = "DSK Kurzpapier Nr. 19: Unterrichtung und Verpflichtung von Beschäftigten auf Beachtung der "
DSK_KP19 += "datenschutzrechtlichen Anforderungen nach der DS-GVO"
DSK_KP20 = "DSK Kurzpapier Nr. 20: Einwilligung nach der DS-GVO"
DSK_OH_VIDEO = "DSK: Orientierungshilfe Videokonferenzsysteme (Oktober 2020)"
DSK_OH_TELEMEDIEN = "DSK: Orientierungshilfe für Anbieter:innen von Telemedien (OH Telemedien 2021)"
DSK_OH_MAIL = (
    "DSK: Orientierungshilfe Maßnahmen zum Schutz personenbezogener Daten bei der Übermittlung per E-Mail (2021)"
)
SDM = "DSK: Das Standard-Datenschutzmodell (SDM), Bausteine (github.com/datenschutzmodell/bausteine)"
SDM_60 = "SDM-Baustein 60 „Löschen und Vernichten“"
DIN_66398 = "DIN 66398:2016-05 Leitlinie zur Entwicklung eines Löschkonzepts mit Ableitung von Löschfristen"
WP248 = "Artikel-29-Datenschutzgruppe: WP248 rev.01, Leitlinien zur Datenschutz-Folgenabschätzung (vom EDSA bestätigt)"
LFD_NI_AV = "LfD Niedersachsen: FAQ Auftragsverarbeitung"
EU_SCC_28 = "Durchführungsbeschluss (EU) 2021/915 (Standardvertragsklauseln nach Art. 28 Abs. 7 DSGVO)"
HMBBFDI_KITA = "HmbBfDI: Informationspapier zur Fotografie in der Kita (Bild-, Ton- und Videoaufnahmen)"
# An association's guidance page, not a court (an earlier version cited it as "LAG Hessen", which reads like the
# Landesarbeitsgericht).
LAG_HESSEN_KITA = (
    "Verbandsinformation (keine Rechtsprechung): „Datenschutz: Fotografieren in der Kita“, Website der LAG Hessen, "
    "https://laghessen.de/datenschutz-fotografieren-in-der-kita/"
)
WIBA = "BSI: WiBA – Weg in die Basis-Absicherung (Checklisten für kleine Einrichtungen)"
LINDQVIST = "EuGH, Urteil vom 06.11.2003 – C-101/01 (Lindqvist)"
RYNES = "EuGH, Urteil vom 11.12.2014 – C-212/13 (Ryneš)"
ERWG_18 = "Erwägungsgrund 18 DSGVO (Haushaltsausnahme)"
KDG = "Gesetz über den Kirchlichen Datenschutz (KDG) vom 20.11.2017, in Kraft seit 24.05.2018"
DSG_EKD = "Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD) vom 15.11.2017"
DPF = (
    "Durchführungsbeschluss (EU) 2023/1795 der Kommission vom 10.07.2023 (Angemessenheit, EU-US Data Privacy Framework)"
)
SGB_VIII = "§§ 61–68 SGB VIII (Schutz von Sozialdaten in der Kinder- und Jugendhilfe)"
SGB_I_35 = "§ 35 SGB I (Sozialgeheimnis)"


def bsi(module: str, title: str) -> str:
    return f"BSI IT-Grundschutz-Kompendium, Baustein {module} {title}"
