"""Turns the demo texts into rows: accounts, organisations, volunteer profiles and needs.

Everything goes through the ORM with bulk_create, in the caller's transaction; what a model's save() or a service
would keep up to date (the needs' search text) is brought up to date by the owning app's own function afterwards.
One `random.Random(seed)` decides every choice, so two runs on empty databases give the same demo (timestamps are
relative to `now`).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.needs.models import Need
from techpaten.organisations.models import Membership, Organisation
from techpaten.places.plz import Point, lookup
from techpaten.taxonomy.models import Sector, Skill, UseCase
from techpaten.volunteers.models import VolunteerProfile

from . import people
from .needs_generic import GENERIC_NEEDS
from .needs_sectors import SECTOR_NEEDS, NeedText
from .organisations import CONTACT_MAILBOX, FEATURED_KITA, FEATURED_VEREIN, FICTION_PHONE_PREFIX, ORGANISATIONS

SEED = 2718
NEED_COUNT = 80
BUDGETS_CENTS = [0, 0, 0, 0, 0, 500, 800, 1000, 1000, 1500, 2000, 3000, 5000]


@dataclass
class Demo:
    """What the builders create, shared with `offers.build_offers`."""

    rng: random.Random
    now: datetime
    organisations: dict[str, Organisation] = field(default_factory=dict)
    admins: dict[int, User] = field(default_factory=dict)  # organisation pk → its first admin
    speakers: dict[int, list[User]] = field(default_factory=dict)  # organisation pk → members who write messages
    member_of: dict[int, set[int]] = field(default_factory=dict)  # user pk → organisation pks
    volunteers: dict[str, VolunteerProfile] = field(default_factory=dict)  # e-mail → profile (with .user)
    needs: list[Need] = field(default_factory=list)
    featured: dict[str, Need] = field(default_factory=dict)
    skill_names: dict[int, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def between(self, start: datetime, end: datetime) -> datetime:
        return start + (end - start) * self.rng.random()


def _ascii(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _point(plz: str) -> Point:
    point = lookup(plz)
    if point is None:  # a typo in the demo data; fail loudly rather than place an organisation at sea
        raise ValueError(f"unknown PLZ in demo data: {plz}")
    return point


def restore_history(objects: list[Any], values: dict[int, dict[str, datetime]], fields: list[str]) -> None:
    """bulk_create stamps auto_now(_add) fields with now; put the intended history back."""
    for index, obj in enumerate(objects):
        for name, value in values[index].items():
            setattr(obj, name, value)
    type(objects[0]).objects.bulk_update(objects, fields)


def build(now: datetime | None = None, seed: int = SEED) -> Demo:
    demo = Demo(rng=random.Random(seed), now=now or timezone.now())
    password = make_password(people.PASSWORD)  # hashed once, shared by every demo account
    users, extra_members = _build_accounts(demo, password)
    _build_organisations(demo, users, extra_members)
    _build_volunteers(demo, users)
    _build_needs(demo)
    from .offers import build_offers

    build_offers(demo)
    from .dataprotection import build_data_protection

    reviewer = build_data_protection(demo, password)
    from .patenschaften import build_patenschaften

    build_patenschaften(demo)
    from .knowledge import build_knowledge

    build_knowledge(demo)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in [*users.values(), reviewer]]
    )
    demo.counts["users"] = len(users)
    return demo


def _build_accounts(demo: Demo, password: str) -> tuple[dict[str, User], list[tuple[str, str, str]]]:
    """Staff, one admin per organisation, some extra members, and the volunteers, keyed by e-mail; plus the extra
    members as (organisation slug, e-mail, role)."""
    rng = demo.rng
    accounts: dict[str, User] = {}

    def add(email: str, name: str, joined_days_ago: float, **extra: Any) -> None:
        accounts[email] = User(
            email=email, name=name, password=password, date_joined=demo.ago(joined_days_ago), **extra
        )

    add(people.STAFF_EMAIL, "Demo-Team", 400, is_staff=True, is_superuser=True)
    for org in ORGANISATIONS:
        email = people.KITA_ADMIN_EMAIL if org.slug == FEATURED_KITA else f"{org.slug}@{people.DEMO_DOMAIN}"
        add(email, f"{rng.choice(people.FIRST_NAMES)} {rng.choice(people.LAST_NAMES)}", rng.uniform(70, 400))
    add(people.KITA_MEMBER_EMAIL, people.KITA_MEMBER_NAME, 90)
    for volunteer in people.VOLUNTEERS:
        add(volunteer.email, volunteer.name, rng.uniform(20, 300), language=volunteer.language)
    # Extra members for a dozen organisations: names drawn until the address is new.
    extra_orgs = rng.sample([o.slug for o in ORGANISATIONS if o.slug != FEATURED_KITA], 12)
    extras: list[tuple[str, str, str]] = []
    for slug in extra_orgs:
        for _ in range(rng.choice([1, 1, 2])):
            while True:
                first, last = rng.choice(people.FIRST_NAMES), rng.choice(people.LAST_NAMES)
                email = f"{_ascii(first)}.{_ascii(last)}@{people.DEMO_DOMAIN}"
                if email not in accounts:
                    break
            add(email, f"{first} {last}", rng.uniform(10, 200))
            role = Membership.Role.ADMIN if rng.random() < 0.3 else Membership.Role.MEMBER
            extras.append((slug, email, role))
    User.objects.bulk_create(list(accounts.values()))
    return accounts, extras


def _build_organisations(demo: Demo, users: dict[str, User], extra_members: list[tuple[str, str, str]]) -> None:
    rng = demo.rng
    sectors = {s.slug: s for s in Sector.objects.all()}
    organisations: list[Organisation] = []
    history: dict[int, dict[str, datetime]] = {}
    for index, org in enumerate(ORGANISATIONS):
        point = _point(org.plz)
        prefix = FICTION_PHONE_PREFIX.get(org.town)
        created = demo.ago(rng.uniform(65, 400))
        history[index] = {"created_at": created, "updated_at": created + timedelta(days=rng.uniform(0, 30))}
        organisations.append(
            Organisation(
                name=org.name,
                slug=org.slug,
                sector=sectors[org.sector],
                is_formal=org.formal,
                description=org.description,
                plz=org.plz,
                town=org.town,
                latitude=point.latitude,
                longitude=point.longitude,
                contact_email=f"{CONTACT_MAILBOX[org.sector]}@{org.slug}.example",
                contact_phone=f"{prefix} {rng.randint(100, 999)}" if prefix else "",
                contact_address=f"{org.street}\n{org.plz} {org.town}",
            )
        )
    Organisation.objects.bulk_create(organisations)
    restore_history(organisations, history, ["created_at", "updated_at"])
    demo.organisations = {o.slug: o for o in organisations}

    memberships: list[Membership] = []

    def join(user: User, organisation: Organisation, role: str) -> None:
        memberships.append(Membership(user=user, organisation=organisation, role=role))
        demo.member_of.setdefault(user.pk, set()).add(organisation.pk)
        demo.speakers.setdefault(organisation.pk, []).append(user)
        if role == Membership.Role.ADMIN:
            demo.admins.setdefault(organisation.pk, user)

    for organisation in organisations:
        slug = organisation.slug
        email = people.KITA_ADMIN_EMAIL if slug == FEATURED_KITA else f"{slug}@{people.DEMO_DOMAIN}"
        join(users[email], organisation, Membership.Role.ADMIN)
    kita = demo.organisations[FEATURED_KITA]
    join(users[people.KITA_MEMBER_EMAIL], kita, Membership.Role.MEMBER)
    # The person who is both: a volunteer admin and a plain member of the garden club.
    join(users[people.BOTH_EMAIL], demo.organisations[FEATURED_VEREIN], Membership.Role.MEMBER)
    for slug, email, role in extra_members:
        join(users[email], demo.organisations[slug], role)
    Membership.objects.bulk_create(memberships)
    demo.counts["organisations"] = len(organisations)
    demo.counts["memberships"] = len(memberships)


def _build_volunteers(demo: Demo, users: dict[str, User]) -> None:
    skills = {s.slug: s for s in Skill.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    demo.skill_names = {s.pk: s.name_de for s in skills.values()}
    profiles: list[VolunteerProfile] = []
    for volunteer in people.VOLUNTEERS:
        point = _point(volunteer.plz)
        profiles.append(
            VolunteerProfile(
                user=users[volunteer.email],
                display_name=volunteer.display_name,
                bio=volunteer.bio,
                plz=volunteer.plz,
                latitude=point.latitude,
                longitude=point.longitude,
                radius_km=volunteer.radius_km,
                remote_ok=volunteer.remote_ok,
                hours_per_month=volunteer.hours,
                is_public=volunteer.public,
            )
        )
    VolunteerProfile.objects.bulk_create(profiles)
    skill_rows: list[Any] = []
    sector_rows: list[Any] = []
    for volunteer, profile in zip(people.VOLUNTEERS, profiles, strict=True):
        skill_rows += [
            VolunteerProfile.skills.through(volunteerprofile_id=profile.pk, skill_id=skills[s].pk)
            for s in volunteer.skills
        ]
        sector_rows += [
            VolunteerProfile.sectors.through(volunteerprofile_id=profile.pk, sector_id=sectors[s].pk)
            for s in volunteer.sectors
        ]
        profile.demo_skill_ids = [skills[s].pk for s in volunteer.skills]  # type: ignore[attr-defined]
        demo.volunteers[volunteer.email] = profile
    VolunteerProfile.skills.through.objects.bulk_create(skill_rows)
    VolunteerProfile.sectors.through.objects.bulk_create(sector_rows)
    demo.counts["volunteers"] = len(profiles)


# The featured Kita's needs, one per status, so its admin sees every situation: template index → status.
FEATURED_KITA_NEEDS = {0: "matched", 1: "open", 4: "open", 2: "draft", 6: "closed"}


def _plan_needs(demo: Demo) -> list[tuple[Organisation, NeedText, str, str]]:
    """(organisation, text, status, key) for 80 needs; `key` names the featured ones."""
    rng = demo.rng
    others = [o for o in ORGANISATIONS if o.slug != FEATURED_KITA]
    single = set(rng.sample([o.slug for o in others], 2 * len(others) + len(FEATURED_KITA_NEEDS) - NEED_COUNT))
    statuses = ["open"] * 48 + ["matched"] * 11 + ["draft"] * 8 + ["closed"] * 8
    rng.shuffle(statuses)
    used: set[str] = set()

    def draw(*sources: list[NeedText]) -> NeedText:
        """A text nobody has used yet, from the first source that has one (a repeat only when all are used)."""
        for source in sources:
            fresh = [text for text in source if text.title not in used]
            if fresh:
                text = rng.choice(fresh)
                used.add(text.title)
                return text
        return rng.choice(sources[-1])

    kita = demo.organisations[FEATURED_KITA]
    plan = [
        (kita, SECTOR_NEEDS["kita"][index], status, f"kita-{status}-{index}")
        for index, status in FEATURED_KITA_NEEDS.items()
    ]
    used.update(text.title for _org, text, _status, _key in plan)
    for org in others:
        organisation = demo.organisations[org.slug]
        for position in range(1 if org.slug in single else 2):
            if position == 0 or rng.random() < 0.5:
                text = draw(SECTOR_NEEDS[org.sector], GENERIC_NEEDS)
            else:
                text = draw(GENERIC_NEEDS, SECTOR_NEEDS[org.sector])
            plan.append((organisation, text, statuses.pop(), ""))
    if len(plan) != NEED_COUNT or statuses:
        raise RuntimeError(f"demo plan has {len(plan)} needs and {len(statuses)} unused statuses")
    return plan


def _need_times(demo: Demo, status: str, key: str) -> dict[str, datetime | None]:
    rng = demo.rng
    fixed = {"kita-matched-0": 30, "kita-open-1": 20, "kita-open-4": 2.5, "kita-closed-6": 50}
    if status == "draft":
        created = demo.ago(rng.uniform(0.5, 20))
        return {"created_at": created, "updated_at": created, "published_at": None, "closed_at": None}
    age = (
        fixed.get(key)
        or {
            "open": rng.uniform(0.3, 60),
            "matched": rng.uniform(8, 60),
            "closed": rng.uniform(20, 60),
        }[status]
    )
    published = demo.ago(age)
    closed = demo.between(published + timedelta(days=5), demo.ago(1)) if status == "closed" else None
    return {
        "created_at": published - timedelta(days=rng.uniform(0.01, 2)),
        "updated_at": closed or published,
        "published_at": published,
        "closed_at": closed,
    }


def _build_needs(demo: Demo) -> None:
    rng = demo.rng
    use_cases = {u.slug: u for u in UseCase.objects.prefetch_related("suggested_skills")}
    suggested = {u.pk: [s.pk for s in u.suggested_skills.all()] for u in use_cases.values()}
    needs: list[Need] = []
    history: dict[int, dict[str, datetime]] = {}
    keys: list[str] = []
    cases: list[list[int]] = []
    for index, (organisation, text, status, key) in enumerate(_plan_needs(demo)):
        times = _need_times(demo, status, key)
        need = Need(
            organisation=organisation,
            created_by=rng.choice(demo.speakers[organisation.pk]),
            title=text.title,
            description=text.description,
            kind=text.kind,
            size=text.size,
            urgency=rng.choices(["low", "normal", "high"], weights=[25, 55, 20])[0],
            remote_ok="network" not in text.use_cases and rng.random() < 0.6,
            monthly_budget_cents=rng.choice(BUDGETS_CENTS),
            status=status,
            published_at=times["published_at"],
            closed_at=times["closed_at"],
        )
        history[index] = {k: v for k, v in times.items() if k in {"created_at", "updated_at"} and v is not None}
        needs.append(need)
        keys.append(key)
        cases.append([use_cases[slug].pk for slug in text.use_cases])
    Need.objects.bulk_create(needs)
    restore_history(needs, history, ["created_at", "updated_at"])
    use_case_rows: list[Any] = []
    skill_rows: list[Any] = []
    for need, case_ids in zip(needs, cases, strict=True):
        use_case_rows += [Need.use_cases.through(need_id=need.pk, usecase_id=pk) for pk in case_ids]
        skill_ids = sorted({skill for pk in case_ids for skill in suggested[pk]})
        skill_rows += [Need.skills.through(need_id=need.pk, skill_id=pk) for pk in skill_ids]
        need.demo_skill_ids = skill_ids  # type: ignore[attr-defined]
    Need.use_cases.through.objects.bulk_create(use_case_rows)
    Need.skills.through.objects.bulk_create(skill_rows)
    # The full-text index needs nothing here: database triggers keep it, bulk inserts included (needs 0002).
    demo.needs = needs
    demo.featured = {key: need for key, need in zip(keys, needs, strict=True) if key}
    demo.counts["needs"] = len(needs)
