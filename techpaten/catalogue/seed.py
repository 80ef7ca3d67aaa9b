"""Seeds the catalogue of solutions with deployment profiles, configuration baselines and coverage (issue 4).

Used by the data migration catalogue/0003 with the historical models, after the requirement library (compliance/0002)
exists. Idempotent: solutions by slug, profiles by solution and slug, settings by profile and setting name, coverage
by profile and requirement. Reviews are never seeded here: only registered reviewers give them.
"""

from __future__ import annotations

from typing import Any

from .seed_data import PROFILES, SOLUTIONS
from .seed_data.controls import CONTROLS


def load(apps: Any) -> None:
    solution_model = apps.get_model("catalogue", "Solution")
    profile_model = apps.get_model("catalogue", "DeploymentProfile")
    setting_model = apps.get_model("catalogue", "BaselineSetting")
    # Migrations before catalogue/0005 run this loader with a BaselineSetting that has no `control` yet.
    with_control = any(field.name == "control" for field in setting_model._meta.get_fields())
    # … and before catalogue/0006 with solutions and profiles that have no English name yet.
    with_name_en = any(field.name == "name_en" for field in solution_model._meta.get_fields())
    coverage_model = apps.get_model("catalogue", "Coverage")
    requirements = {r.code: r for r in apps.get_model("compliance", "Requirement").objects.all()}
    sectors = {s.slug: s for s in apps.get_model("taxonomy", "Sector").objects.all()}
    use_cases = {u.slug: u for u in apps.get_model("taxonomy", "UseCase").objects.all()}

    solutions = {}
    for index, sol in enumerate(SOLUTIONS, start=1):
        names = {"name": sol.name, "name_en": sol.name_en} if with_name_en else {"name": sol.name}
        solution, _ = solution_model.objects.update_or_create(
            slug=sol.slug,
            defaults={
                **names,
                "software": sol.software,
                "summary_de": sol.summary_de,
                "summary_en": sol.summary_en,
                "hosting_notes_de": sol.hosting_notes_de,
                "hosting_notes_en": sol.hosting_notes_en,
                "eu_hosting": sol.eu_hosting,
                "contract_by": sol.contract_by,
                "cost_min_cents": sol.cost_min_cents,
                "cost_max_cents": sol.cost_max_cents,
                "project_url": sol.project_url,
                "position": index * 10,
            },
        )
        solution.use_cases.set([use_cases[slug] for slug in sol.use_cases])
        solution.sectors.set([sectors[slug] for slug in sol.sectors])
        solutions[sol.slug] = solution

    for spec in PROFILES:
        names = {"name": spec.name, "name_en": spec.name_en} if with_name_en else {"name": spec.name}
        profile, _ = profile_model.objects.update_or_create(
            solution=solutions[spec.solution],
            slug=spec.slug,
            defaults={
                **names,
                "software_version": spec.software_version,
                "description_de": spec.description_de,
                "description_en": spec.description_en,
            },
        )
        for position, setting in enumerate(spec.baseline, start=1):
            defaults = {
                "kind": setting.kind,
                "value": setting.value,
                "reason_de": setting.reason_de,
                "reason_en": setting.reason_en,
                "position": position,
            }
            if with_control:
                defaults["control"] = CONTROLS[setting.setting]
            setting_model.objects.update_or_create(profile=profile, setting=setting.setting, defaults=defaults)
        for cover in spec.coverage:
            coverage_model.objects.update_or_create(
                profile=profile,
                requirement=requirements[cover.code],
                defaults={"level": cover.level, "statement_de": cover.statement_de, "statement_en": cover.statement_en},
            )
