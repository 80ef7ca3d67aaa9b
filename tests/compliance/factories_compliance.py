"""Small requirements, sets and engagements for the checklist, set and admin tests.

Codes start with "t-" so they never meet the seeded requirements; `fresh_set` clears the pair's seeded versions first.
"""

from __future__ import annotations

import itertools
from typing import Any

from techpaten.accounts.models import User
from techpaten.compliance.models import Requirement, RequirementSet, RequirementSetItem
from techpaten.engagements.models import Engagement
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.taxonomy.models import Sector, UseCase
from tests import factories

_counter = itertools.count(1)


def make_requirement(code: str | None = None, **extra: Any) -> Requirement:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "title_de": f"Anforderung {n}",
        "title_en": f"Requirement {n}",
        "text_de": f"Text der Anforderung {n}.",
        "text_en": f"Text of requirement {n}.",
        "level": Requirement.Level.MUST,
        "legal_basis": "Art. 28(3) DSGVO",
        "sources": "DSK Kurzpapier Nr. 13\nhttps://example.org/quelle",
        "sdm_refs": "M60.P03",
        "bsi_refs": "CON.3",
        "evidence_kind": Requirement.Evidence.DOCUMENT,
        "evidence_de": "Unterschriebener Vertrag",
        "evidence_en": "Signed contract",
        "position": n,
    }
    defaults.update(extra)
    return Requirement.objects.create(code=code or f"t-req-{n}", **defaults)


def make_set(
    sector: str = "kita",
    use_case: str = "photos",
    requirements: list[Requirement] | tuple[Requirement, ...] = (),
    *,
    version: int = 1,
    status: str = RequirementSet.Status.DRAFT,
    **extra: Any,
) -> RequirementSet:
    requirement_set = RequirementSet.objects.create(
        sector=Sector.objects.get(slug=sector),
        use_case=UseCase.objects.get(slug=use_case),
        version=version,
        status=status,
        **extra,
    )
    RequirementSetItem.objects.bulk_create(
        RequirementSetItem(requirement_set=requirement_set, requirement=r, position=i)
        for i, r in enumerate(requirements)
    )
    return requirement_set


def fresh_set(sector: str = "kita", use_case: str = "photos", requirements: Any = (), **extra: Any) -> RequirementSet:
    """A set for the pair with only the given requirements: seeded versions of the pair are removed first."""
    RequirementSet.objects.filter(sector__slug=sector, use_case__slug=use_case).delete()
    return make_set(sector, use_case, list(requirements), **extra)


def approved(requirement_set: RequirementSet, name: str = "Rita Reviewer") -> RequirementSet:
    from django.utils import timezone

    requirement_set.status = RequirementSet.Status.APPROVED
    requirement_set.approved_by_name = name
    requirement_set.approved_at = timezone.now()
    requirement_set.save()
    return requirement_set


def engage(need: Need, volunteer: User, org_admin: User) -> Engagement:
    """Accept the volunteer's offer: the volunteer joins the team of the need's engagement."""
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get(engagement_needs__need=need)
