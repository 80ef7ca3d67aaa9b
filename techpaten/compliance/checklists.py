"""Deriving a need's checklist from the organisation's sector and the need's use cases.

For each use case the current requirement set counts: the newest approved version, or — while none is approved —
the newest draft, shown as "not yet reviewed". Requirements with conditions (children's data, the household
exemption) are kept or dropped by the need's context. The same requirement brought in by two use cases is one item.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch

from techpaten.engagements.access import live_team_for_need
from techpaten.engagements.models import Engagement
from techpaten.needs.models import Need
from techpaten.organisations.access import member_ids
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
    beyond_household: bool
    outside_admin: bool
    sponsor: str = ""
    # Whether the organisation has answered the questions of the context (None: not yet).
    answered_beyond_household: bool | None = None
    answered_children: bool | None = None

    @property
    def household_exempt(self) -> bool:
        """A household stays exempt while it stays private (Art. 2(2)(c), Recital 18): an outside helper and other
        people's contact details do not end the exemption; publication, public space or non-private use do."""
        return self.household_sector and not self.beyond_household


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
    if requirement.sponsors and context.sponsor not in requirement.sponsor_list:
        return False
    if requirement.household == Requirement.Household.EXEMPT:
        return context.household_exempt
    if requirement.household == Requirement.Household.NOT_EXEMPT:
        return not context.household_exempt
    return True


def make_context(sector_slug: str, sponsor: str, answers: NeedContext | None, outside_admin: bool) -> Context:
    """The checklist's context from the sector, the sponsor and the organisation's answers (if any)."""
    beyond = answers.beyond_household if answers is not None else None
    children = answers.children_data if answers is not None else None
    return Context(
        children_data=sector_slug in CHILDREN_SECTORS or bool(children),
        household_sector=sector_slug in HOUSEHOLD_SECTORS,
        beyond_household=bool(beyond),
        outside_admin=outside_admin,
        sponsor=sponsor,
        answered_beyond_household=beyond,
        answered_children=children,
    )


def context_for(need: Need) -> Context:
    organisation = need.organisation
    answers = NeedContext.objects.filter(need=need).first()
    return make_context(organisation.sector.slug, organisation.sponsor_kind, answers, has_outside_admin(need))


def has_outside_admin(need: Need) -> bool:
    """Is somebody on the need's team who is not a member of the organisation (a processor, not a household member)?"""
    return (
        live_team_for_need(need)
        .filter(user__isnull=False)
        .exclude(user_id__in=member_ids(need.organisation_id))
        .exists()
    )


def newest_counting(sets: Iterable[RequirementSet]) -> dict[tuple[int, int], RequirementSet]:
    """(sector id, use case id) → the version that counts: the newest approved, else the newest draft."""
    chosen: dict[tuple[int, int], RequirementSet] = {}
    for candidate in sorted(sets, key=lambda s: -s.version):
        key = (candidate.sector_id, candidate.use_case_id)
        current = chosen.get(key)
        if current is None or (
            current.status != RequirementSet.Status.APPROVED and candidate.status == RequirementSet.Status.APPROVED
        ):
            chosen[key] = candidate
    return chosen


def current_sets(sector_id: int, use_case_ids: Iterable[int]) -> dict[int, RequirementSet]:
    """use case id → the set that counts now (newest approved, else newest draft), items prefetched."""
    items = RequirementSetItem.objects.select_related("requirement").order_by("position", "pk")
    candidates = (
        RequirementSet.objects.filter(sector_id=sector_id, use_case_id__in=list(use_case_ids))
        .select_related("sector", "use_case")
        .prefetch_related(Prefetch("items", queryset=items))
    )
    return {use_case_id: chosen for (_sector, use_case_id), chosen in newest_counting(candidates).items()}


def assemble(
    need: Need,
    context: Context,
    use_cases: list[UseCase],
    sets: dict[int, RequirementSet],
    entries: dict[int, ChecklistEntry],
) -> Checklist:
    """One item per requirement that applies (a requirement two use cases bring in is listed once), MUST first."""
    items: dict[int, Item] = {}
    without: list[UseCase] = []
    used: list[RequirementSet] = []
    for use_case in use_cases:
        requirement_set = sets.get(use_case.pk)
        if requirement_set is None:
            without.append(use_case)
            continue
        used.append(requirement_set)
        for set_item in requirement_set.items.all():
            requirement = set_item.requirement
            if not applies(requirement, context):
                continue
            item = items.setdefault(requirement.pk, Item(requirement, entry=entries.get(requirement.pk)))
            item.use_cases.append(use_case)
    ordered = sorted(
        items.values(), key=lambda i: (i.requirement.level != Requirement.Level.MUST, i.requirement.position)
    )
    return Checklist(need, context, used, without, ordered)


def for_need(need: Need) -> Checklist:
    use_cases = list(need.use_cases.all())
    sets = current_sets(need.organisation.sector_id, [uc.pk for uc in use_cases])
    entries = {entry.requirement_id: entry for entry in ChecklistEntry.objects.filter(need=need)}
    return assemble(need, context_for(need), use_cases, sets, entries)


def for_engagement(engagement: Engagement) -> list[Checklist]:
    """The checklists of all needs of an engagement, in a fixed number of queries however many needs there are."""
    needs = list(
        engagement.needs.select_related("organisation__sector")
        .prefetch_related("use_cases")
        .order_by("published_at", "pk")
    )
    if not needs:
        return []
    need_ids = [need.pk for need in needs]
    answered = {context.need_id: context for context in NeedContext.objects.filter(need_id__in=need_ids)}
    entries: dict[int, dict[int, ChecklistEntry]] = defaultdict(dict)
    for entry in ChecklistEntry.objects.filter(need_id__in=need_ids):
        entries[entry.need_id][entry.requirement_id] = entry
    # All needs of an engagement belong to one organisation and are looked after by the engagement's team.
    outside_admin = has_outside_admin(needs[0])
    sector = needs[0].organisation.sector
    sets = current_sets(sector.pk, {uc.pk for need in needs for uc in need.use_cases.all()})
    return [
        assemble(
            need,
            make_context(sector.slug, needs[0].organisation.sponsor_kind, answered.get(need.pk), outside_admin),
            list(need.use_cases.all()),
            sets,
            entries[need.pk],
        )
        for need in needs
    ]
