"""Offers in every state, and the conversations on them, within the platform's rules.

The rules of `offers.services.make_offer` hold for the demo too: one offer per volunteer and need, never on the
volunteer's own organisation, only on open or matched needs, pending ones younger than the expiry period. Offers in
status "closed" (still waiting when the organisation closed the need) sit on closed needs. Each volunteer keeps at most
OFFER_MAX_PENDING - 1 pending offers, so a demo visitor can still send one. Every matched need has an accepted offer.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from django.conf import settings

from techpaten.conversations.models import Message
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.places.plz import Point, distance_km
from techpaten.volunteers.models import VolunteerProfile

from . import people, talk
from .builder import Demo, restore_history

S = Offer.Status
HOUR = timedelta(hours=1)
Script = list[tuple[str, str]]


def _volunteer(demo: Demo, local: str) -> VolunteerProfile:
    return demo.volunteers[f"{local}@{people.DEMO_DOMAIN}"]


class OfferBook:
    """Collects offers and conversations, checking each against the rules before it is added."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.expiry = timedelta(days=settings.OFFER_EXPIRY_DAYS)
        self.pending_cap = settings.OFFER_MAX_PENDING - 1
        self.offers: list[Offer] = []
        self.created: dict[int, dict[str, datetime]] = {}
        self.pending: Counter[int] = Counter()
        self.pairs: set[tuple[int, int]] = set()
        self.conversations: list[tuple[Offer, Script]] = []

    def window(self, need: Need, status: str, near_expiry: bool = False) -> tuple[datetime, datetime] | None:
        """When an offer in `status` can have been sent on `need`, or None if it cannot."""
        if need.published_at is None:
            return None
        days = self.expiry.days
        start = need.published_at + HOUR
        ends: dict[str, datetime] = {
            S.PENDING: self.demo.ago(days - 1.7) if near_expiry else self.demo.now - HOUR,
            S.ACCEPTED: self.demo.ago(2),
            S.DECLINED: self.demo.ago(2),
            S.WITHDRAWN: self.demo.ago(1),
            S.EXPIRED: self.demo.ago(days + 0.2),
            S.NEED_CLOSED: (need.closed_at or self.demo.now) - HOUR,
        }
        end = ends[status]
        if status == S.PENDING:
            start = max(start, self.demo.ago(days - 0.1 if near_expiry else days - 3))
        if status == S.NEED_CLOSED:  # it was still waiting when the need was closed
            start = max(start, end - timedelta(days=days - 1))
        return (start, end) if start < end else None

    def allowed(self, need: Need, profile: VolunteerProfile, status: str) -> bool:
        closed_need = need.status == Need.Status.CLOSED
        return (
            (closed_need if status == S.NEED_CLOSED else need.status in Need.LISTED_STATUSES)
            and (need.pk, profile.user_id) not in self.pairs
            and need.organisation_id not in self.demo.member_of.get(profile.user_id, set())
            and (status != S.PENDING or self._may_wait(need, profile))
        )

    def _may_wait(self, need: Need, profile: VolunteerProfile) -> bool:
        return need.status == Need.Status.OPEN and self.pending[profile.user_id] < self.pending_cap

    def fits(self, need: Need, profile: VolunteerProfile) -> bool:
        org = need.organisation
        distance = distance_km(Point(org.latitude, org.longitude), Point(profile.latitude, profile.longitude))
        return distance <= profile.radius_km or (need.remote_ok and profile.remote_ok)

    def candidates(self, need: Need, status: str) -> list[VolunteerProfile]:
        """Allowed volunteers, those who fit (near enough, or both remote) first, in a seeded order."""
        allowed = [p for p in self.demo.volunteers.values() if self.allowed(need, p, status)]
        self.demo.rng.shuffle(allowed)
        return sorted(allowed, key=lambda p: not self.fits(need, p))

    def needs_for(self, profile: VolunteerProfile, status: str, pool: list[Need]) -> list[Need]:
        allowed = [n for n in pool if self.allowed(n, profile, status) and self.window(n, status)]
        self.demo.rng.shuffle(allowed)
        return sorted(allowed, key=lambda n: not self.fits(n, profile))

    def add(
        self,
        need: Need,
        profile: VolunteerProfile,
        status: str,
        *,
        created: datetime | None = None,
        near_expiry: bool = False,
        script: Script | None = None,
        decision: str | None = None,
    ) -> Offer:
        demo, rng = self.demo, self.demo.rng
        if not self.allowed(need, profile, status):
            raise RuntimeError(f"demo offer breaks a rule: {profile} on {need} ({status})")
        if created is None:
            window = self.window(need, status, near_expiry)
            if window is None:
                raise RuntimeError(f"no time for a {status} offer on {need}")
            created = demo.between(*window)
        offer = Offer(
            need=need,
            volunteer=profile.user,
            message=self._message(need, profile),
            hours_per_month=rng.choice([None, profile.hours_per_month, max(1, profile.hours_per_month // 2)]),
            status=status,
            expires_at=created + self.expiry,
        )
        if status in {S.ACCEPTED, S.DECLINED}:
            latest = min(created + timedelta(days=5), demo.ago(1))
            offer.decided_at = demo.between(created + 6 * HOUR, latest)
            offer.decided_by = demo.admins[need.organisation_id]
            messages = talk.ACCEPT_MESSAGES if status == S.ACCEPTED else talk.DECLINE_MESSAGES
            offer.decision_message = rng.choice(messages) if decision is None else decision
        if status == S.NEED_CLOSED:
            offer.decided_at, offer.decided_by = need.closed_at, demo.admins[need.organisation_id]
        self.created[len(self.offers)] = {"created_at": created}
        self.offers.append(offer)
        self.pairs.add((need.pk, profile.user_id))
        if status == S.PENDING:
            self.pending[profile.user_id] += 1
        if script:
            self.conversations.append((offer, script))
        return offer

    def _message(self, need: Need, profile: VolunteerProfile) -> str:
        rng = self.demo.rng
        names = self.demo.skill_names
        common = [pk for pk in profile.demo_skill_ids if pk in need.demo_skill_ids]  # type: ignore[attr-defined]
        skills = ", ".join(names[pk] for pk in (common or profile.demo_skill_ids)[:3])  # type: ignore[attr-defined]
        english = profile.user.language == "en"
        template = talk.OFFER_MESSAGES[-1] if english else rng.choice(talk.OFFER_MESSAGES[:-1])
        return template.format(
            org=need.organisation.name, skills=skills, hours=profile.hours_per_month, volunteer=profile.display_name
        )


def build_offers(demo: Demo) -> None:
    book = OfferBook(demo)
    _featured(demo, book)
    _everyone(demo, book)
    Offer.objects.bulk_create(book.offers)
    restore_history(book.offers, book.created, ["created_at"])
    _conversations(demo, book)
    _engagements(demo, book)
    accepted = {o.need.pk for o in book.offers if o.status == S.ACCEPTED}
    if any(n.pk not in accepted for n in demo.needs if n.status == Need.Status.MATCHED):
        raise RuntimeError("a matched demo need has no accepted offer")
    for status, count in Counter(o.status for o in book.offers).items():
        demo.counts[f"offers_{status}"] = count
    demo.counts["offers"] = len(book.offers)


def _featured(demo: Demo, book: OfferBook) -> None:
    """The stories the demo logins see: the Kita's admin has offers to answer, the volunteer has one of each."""
    kita_matched, kita_open = demo.featured["kita-matched-0"], demo.featured["kita-open-1"]
    lena = demo.volunteers[people.VOLUNTEER_EMAIL]
    book.add(demo.featured["kita-closed-6"], lena, S.NEED_CLOSED)
    book.add(kita_matched, lena, S.ACCEPTED, created=demo.ago(26), script=talk.ACCEPTED_SCRIPTS[0])
    book.add(kita_matched, _volunteer(demo, "heike.brandt"), S.DECLINED, created=demo.ago(27),
             decision=talk.DECLINE_MESSAGES[0])  # fmt: skip
    book.add(kita_open, _volunteer(demo, "sabine.kraus"), S.PENDING, created=demo.ago(13.4))
    book.add(kita_open, _volunteer(demo, "theresa.maier"), S.PENDING, created=demo.ago(2),
             script=talk.PENDING_SCRIPTS[0])  # fmt: skip
    book.add(kita_open, _volunteer(demo, "karl.schubert"), S.EXPIRED, created=demo.ago(19))
    book.add(kita_open, _volunteer(demo, "tobias.wendt"), S.WITHDRAWN, created=demo.ago(9))

    others = [n for n in demo.needs if n.organisation_id != kita_open.organisation_id]
    for status, near, script in [
        (S.PENDING, False, talk.PENDING_SCRIPTS[2]),
        (S.PENDING, True, None),
        (S.DECLINED, False, None),
        (S.WITHDRAWN, False, None),
        (S.EXPIRED, False, None),
    ]:
        need = next(n for n in book.needs_for(lena, status, others) if book.window(n, status, near))
        book.add(need, lena, status, near_expiry=near, script=script)
    jonas = demo.volunteers[people.BOTH_EMAIL]
    need = book.needs_for(jonas, S.ACCEPTED, [n for n in others if n.status == Need.Status.MATCHED])[0]
    book.add(need, jonas, S.ACCEPTED, script=talk.ACCEPTED_SCRIPTS[3])


def _everyone(demo: Demo, book: OfferBook) -> None:
    rng = demo.rng
    kita = demo.featured["kita-open-1"].organisation_id
    needs = [n for n in demo.needs if n.organisation_id != kita]  # the Kita's stories stay as told above
    matched = [n for n in needs if n.status == Need.Status.MATCHED]
    open_needs = [n for n in needs if n.status == Need.Status.OPEN]

    for need in matched:
        for _ in range(1 + (rng.random() < 0.3)):
            _add_first(book, need, S.ACCEPTED, script=rng.choice(talk.ACCEPTED_SCRIPTS))
    for need in rng.sample([n for n in open_needs if book.window(n, S.ACCEPTED)], 6):
        _add_first(book, need, S.ACCEPTED, script=rng.choice(talk.ACCEPTED_SCRIPTS))

    for need in rng.sample(open_needs, len(open_needs)):
        for _ in range(rng.choice([0, 0, 0, 1, 1, 1, 2, 2, 3])):
            near = rng.random() < 0.2 and book.window(need, S.PENDING, near_expiry=True) is not None
            script = rng.choice(talk.PENDING_SCRIPTS) if rng.random() < 0.4 else None
            _add_first(book, need, S.PENDING, near_expiry=near, script=script)

    for need in [n for n in needs if n.status == Need.Status.CLOSED]:
        for _ in range(rng.choice([0, 1, 1, 2])):
            _add_first(book, need, S.NEED_CLOSED)

    for need in rng.sample(open_needs + matched, 30):
        statuses = rng.sample([S.DECLINED, S.WITHDRAWN, S.EXPIRED], 3)
        status = next((s for s in statuses if book.window(need, s)), None)
        if status is not None:
            _add_first(book, need, status)


def _add_first(book: OfferBook, need: Need, status: str, **options: object) -> None:
    """Add an offer by the best-fitting allowed volunteer, if there is one."""
    candidates = book.candidates(need, status)
    if candidates and book.window(need, status, bool(options.get("near_expiry"))):
        book.add(need, candidates[0], status, **options)  # type: ignore[arg-type]


def _conversations(demo: Demo, book: OfferBook) -> None:
    rng = demo.rng
    messages: list[Message] = []
    times: dict[int, dict[str, datetime]] = {}
    profiles = {p.user_id: p for p in demo.volunteers.values()}
    for offer, script in book.conversations:
        start = (offer.decided_at or offer.created_at) + HOUR
        stamps = sorted(demo.between(start, demo.now - HOUR / 2) for _ in script)
        speakers = demo.speakers[offer.need.organisation_id]
        org_speaker = (
            speakers[0]
            if offer.need.organisation_id == demo.featured["kita-open-1"].organisation_id
            else (rng.choice(speakers))
        )
        profile = profiles[offer.volunteer_id]  # type: ignore[index]  # demo offers always have their volunteer
        for (side, text), stamp in zip(script, stamps, strict=True):
            author = org_speaker if side == "org" else offer.volunteer
            body = text.format(volunteer=profile.display_name, person=org_speaker.name.split()[0])
            times[len(messages)] = {"created_at": stamp}
            messages.append(Message(offer=offer, author=author, body=body))
    Message.objects.bulk_create(messages)
    restore_history(messages, times, ["created_at"])
    demo.counts["messages"] = len(messages)


def _engagements(demo: Demo, book: OfferBook) -> None:
    """Every accepted offer puts its volunteer on the organisation's team, as accepting on the site does (the demo's
    offers are created in bulk with their history, so it calls the service the flow calls, flows/offer_accepted.py)."""
    from techpaten.engagements.models import Engagement
    from techpaten.engagements.services import join_from_accepted_offer
    from techpaten.volunteers.models import TeamMember

    accepted = sorted((o for o in book.offers if o.status == S.ACCEPTED), key=lambda o: o.decided_at or demo.now)
    for offer in accepted:
        if offer.volunteer_id is None or offer.decided_at is None:  # every demo acceptance has both
            raise RuntimeError(f"accepted demo offer without volunteer or date: {offer}")
        engagement = join_from_accepted_offer(offer)
        # The history as it happened: the engagement starts and the volunteer joins when the offer was accepted.
        Engagement.objects.filter(pk=engagement.pk, started_at__gt=offer.decided_at).update(started_at=offer.decided_at)
        TeamMember.objects.filter(team_id=engagement.team_id, user_id=offer.volunteer_id).update(
            joined_at=offer.decided_at
        )
    demo.counts["engagements"] = Engagement.objects.count()
