"""Seeds the requirement library and version 1 of a requirement set for every sector and use case (issue 4).

Used by the data migration compliance/0002 with the historical models. Idempotent: requirements are matched by their
stable code, sets by sector, use case and version. A set a reviewer has approved is frozen — its items stay as
reviewed; only drafts are brought in line with the library. New sets start as drafts: approval is a reviewer's act.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from typing import Any

from techpaten.taxonomy.seed import SECTORS, USE_CASES

from .seed_requirements import REQUIREMENTS, Req

DRAFT = "draft"
APPROVED = "approved"
VERSION = 1

# Notes of the three worked cases (in depth) and short notes for whole sectors; (sector, use case) wins over sector.
NOTES: dict[tuple[str, str], tuple[str, str]] = {
    ("kita", "photos"): (
        "Ausführlich bearbeiteter Fall. Fotos von Kita-Kindern brauchen die Einwilligung der Eltern je Zweck, vorab "
        "und nachweisbar (HmbBfDI); Portfolio-Fotos können auf dem Betreuungsvertrag beruhen, wenn die Konzeption es "
        "vorsieht (LAG Hessen). Fotos werden gelöscht, wenn das Kind geht, nie mit privaten Handys gemacht, und "
        "Gesichtserkennung bleibt aus. In Nextcloud mit Preset CLUB sind Passwort und Ablaufdatum für Links nicht "
        "voreingestellt – das Profil „Nextcloud 32, Kita-Fotos“ schaltet sie ein. Kinder sind schutzbedürftige "
        "Betroffene: Die Schwellwertanalyse ist zu dokumentieren.",
        "Worked case. Photos of Kita children need the parents' consent per purpose, in advance and provable "
        "(HmbBfDI); portfolio photos can rest on the care contract where the concept says so (LAG Hessen). Photos are "
        "deleted when the child leaves, never taken with private phones, and face recognition stays off. Nextcloud's "
        "CLUB preset does not enforce passwords and expiry dates on links – the profile 'Nextcloud 32, Kita photos' "
        "switches them on. Children are vulnerable data subjects: the DSFA screening must be documented.",
    ),
    ("schule", "video"): (
        "Ausführlich bearbeiteter Fall. Verantwortlich ist die Schulleitung; Plattformen stellt der Schulträger bereit "
        "(OVG NRW, § 79 SchulG NRW). Eine ehrenamtlich betriebene Instanz braucht die schriftliche Freigabe beider und "
        "die Beteiligung der/des schulischen Datenschutzbeauftragten; Landeslösungen (z. B. BigBlueButton in RLP) "
        "zuerst prüfen. Voreinstellungen nach der DSK-Orientierungshilfe Videokonferenzsysteme 2020: Kamera und "
        "Mikrofon aus, freie Namenswahl, keine Aufzeichnung, kurze Protokolle. Schwellwertanalyse mit Blick auf die "
        "Kinder dokumentieren und Schülerinnen, Schüler und Eltern vorab informieren.",
        "Worked case. The school management is responsible; the Schulträger provides platforms (OVG NRW, § 79 SchulG "
        "NRW). A volunteer-run instance needs written approval of both and the school DPO's involvement; check state "
        "solutions (e.g. BigBlueButton in Rhineland-Palatinate) first. Defaults following the DSK guidance on video "
        "conferencing 2020: camera and microphone off, free choice of name, no recording, short logs. Document the "
        "DSFA screening with the children in mind and inform pupils and parents beforehand.",
    ),
    ("wg", "files"): (
        "Ausführlich bearbeiteter Fall. Solange nur WG-Mitglieder den Dienst für sich selbst nutzen und betreiben, "
        "greift meist die Haushaltsausnahme (Art. 2 Abs. 2 lit. c DSGVO, eng ausgelegt): Die Checkliste zeigt dann nur "
        "Empfehlungen. Sobald Daten von Menschen außerhalb der WG im Dienst liegen oder eine Techpatin von außerhalb "
        "ihn betreut, gilt die DSGVO – mit AVV, Datenschutzinformation, Verzeichnis und Sicherheitsmaßnahmen – und die "
        "Bewohnerinnen und Bewohner legen fest, wer verantwortlich ist.",
        "Worked case. As long as only the flat's members use and run the service for themselves, the household "
        "exemption usually applies (Art. 2(2)(c) GDPR, read narrowly): the checklist then shows recommendations only. "
        "Once data of people outside the flat are in the service or an outside volunteer looks after it, the GDPR "
        "applies – with AVV, information notice, record and security measures – and the residents settle who is "
        "responsible.",
    ),
}
SECTOR_NOTES: dict[str, tuple[str, str]] = {
    "wg": (
        "Haushaltsausnahme: Solange nur WG-Mitglieder beteiligt sind, zeigt die Checkliste Empfehlungen; mit Daten "
        "Dritter oder einer Techpatin von außerhalb gelten die Pflichten der DSGVO.",
        "Household exemption: while only the flat's members are involved, the checklist shows recommendations; with "
        "third parties' data or an outside volunteer the GDPR's duties apply.",
    ),
    "schule": (
        "Vor dem Start: schriftliche Freigabe von Schulleitung und Schulträger und Beteiligung der/des schulischen "
        "Datenschutzbeauftragten.",
        "Before the start: written approval by school management and Schulträger, and the school DPO involved.",
    ),
}


def requirement_codes(sector: str, use_case: str) -> list[str]:
    """The codes the seeded set of this sector and use case holds, in order."""
    return [req.code for req in REQUIREMENTS if req.matches(sector, use_case)]


def notes_for(sector: str, use_case: str) -> tuple[str, str]:
    return NOTES.get((sector, use_case)) or SECTOR_NOTES.get(sector) or ("", "")


def load(apps: Any) -> None:
    """Create or update the library and the version-1 sets; works with the historical models of a migration."""
    requirement_model = apps.get_model("compliance", "Requirement")
    set_model = apps.get_model("compliance", "RequirementSet")
    item_model = apps.get_model("compliance", "RequirementSetItem")
    sectors = {s.slug: s for s in apps.get_model("taxonomy", "Sector").objects.all()}
    use_cases = {u.slug: u for u in apps.get_model("taxonomy", "UseCase").objects.all()}

    saved = {}
    for index, req in enumerate(REQUIREMENTS, start=1):
        saved[req.code] = _save_requirement(requirement_model, req, index * 10, sectors, use_cases)

    for sector_slug, *_sector in SECTORS:
        for use_case_slug, *_use_case in USE_CASES:
            notes_de, notes_en = notes_for(sector_slug, use_case_slug)
            requirement_set, created = set_model.objects.get_or_create(
                sector=sectors[sector_slug],
                use_case=use_cases[use_case_slug],
                version=VERSION,
                defaults={"status": DRAFT, "notes_de": notes_de, "notes_en": notes_en},
            )
            if requirement_set.status == APPROVED:
                continue  # a reviewed version is frozen
            if not created and (requirement_set.notes_de, requirement_set.notes_en) != (notes_de, notes_en):
                requirement_set.notes_de, requirement_set.notes_en = notes_de, notes_en
                requirement_set.save(update_fields=["notes_de", "notes_en"])
            wanted = [saved[code] for code in requirement_codes(sector_slug, use_case_slug)]
            _sync_items(item_model, requirement_set, wanted)


def _save_requirement(model: Any, req: Req, position: int, sectors: dict, use_cases: dict) -> Any:
    requirement, _ = model.objects.update_or_create(
        code=req.code,
        defaults={
            "title_de": req.title_de,
            "title_en": req.title_en,
            "text_de": req.text_de,
            "text_en": req.text_en,
            "level": req.level,
            "legal_basis": req.legal_basis,
            "sources": "\n".join(req.sources),
            "sdm_refs": req.sdm_refs,
            "bsi_refs": req.bsi_refs,
            "evidence_kind": req.evidence_kind,
            "evidence_de": req.evidence_de,
            "evidence_en": req.evidence_en,
            "children_data": req.children_data,
            "household": req.household,
            "document": req.document,
            "position": position,
        },
    )
    requirement.sectors.set([sectors[slug] for slug in req.sectors])
    requirement.use_cases.set([use_cases[slug] for slug in req.use_cases])
    return requirement


def _sync_items(item_model: Any, requirement_set: Any, wanted: list[Any]) -> None:
    """Make the draft's items exactly `wanted`, in that order, touching only rows that differ."""
    positions = {requirement.pk: index for index, requirement in enumerate(wanted, start=1)}
    existing = {item.requirement_id: item for item in item_model.objects.filter(requirement_set=requirement_set)}
    for requirement_id, item in existing.items():
        if requirement_id not in positions:
            item.delete()
        elif item.position != positions[requirement_id]:
            item.position = positions[requirement_id]
            item.save(update_fields=["position"])
    item_model.objects.bulk_create(
        item_model(requirement_set=requirement_set, requirement_id=requirement_id, position=position)
        for requirement_id, position in positions.items()
        if requirement_id not in existing
    )
