"""The tools the Patenschaften demo builds with: each step goes through the app's service (so its rules hold),
then the dates the service stamped with "now" are moved back to when the step happened in the story."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.catalogue.models import Solution
from techpaten.costs import confirmation
from techpaten.costs import services as cost_services
from techpaten.costs.models import CostItem, Pledge
from techpaten.engagements import services as engagement_services
from techpaten.engagements import work
from techpaten.engagements.models import Engagement, EngagementNeed, HoursReport
from techpaten.inventory import services as inventory_services
from techpaten.inventory.forms import ServiceForm
from techpaten.inventory.models import Service
from techpaten.inventory.secrets import looks_like_secret
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services
from techpaten.offers.models import Offer
from techpaten.organisations.models import Organisation
from techpaten.volunteers.models import TeamMember

from . import patenschaften_texts as texts
from . import people

if TYPE_CHECKING:
    from .builder import Demo

HOURS = [Decimal(h) for h in ("1.5", "2", "2.5", "3", "4", "4.5", "6")]


def month_after(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


class Kit:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng
        self.today = timezone.localdate(demo.now)
        self.solutions = {s.slug: s for s in Solution.objects.all()}
        self.addresses = itertools.count(10)  # 192.0.2.x (TEST-NET-1): one per anonymous pledge
        self.expiry = timedelta(days=settings.OFFER_EXPIRY_DAYS)

    # --- who and when ---------------------------------------------------------------------------------------------

    def organisation(self, slug: str) -> Organisation:
        return self.demo.organisations[slug]

    def organisation_of(self, engagement: Engagement) -> Organisation:
        """The demo's own object (its sector is loaded), not a fresh query."""
        return next(o for o in self.demo.organisations.values() if o.pk == engagement.organisation_id)

    def admin(self, organisation: Organisation | int) -> User:
        return self.demo.admins[organisation if isinstance(organisation, int) else organisation.pk]

    def volunteer(self, local: str) -> User:
        email = local if "@" in local else f"{local}@{people.DEMO_DOMAIN}"
        return self.demo.volunteers[email].user

    def at(self, start: datetime, fraction: float) -> datetime:
        """The moment `fraction` of the way from `start` to now."""
        return start + (self.demo.now - start) * fraction

    def day(self, days: int) -> date:
        return self.today + timedelta(days=days)

    def local(self, moment: datetime | date, hour: int, minute: int = 0) -> datetime:
        """That day (local time) at hour:minute."""
        day = timezone.localtime(moment).date() if isinstance(moment, datetime) else moment
        return timezone.make_aware(datetime.combine(day, time(hour, minute)))

    def engagement_of(self, organisation: Organisation) -> Engagement | None:
        return (
            Engagement.objects.select_related("team", "organisation")
            .filter(organisation=organisation, status=Engagement.Status.ACTIVE)
            .order_by("started_at", "pk")
            .first()
        )

    def fresh(self, engagement: Engagement) -> Engagement:
        return Engagement.objects.select_related("team", "organisation").get(pk=engagement.pk)

    def members(self, engagement: Engagement) -> list[User]:
        return [m.user for m in engagement_services.active_members(engagement) if m.user is not None]

    # --- needs and offers -----------------------------------------------------------------------------------------

    def need_of(self, organisation: Organisation, use_case: str, statuses: tuple[str, ...]) -> Need:
        """The organisation's need in one of `statuses` (in that order of preference), one for `use_case` first."""
        needs = list(Need.objects.filter(organisation=organisation, status__in=statuses).order_by("pk"))
        if not needs:
            raise RuntimeError(f"demo: {organisation.slug} has no need in {statuses}")
        ids = [n.pk for n in needs]
        wanted = set(Need.objects.filter(pk__in=ids, use_cases__slug=use_case).values_list("pk", flat=True))
        return min(needs, key=lambda n: (n.pk not in wanted, statuses.index(n.status), n.pk))

    def change_need(self, need: Need, user: User, action: str, when: datetime) -> None:
        need_services.change_status(need, user, action)
        changes: dict[str, Any] = {"updated_at": when}
        if need.status == Need.Status.CLOSED:
            changes["closed_at"] = when
        Need.objects.filter(pk=need.pk).update(**changes)

    def accept(self, offer: Offer, offered: datetime, accepted: datetime, decision: str) -> Engagement:
        """The organisation's admin accepts; the volunteer joins the team then, as on the site."""
        if offer.volunteer_id is None:
            raise RuntimeError("demo: an offer without its volunteer cannot be accepted")
        volunteer_id: int = offer.volunteer_id
        offer_services.accept(offer, self.admin(offer.need.organisation_id), decision)
        Offer.objects.filter(pk=offer.pk).update(
            created_at=offered, expires_at=offered + self.expiry, decided_at=accepted
        )
        link = EngagementNeed.objects.select_related("engagement").get(need_id=offer.need_id)
        engagement = link.engagement
        EngagementNeed.objects.filter(pk=link.pk).update(added_at=accepted)
        Engagement.objects.filter(pk=engagement.pk, started_at__gt=accepted).update(started_at=accepted)
        # Only a volunteer who joined now (not one already on a team that offered together) gets this date.
        TeamMember.objects.filter(
            team_id=engagement.team_id, user_id=volunteer_id, left_at__isnull=True, joined_at__gt=accepted
        ).update(joined_at=accepted)
        return self.fresh(engagement)

    def take_on(
        self, need: Need, volunteer: User, offered: datetime, accepted: datetime, message: str, decision: str, **kw: Any
    ) -> tuple[Offer, Engagement]:
        offer = offer_services.make_offer(need, volunteer, message, **kw)
        return offer, self.accept(offer, offered, accepted, decision)

    def backdate(self, engagement: Engagement) -> Engagement:
        """Let the engagement start soon after its need was published, so that its story has time to happen."""
        link = engagement.engagement_needs.select_related("need").order_by("pk").first()
        if link is None or link.need.published_at is None:
            return engagement
        offer = Offer.objects.filter(need=link.need, status=Offer.Status.ACCEPTED).order_by("decided_at", "pk").first()
        offered = link.need.published_at + timedelta(days=1)
        accepted = offered + timedelta(days=2)
        if offer is None or offer.volunteer_id is None or offer.decided_at is None or offer.decided_at <= accepted:
            return engagement
        volunteer_id: int = offer.volunteer_id
        Offer.objects.filter(pk=offer.pk).update(
            created_at=offered, expires_at=offered + self.expiry, decided_at=accepted
        )
        TeamMember.objects.filter(team_id=engagement.team_id, user_id=volunteer_id).update(joined_at=accepted)
        EngagementNeed.objects.filter(pk=link.pk).update(added_at=accepted)
        Engagement.objects.filter(pk=engagement.pk).update(started_at=accepted)
        return self.fresh(engagement)

    def ensure_engagement(self, slug: str, volunteer: str, use_case: str) -> Engagement:
        """The organisation's active engagement; if the offers demo gave it none, `volunteer` takes on a need."""
        organisation = self.organisation(slug)
        engagement = self.engagement_of(organisation)
        if engagement is not None:
            return engagement
        need = self.need_of(organisation, use_case, (Need.Status.OPEN,))
        offered = max(need.published_at or self.demo.ago(30), self.demo.ago(30))
        message = "Ich helfe gern weiter."
        _offer, engagement = self.take_on(need, self.volunteer(volunteer), offered, self.at(offered, 0.1), message, "")
        return engagement

    # --- inventory ------------------------------------------------------------------------------------------------

    def service(
        self,
        engagement: Engagement | None,
        organisation: Organisation,
        text: texts.ServiceText,
        *,
        update_in: int | None = None,
        tls_in: int | None = None,
        restore_in: int | None = None,
        tested_ago: int | None = None,
        **fields: Any,
    ) -> Service:
        """A service as the inventory form records it; the demo refuses its own text if it looks like a secret."""
        admin = self.admin(organisation)
        team = [user.name for user in self.members(engagement)] if engagement is not None else []
        role = texts.ADMIN_ROLE[organisation.sector.slug]
        slug_domain = f"{organisation.slug}.example"
        domain = {"": "", "@": slug_domain}.get(text.subdomain, f"{text.subdomain}.{slug_domain}")
        place = self.rng.choice(texts.CREDENTIAL_PLACES)
        values: dict[str, Any] = {
            "name": text.name,
            "solution": self.solutions.get(text.solution),
            "hoster": text.hoster,
            "country": texts.COUNTRY,
            "domain": domain,
            "admin_rights": f"{', '.join(team)} (Team) und {admin.name} ({role})" if team else f"{admin.name} ({role})",
            "credentials_location": place.format(service=text.name, organisation=organisation.name, admin=admin.name),
            "backup_what": text.backup_what,
            "backup_where": text.backup_where,
            "backup_frequency": text.backup_frequency,
            "notes": text.notes,
            "last_restore_test": self.day(-tested_ago) if tested_ago is not None else None,
            "next_update_check": self.day(update_in) if update_in is not None else None,
            "tls_expires_on": self.day(tls_in) if tls_in is not None else None,
            "restore_test_due": self.day(restore_in) if restore_in is not None else None,
            **fields,
        }
        secrets = [name for name in ServiceForm.TEXT_FIELDS if looks_like_secret(str(values.get(name) or ""))]
        if secrets:
            raise RuntimeError(f"demo service text looks like a secret: {secrets}")
        created = self.at(engagement.started_at, 0.2) if engagement is not None else self.demo.ago(60)
        tested = values["last_restore_test"]
        if tested is not None:  # a restore test of this service happened after it was recorded
            values["last_restore_test"] = min(max(tested, timezone.localtime(created).date()), self.today)
        service = inventory_services.add(Service(engagement=engagement, **values), organisation)
        Service.objects.filter(pk=service.pk).update(created_at=created, updated_at=self.at(created, 0.5))
        return service

    def later(self, text: texts.ServiceText) -> dict[str, int | None]:
        """Maintenance dates beyond the reminder window, for services without a story of their own."""
        hosted = text.hoster != "vor Ort"
        return {
            "update_in": self.rng.randint(18, 80),
            "tls_in": self.rng.randint(25, 85) if text.subdomain not in ("", "@") else None,
            "restore_in": self.rng.randint(30, 120) if hosted else None,
            "tested_ago": self.rng.randint(15, 90) if hosted else None,
        }

    # --- costs ----------------------------------------------------------------------------------------------------

    def cost(
        self,
        engagement: Engagement | None,
        organisation: Organisation,
        cost: tuple[str, str, int, str] | None,
        covered_by: str,
        services: list[Service],
        *,
        provider: str = texts.HOSTER,
        sponsor: str = "",
        weights: dict[int, int] | None = None,
    ) -> CostItem:
        if cost is None:
            raise RuntimeError("demo: this service has no cost of its own")
        kind, description, cents, period = cost
        item = CostItem(
            organisation=organisation,
            engagement=engagement,
            kind=kind,
            description=description,
            provider=provider,
            amount_cents=cents,
            period=period,
            covered_by=covered_by,
            sponsor_name=sponsor,
        )
        cost_services.save_item(item, services, weights or {})
        if engagement is not None:
            CostItem.objects.filter(pk=item.pk).update(created_at=self.at(engagement.started_at, 0.25))
        return item

    def pledge(
        self,
        item: CostItem,
        supporter: tuple[str, str, bool],
        cents: int,
        *,
        confirmed: bool,
        user: User | None = None,
    ) -> Pledge:
        """A pledge as the public form makes it; the organisation's admin confirms the received ones."""
        name, email, show_name = supporter
        pledge = cost_services.create_pledge(
            item,
            name=name,
            email=email,
            amount_cents=cents,
            show_name=show_name,
            supporter=user,
            ip=f"192.0.2.{next(self.addresses)}",
            language="de",
        )
        confirmation.confirm_pledge_address(pledge)  # the supporter followed the link in the mail
        if confirmed:
            cost_services.confirm_pledge(pledge, self.admin(item.organisation_id))
        start = item.engagement.started_at if item.engagement is not None else self.demo.ago(30)
        made = self.at(start, self.rng.uniform(0.3, 0.6))
        Pledge.objects.filter(pk=pledge.pk).update(
            created_at=made,
            email_confirmed_at=made,
            confirmed_at=self.at(made, 0.4) if confirmed else None,
            ip_hash="",
        )
        return pledge

    # --- hours ----------------------------------------------------------------------------------------------------

    def hours(
        self, engagement: Engagement, users: list[User], *, since: datetime | None = None, until: datetime | None = None
    ) -> None:
        """Each volunteer's hours for every month from `since` (the engagement's start) up to `until` (now)."""
        until = until or self.demo.now
        first = max(engagement.started_at, since or engagement.started_at)
        month = timezone.localtime(first).date().replace(day=1)
        last = timezone.localtime(until).date().replace(day=1)
        reports: list[HoursReport] = []
        while month <= last:
            for user in users:
                reported = min(self.local(month_after(month), 19), until - timedelta(hours=self.rng.uniform(1, 60)))
                reported = max(reported, first + timedelta(hours=1))
                note = self.rng.choice(texts.HOURS_NOTES)
                report = work.report_hours(engagement, user, month, self.rng.choice(HOURS), note)
                report.created_at = reported
                reports.append(report)
            month = month_after(month)
        if reports:
            HoursReport.objects.bulk_update(reports, ["created_at"])
