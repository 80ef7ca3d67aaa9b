"""Seeds the requirement library and a requirement set for every sector and use case (issue 4, revised in issue 11).

Used by the data migrations compliance/0002 and 0004 with the historical models. Idempotent: requirements are matched
by their stable code, sets by sector, use case and version.

What a reviewer approved stays as approved (issue 11, finding 9):
- A requirement in an approved set is frozen: the loader never rewrites it. A revised wording is a new requirement
  with a new code (`Req.replaces` names the old one), as the admin asks staff to do by hand.
- The newest version of a pair, if still a draft, is brought in line with the library. If it is approved and the
  library now asks for other requirements or notes, a new draft version is made for the reviewer; checklists keep
  following the approved version until the reviewer approves the new one.
New sets start as drafts: approval is a reviewer's act.
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
        "und nachweisbar (HmbBfDI); Portfolio-Fotos können nach einer Verbandsinformation auf dem Betreuungsvertrag "
        "beruhen, wenn die Konzeption es vorsieht. Fotos werden gelöscht, wenn das Kind geht, nie mit privaten Handys "
        "gemacht, und Gesichtserkennung bleibt aus. In Nextcloud mit Preset CLUB sind Passwort und Ablaufdatum für "
        "Links nicht voreingestellt – das Profil „Nextcloud 32, Kita-Fotos“ schaltet sie ein. Kinder sind "
        "schutzbedürftige Betroffene: Die Schwellwertanalyse ist zu dokumentieren; Fotos von Kindern haben "
        "mindestens den Schutzbedarf „hoch“. Sozialdaten sind nach § 35 SGB I und §§ 61 ff. SGB VIII geschützt.",
        "Worked case. Photos of Kita children need the parents' consent per purpose, in advance and provable "
        "(HmbBfDI); portfolio photos can rest on the care contract where the concept says so, according to an "
        "association's guidance. Photos are deleted when the child leaves, never taken with private phones, and face "
        "recognition stays off. Nextcloud's CLUB preset does not enforce passwords and expiry dates on links – the "
        "profile 'Nextcloud 32, Kita photos' switches them on. Children are vulnerable data subjects: the DSFA "
        "screening must be documented; photos of children have at least a 'high' protection need. Social data are "
        "protected under § 35 SGB I and §§ 61 ff. SGB VIII.",
    ),
    ("schule", "video"): (
        "Ausführlich bearbeiteter Fall. Verantwortlich ist die Schulleitung; die Ausstattung stellt der Schulträger "
        "(z. B. § 79 SchulG NRW). Eine ehrenamtlich betriebene Instanz braucht die schriftliche Freigabe beider und "
        "die Beteiligung der/des schulischen Datenschutzbeauftragten; Landeslösungen (z. B. BigBlueButton in RLP) "
        "zuerst prüfen. Voreinstellungen nach der DSK-Orientierungshilfe Videokonferenzsysteme 2020: Kamera und "
        "Mikrofon aus, freie Namenswahl, keine Aufzeichnung, kurze Protokolle. Schwellwertanalyse mit Blick auf die "
        "Kinder dokumentieren und Schülerinnen, Schüler und Eltern vorab informieren.",
        "Worked case. The school management is responsible; the Schulträger provides the equipment (e.g. § 79 SchulG "
        "NRW). A volunteer-run instance needs written approval of both and the school DPO's involvement; check state "
        "solutions (e.g. BigBlueButton in Rhineland-Palatinate) first. Defaults following the DSK guidance on video "
        "conferencing 2020: camera and microphone off, free choice of name, no recording, short logs. Document the "
        "DSFA screening with the children in mind and inform pupils and parents beforehand.",
    ),
    ("wg", "files"): (
        "Ausführlich bearbeiteter Fall. Solange die WG den Dienst für ihr privates Leben nutzt, greift die "
        "Haushaltsausnahme (Art. 2 Abs. 2 lit. c DSGVO): Die Checkliste zeigt nur Empfehlungen. Kontakte von Freunden "
        "oder Vermieter im gemeinsamen Adressbuch ändern daran nichts (Erwägungsgrund 18), eine Techpatin von "
        "außerhalb auch nicht: Sie ist an die DSGVO gebunden, die WG braucht keinen AVV. Die Ausnahme endet, wenn "
        "Inhalte öffentlich werden (EuGH, Lindqvist), der Dienst den öffentlichen Raum erfasst (EuGH, Ryneš) oder er "
        "nicht mehr rein privat genutzt wird; dann gelten die Pflichten der DSGVO, und die Bewohnerinnen und Bewohner "
        "legen fest, wer verantwortlich ist.",
        "Worked case. As long as the flat uses the service for its private life, the household exemption applies "
        "(Art. 2(2)(c) GDPR): the checklist shows recommendations only. Contacts of friends or the landlord in a "
        "shared address book change nothing (Recital 18), nor does an outside volunteer: they are bound by the GDPR, "
        "the flat needs no AVV. The exemption ends when content becomes public (CJEU, Lindqvist), the service covers "
        "public space (CJEU, Ryneš) or it is no longer used purely privately; then the GDPR's duties apply and the "
        "residents settle who is responsible.",
    ),
}
SECTOR_NOTES: dict[str, tuple[str, str]] = {
    "wg": (
        "Haushaltsausnahme: Solange der Dienst dem privaten Leben der WG dient, zeigt die Checkliste Empfehlungen; "
        "wird etwas veröffentlicht, der öffentliche Raum erfasst oder der Dienst nicht mehr rein privat genutzt, "
        "gelten die Pflichten der DSGVO.",
        "Household exemption: while the service serves the flat's private life, the checklist shows recommendations; "
        "once something is published, public space is recorded or the service is no longer used purely privately, "
        "the GDPR's duties apply.",
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
    """Create or update the library and the sets; works with the historical models of a migration."""
    requirement_model = apps.get_model("compliance", "Requirement")
    set_model = apps.get_model("compliance", "RequirementSet")
    item_model = apps.get_model("compliance", "RequirementSetItem")
    sectors = {s.slug: s for s in apps.get_model("taxonomy", "Sector").objects.all()}
    use_cases = {u.slug: u for u in apps.get_model("taxonomy", "UseCase").objects.all()}
    fields = {field.name for field in requirement_model._meta.get_fields()}
    frozen = set(
        item_model.objects.filter(requirement_set__status=APPROVED).values_list("requirement__code", flat=True)
    )

    saved = {}
    for index, req in enumerate(REQUIREMENTS, start=1):
        saved[req.code] = _save_requirement(requirement_model, req, index * 10, sectors, use_cases, fields, frozen)

    for sector_slug, *_sector in SECTORS:
        for use_case_slug, *_use_case in USE_CASES:
            notes_de, notes_en = notes_for(sector_slug, use_case_slug)
            wanted = [saved[code] for code in requirement_codes(sector_slug, use_case_slug)]
            newest = (
                set_model.objects.filter(sector=sectors[sector_slug], use_case=use_cases[use_case_slug])
                .order_by("-version")
                .first()
            )
            if newest is None:
                newest = set_model.objects.create(
                    sector=sectors[sector_slug],
                    use_case=use_cases[use_case_slug],
                    version=VERSION,
                    status=DRAFT,
                    notes_de=notes_de,
                    notes_en=notes_en,
                )
            elif newest.status == APPROVED:
                if _same(item_model, newest, wanted) and (newest.notes_de, newest.notes_en) == (notes_de, notes_en):
                    continue  # the approved version already says what the library says
                # A reviewed version is frozen: the changed library goes into the next draft version for review.
                newest = set_model.objects.create(
                    sector_id=newest.sector_id,
                    use_case_id=newest.use_case_id,
                    version=newest.version + 1,
                    status=DRAFT,
                    notes_de=notes_de,
                    notes_en=notes_en,
                )
            elif (newest.notes_de, newest.notes_en) != (notes_de, notes_en):
                newest.notes_de, newest.notes_en = notes_de, notes_en
                newest.save(update_fields=["notes_de", "notes_en"])
            _sync_items(item_model, newest, wanted)


def _same(item_model: Any, requirement_set: Any, wanted: list[Any]) -> bool:
    have = list(
        item_model.objects.filter(requirement_set=requirement_set)
        .order_by("position", "pk")
        .values_list("requirement_id", flat=True)
    )
    return have == [requirement.pk for requirement in wanted]


def _save_requirement(
    model: Any,
    req: Req,
    position: int,
    sectors: dict[str, Any],
    use_cases: dict[str, Any],
    fields: set[str],
    frozen: set[str],
) -> Any:
    """Create or update one requirement, unless a reviewer approved a set holding it: then it stays as approved."""
    if req.code in frozen:
        return model.objects.get(code=req.code)
    defaults = {
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
    }
    # Migrations before compliance/0003 load with a Requirement that has no `sponsors` yet.
    if "sponsors" in fields:
        defaults["sponsors"] = " ".join(req.sponsors)
    requirement, _ = model.objects.update_or_create(code=req.code, defaults=defaults)
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
