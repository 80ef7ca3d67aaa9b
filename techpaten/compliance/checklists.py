"""Deriving a need's checklist from the organisation's sector and the need's use cases.

For each use case the current requirement set counts: the newest approved version, or — while none is approved —
the newest draft, shown as "not yet reviewed". Requirements with conditions (children's data, the household
exemption) are kept or dropped by the need's context. The same requirement brought in by two use cases is one item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch

from techpaten.engagements.models import Engagement, TeamMember
from techpaten.needs.models import Need
from techpaten.organisations.models import Membership
from techpaten.taxonomy.models import UseCase

from .models import ChecklistEntry, NeedContext, Requirement, RequirementSet, RequirementSetItem

# Sectors whose services hold children's data as a rule (WP248: vulnerable data subjects).
CHILDREN_SECTORS = frozenset({"kita", "schule"})
# Sectors that may be private households (Art. 2(2)(c) GDPR), read narrowly: natural persons, purely personal.
HOUSEHOLD_SECTORS = frozenset({"wg"})


@dataclass(frozen=True)
class Context:
    children_data: bool
    household_sector: bool
    third_party_data: bool
    outside_admin: bool

    @property
    def household_exempt(self) -> bool:
        """The exemption holds only for a household's own members running it for themselves."""
        return self.household_sector and not self.third_party_data and not self.outside_admin


@dataclass
class Item:
    requirement: Requirement
    use_cases: list[UseCase] = field(default_factory=list)
    entry: ChecklistEntry | None = None

    @property
    def done(self) -> bool:
        return self.entry is not None and self.entry.done


@dataclass
class Checklist:
    need: Need
    context: Context
    sets: list[RequirementSet]
    use_cases_without_set: list[UseCase]
    items: list[Item]

    @property
    def done_count(self) -> int:
        return sum(1 for item in self.items if item.done)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.total) if self.items else 0

    @property
    def unreviewed_sets(self) -> list[RequirementSet]:
        return [s for s in self.sets if s.status != RequirementSet.Status.APPROVED]

    @property
    def must_open(self) -> int:
        return sum(1 for item in self.items if not item.done and item.requirement.level == Requirement.Level.MUST)


def applies(requirement: Requirement, context: Context) -> bool:
    if requirement.children_data and not context.children_data:
        return False
    if requirement.household == Requirement.Household.EXEMPT:
        return context.household_exempt
    if requirement.household == Requirement.Household.NOT_EXEMPT:
        return not context.household_exempt
    return True


def context_for(need: Need) -> Context:
    sector_slug = need.organisation.sector.slug
    answered = NeedContext.objects.filter(need=need).values_list("third_party_data", flat=True).first()
    return Context(
        children_data=sector_slug in CHILDREN_SECTORS,
        household_sector=sector_slug in HOUSEHOLD_SECTORS,
        third_party_data=bool(answered),
        outside_admin=has_outside_admin(need),
    )


def has_outside_admin(need: Need) -> bool:
    """Is somebody on the need's team who is not a member of the organisation (a processor, not a household member)?"""
    members = Membership.objects.filter(organisation_id=need.organisation_id).values("user_id")
    return (
        TeamMember.objects.filter(
            team__engagements__engagement_needs__need=need, left_at__isnull=True, user__isnull=False
        )
        .exclude(user_id__in=members)
        .exists()
    )


def current_sets(sector_id: int, use_case_ids: Iterable[int]) -> dict[int, RequirementSet]:
    """use case id → the set that counts now (newest approved, else newest draft), items prefetched."""
    items = RequirementSetItem.objects.select_related("requirement").order_by("position", "pk")
    candidates = (
        RequirementSet.objects.filter(sector_id=sector_id, use_case_id__in=list(use_case_ids))
        .select_related("sector", "use_case")
        .prefetch_related(Prefetch("items", queryset=items))
        .order_by("use_case_id", "-version")
    )
    chosen: dict[int, RequirementSet] = {}
    for candidate in candidates:
        current = chosen.get(candidate.use_case_id)
        if current is None or (
            current.status != RequirementSet.Status.APPROVED and candidate.status == RequirementSet.Status.APPROVED
        ):
            chosen[candidate.use_case_id] = candidate
    return chosen


def for_need(need: Need) -> Checklist:
    context = context_for(need)
    use_cases = list(need.use_cases.all())
    sets = current_sets(need.organisation.sector_id, [uc.pk for uc in use_cases])
    entries = {entry.requirement_id: entry for entry in ChecklistEntry.objects.filter(need=need)}
    items: dict[int, Item] = {}
    without: list[UseCase] = []
    for use_case in use_cases:
        requirement_set = sets.get(use_case.pk)
        if requirement_set is None:
            without.append(use_case)
            continue
        for set_item in requirement_set.items.all():
            requirement = set_item.requirement
            if not applies(requirement, context):
                continue
            item = items.setdefault(requirement.pk, Item(requirement, entry=entries.get(requirement.pk)))
            item.use_cases.append(use_case)
    must_first = lambda i: (i.requirement.level != Requirement.Level.MUST, i.requirement.position)  # noqa: E731
    ordered = sorted(items.values(), key=must_first)
    return Checklist(need, context, list(sets.values()), without, ordered)


def for_engagement(engagement: Engagement) -> list[Checklist]:
    needs = engagement.needs.select_related("organisation__sector").order_by("published_at", "pk")
    return [for_need(need) for need in needs]
