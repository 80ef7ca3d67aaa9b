"""The shape of the seeded catalogue: solutions, deployment profiles, baseline settings and coverage statements."""

from __future__ import annotations

from dataclasses import dataclass

ORGANISATION = "organisation"
VOLUNTEER = "volunteer"
NONE = "none"

ON = "on"
OFF = "off"
APP_DISABLED = "app_disabled"
VALUE = "value"

SATISFIED = "satisfied"
PARTIAL = "partial"
LEFT_TO_ORGANISATION = "organisation"


@dataclass(frozen=True)
class Sol:
    slug: str
    name: str  # German; product names stay as they are in both languages
    name_en: str
    software: str
    summary_de: str
    summary_en: str
    use_cases: tuple[str, ...]
    hosting_notes_de: str
    hosting_notes_en: str
    cost_min_cents: int
    cost_max_cents: int
    project_url: str = ""
    # Empty: suits every sector.
    sectors: tuple[str, ...] = ()
    contract_by: str = ORGANISATION
    eu_hosting: bool = True


@dataclass(frozen=True)
class Setting:
    kind: str
    setting: str
    value: str
    reason_de: str
    reason_en: str


@dataclass(frozen=True)
class Cover:
    code: str  # a Requirement.code of techpaten.compliance.seed_requirements
    level: str
    statement_de: str
    statement_en: str


@dataclass(frozen=True)
class Profile:
    solution: str
    slug: str
    name: str  # German
    name_en: str
    software_version: str
    description_de: str
    description_en: str
    baseline: tuple[Setting, ...]
    coverage: tuple[Cover, ...]


# Hosting notes most self-hosted solutions share.
EU_VPS_DE = (
    "Ein kleiner virtueller Server bei einem Hoster mit Rechenzentrum in der EU (z. B. in Deutschland). Den "
    "Hostingvertrag und den AVV des Hosters schließt die Einrichtung auf ihren Namen; die Techpatin erhält nur den "
    "Admin-Zugang, den sie braucht. So bleibt der Dienst bei der Einrichtung, wenn die Betreuung wechselt."
)
EU_VPS_EN = (
    "A small virtual server at a hoster with a data centre in the EU (e.g. in Germany). The organisation signs the "
    "hosting contract and the hoster's AVV in its own name; the volunteer gets only the admin access needed. The "
    "service thus stays with the organisation when the volunteer changes."
)
