"""Costs and pledges: what the transparency views show, and every change, with its rules. The arithmetic itself is in
arithmetic.py; views only call these functions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from techpaten.accounts import security
from techpaten.accounts.addresses import owns_address
from techpaten.core.rules import RuleViolation
from techpaten.engagements.models import Engagement
from techpaten.inventory.models import Service
from techpaten.organisations.models import Organisation

from . import arithmetic, confirmation, notifications
from .models import CostItem, CostShare, Pledge

# Pledges one person (logged in) or one address (anonymous) may make per hour: enough for a few items, too few for
# a script that would fill the organisation's inbox. PLEDGE_RATE_PER_HOUR in the settings overrides it.
PLEDGE_RATE_PER_HOUR = 5


# --- reading ---------------------------------------------------------------------------------------------------------


# A pledge whose supporter has not yet confirmed their address is theirs alone: the organisation neither sees nor
# counts it. Every query of pledges an organisation reads starts from here.
PLEDGE_VISIBLE = Q(email_confirmed_at__isnull=False)
_CONFIRMED_SUM = Sum("pledges__amount_cents", filter=Q(pledges__status=Pledge.Status.CONFIRMED))
_PROMISED_SUM = Sum(
    "pledges__amount_cents",
    filter=Q(pledges__status=Pledge.Status.PLEDGED, pledges__email_confirmed_at__isnull=False),
)


def visible_pledges() -> QuerySet[Pledge]:
    return Pledge.objects.filter(PLEDGE_VISIBLE)


def _with_sums(items: QuerySet[CostItem]) -> QuerySet[CostItem]:
    """Each item with the sums of its confirmed and of its promised (not yet confirmed) pledges, in one query."""
    zero = Value(0, output_field=IntegerField())
    return items.annotate(
        confirmed_cents=Coalesce(_CONFIRMED_SUM, zero), promised_cents=Coalesce(_PROMISED_SUM, zero)
    ).prefetch_related(Prefetch("shares", queryset=CostShare.objects.select_related("organisation").order_by("pk")))


def _paid_by(organisation_id: int) -> Q:
    """Items the organisation pays for: its own unshared ones and those it has a share in."""
    shared = CostShare.objects.filter(cost_item=OuterRef("pk"))
    mine = Q(organisation_id=organisation_id) & ~Q(Exists(shared))
    return mine | Q(Exists(shared.filter(organisation_id=organisation_id)))


def items_for_organisation(organisation: Organisation) -> QuerySet[CostItem]:
    """The running items the organisation pays for, with pledge sums and shares."""
    return _with_sums(CostItem.objects.filter(_paid_by(organisation.pk), is_active=True)).select_related("organisation")


# "Fully covered": the confirmed pledges reach the monthly amount (a yearly amount: a twelfth of it). The same rule
# twice, once in SQL (pledgeable_items) and once for rows already loaded (is_fully_covered); tests pin both.
def is_fully_covered(item: CostItem, confirmed_cents: int) -> bool:
    months = 12 if item.period == CostItem.Period.YEAR else 1
    return confirmed_cents * months >= item.amount_cents


def pledgeable_items(organisation: Organisation) -> QuerySet[CostItem]:
    """The running items of the organisation that supporters may pledge for: covered by pledges, not yet in full."""
    zero = Value(0, output_field=IntegerField())
    return (
        CostItem.objects.filter(_paid_by(organisation.pk), is_active=True, covered_by=CostItem.CoveredBy.PLEDGES)
        .alias(confirmed_cents=Coalesce(_CONFIRMED_SUM, zero))
        .alias(confirmed_per_period=F("confirmed_cents") * Case(When(period=CostItem.Period.YEAR, then=12), default=1))
        .filter(confirmed_per_period__lt=F("amount_cents"))
        .order_by("kind", "description", "pk")
    )


def items_for_engagement(engagement: Engagement) -> QuerySet[CostItem]:
    """The engagement's items (running or not) and the running items of other engagements it shares in."""
    shared_with_it = CostShare.objects.filter(cost_item=OuterRef("pk"), organisation_id=engagement.organisation_id)
    return _with_sums(
        CostItem.objects.filter(Q(engagement=engagement) | Q(Exists(shared_with_it), is_active=True))
    ).select_related("organisation")


def ordered_shares(item: CostItem) -> list[CostShare]:
    """The item's shares: the contract holder first (it gets the odd cent of a tie), then in the order made."""
    shares = list(item.shares.all())
    return sorted(shares, key=lambda share: (share.organisation_id != item.organisation_id, share.pk))


@dataclass
class Part:
    organisation: Organisation
    monthly_cents: int


@dataclass
class Row:
    """One item as an organisation sees it: the whole item, the organisation's part, and the split if shared."""

    item: CostItem
    monthly_cents: int
    share_cents: int
    line: arithmetic.Line
    parts: list[Part] = field(default_factory=list)

    @property
    def is_shared(self) -> bool:
        return len(self.parts) > 1

    @property
    def confirmed_cents(self) -> int:
        return int(getattr(self.item, "confirmed_cents", 0))

    @property
    def promised_cents(self) -> int:
        return int(getattr(self.item, "promised_cents", 0))

    @property
    def covered_cents(self) -> int:
        return arithmetic.round_half_up(self.line.covered)


@dataclass
class Overview:
    rows: list[Row]
    figures: arithmetic.Figures

    @property
    def pledged_confirmed(self) -> int:
        """Confirmed pledges per month, to items the organisation pays for (shared items: to the whole item)."""
        return sum(row.confirmed_cents for row in self.rows if row.item.is_active)

    @property
    def pledged_promised(self) -> int:
        return sum(row.promised_cents for row in self.rows if row.item.is_active)

    @property
    def pledgeable(self) -> list[CostItem]:
        """The items the public pledge form offers: running, covered by pledges, not yet in full."""
        pledges = CostItem.CoveredBy.PLEDGES
        return [
            row.item
            for row in self.rows
            if row.item.covered_by == pledges
            and row.item.is_active
            and not is_fully_covered(row.item, row.confirmed_cents)
        ]


def _monthly(cents: int, period: str) -> int:
    return arithmetic.monthly_cents(_Priced(cents, period))


@dataclass
class _Priced:
    amount_cents: int
    period: str


def row_for(item: CostItem, organisation_id: int) -> Row:
    """`item` from the point of view of `organisation_id` (annotated by `_with_sums`, shares prefetched)."""
    shares = ordered_shares(item)
    amounts = arithmetic.share_parts(
        item.amount_cents, item.organisation_id, [(s.organisation_id, s.weight) for s in shares]
    )
    whole = arithmetic.line(
        item, item.covered_by, int(getattr(item, "confirmed_cents", 0)), int(getattr(item, "promised_cents", 0))
    )
    mine = amounts.get(organisation_id, 0)
    own = whole.part(Fraction(mine, item.amount_cents)) if item.amount_cents else whole
    names = {s.organisation_id: s.organisation for s in shares}
    parts = [Part(names[org_id], _monthly(cents, item.period)) for org_id, cents in amounts.items() if org_id in names]
    return Row(
        item=item,
        monthly_cents=arithmetic.monthly_cents(item),
        share_cents=arithmetic.round_half_up(own.monthly),
        line=own,
        parts=parts,
    )


def overview(items: Iterable[CostItem], organisation_id: int) -> Overview:
    """Rows and figures for one organisation; inactive items are listed but not counted."""
    rows = [row_for(item, organisation_id) for item in items]
    return Overview(rows, arithmetic.totals(row.line for row in rows if row.item.is_active))


def public_supporters(items: Sequence[CostItem]) -> list[str]:
    """Names of supporters who asked to be named, for confirmed pledges only: a name nobody checked is not shown."""
    names = (
        visible_pledges()
        .filter(cost_item__in=items, status=Pledge.Status.CONFIRMED, show_name=True)
        .exclude(name="")
        .order_by("created_at", "pk")
        .values_list("name", flat=True)
    )
    return list(dict.fromkeys(names))


def share_candidates(organisation: Organisation, engagement: Engagement | None) -> list[Organisation]:
    """The organisations an item may be shared with: the holder and the others served by the same team (each with
    an active engagement of the item's engagement's team). The holder comes first."""
    if engagement is None:
        return [organisation]
    others = (
        Organisation.objects.filter(
            engagements__team_id=engagement.team_id, engagements__status=Engagement.Status.ACTIVE
        )
        .exclude(pk=organisation.pk)
        .distinct()
        .order_by("name", "pk")
    )
    return [organisation, *others]


# --- cost items ------------------------------------------------------------------------------------------------------


@transaction.atomic
def save_item(item: CostItem, services: Iterable[Service], weights: dict[int, int]) -> CostItem:
    """Save a new or changed item with the services it runs and its split (organisation id → weight, 0 = none)."""
    # Every check before the first write: a refused item is neither saved nor given a number.
    if item.engagement is not None and item.engagement.organisation_id != item.organisation_id:
        raise RuleViolation(_("The engagement belongs to another organisation."))
    services = list(services)
    if any(service.organisation_id != item.organisation_id for service in services):
        raise RuleViolation(_("Choose services of this organisation only."))
    paying = _paying(item, weights)
    if item.covered_by != CostItem.CoveredBy.SPONSOR:
        item.sponsor_name = ""
    item.save()
    item.services.set(services)
    _write_shares(item, paying)
    return item


def _paying(item: CostItem, weights: dict[int, int]) -> dict[int, int]:
    """The organisations that pay a share (id → weight); empty when the holder pays alone."""
    allowed = {organisation.pk for organisation in share_candidates(item.organisation, item.engagement)}
    paying = {org_id: weight for org_id, weight in weights.items() if weight}
    if set(paying) - allowed:
        raise RuleViolation(_("An item can only be shared with organisations served by the same team."))
    if any(weight < 0 for weight in paying.values()):
        raise RuleViolation(_("A share is a whole number of at least 1."))
    if set(paying) <= {item.organisation_id}:
        return {}
    if item.organisation_id not in paying:
        raise RuleViolation(_("The organisation holding the contract pays a share too."))
    return paying


def _write_shares(item: CostItem, paying: dict[int, int]) -> None:
    """One CostShare row per paying organisation; none when the holder pays alone."""
    CostShare.objects.filter(cost_item=item).exclude(organisation_id__in=list(paying)).delete()
    for org_id, weight in paying.items():
        CostShare.objects.update_or_create(cost_item=item, organisation_id=org_id, defaults={"weight": weight})


# --- pledges ---------------------------------------------------------------------------------------------------------


def address_hash(ip: str) -> str:
    """A keyed hash of the client address: enough to count its pledges, useless without the secret key."""
    return salted_hmac("techpaten.costs.pledge-address", ip).hexdigest()


# The pledge limit looks at one hour; after that the hashed address has done its job.
PLEDGE_ADDRESS_HOURS = 1


def forget_pledge_addresses(now: datetime) -> int:
    """Blank the hashed addresses of pledges older than the hour the limit looks at (also run by retention)."""
    return (
        Pledge.objects.filter(created_at__lt=now - timedelta(hours=PLEDGE_ADDRESS_HOURS))
        .exclude(ip_hash="")
        .update(ip_hash="")
    )


@transaction.atomic
def create_pledge(
    item: CostItem,
    *,
    name: str,
    email: str,
    amount_cents: int,
    show_name: bool,
    supporter: Any,
    ip: str,
    language: str,
) -> Pledge:
    """A supporter's promise to pay `amount_cents` a month; the organisation's admins are told and confirm later."""
    # Lock the item: pledges to it are counted in turn, and it cannot stop taking pledges half-way.
    item = CostItem.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=item.pk)
    if not item.is_active or item.covered_by != CostItem.CoveredBy.PLEDGES:
        raise RuleViolation(_("This cost item does not take pledges."))
    confirmed = Pledge.objects.filter(cost_item=item, status=Pledge.Status.CONFIRMED).aggregate(
        cents=Coalesce(Sum("amount_cents"), 0)
    )["cents"]
    if is_fully_covered(item, confirmed):
        raise RuleViolation(_("This cost item is fully covered already. Thank you all the same!"))
    if not 100 <= amount_cents <= 1_000_000:
        raise RuleViolation(_("Please pledge between 1 € and 10,000 € per month."))
    now = timezone.now()
    forget_pledge_addresses(now)
    confirmation.forget_unconfirmed_pledges(now)
    signed_in = bool(supporter is not None and supporter.is_authenticated)
    hashed = "" if signed_in else address_hash(ip)
    recent = Pledge.objects.filter(supporter=supporter) if signed_in else Pledge.objects.filter(ip_hash=hashed)
    security.enforce_hourly_limit(
        recent,
        getattr(settings, "PLEDGE_RATE_PER_HOUR", PLEDGE_RATE_PER_HOUR),
        _("Many pledges came from here in the last hour. Please wait a little before you pledge again."),
        user=supporter if signed_in else None,
        action="pledge",
    )
    pledge = Pledge.objects.create(
        cost_item=item,
        supporter=supporter if signed_in else None,
        name=name,
        email=email,
        show_name=show_name,
        amount_cents=amount_cents,
        language=language,
        ip_hash=hashed,
        # A signed-in supporter giving one of their confirmed addresses has nothing left to confirm.
        email_confirmed_at=now if signed_in and owns_address(supporter, email) else None,
    )
    if pledge.email_confirmed_at is None:
        notifications.pledge_confirm_address(pledge, confirmation.pledge_token(pledge), confirmation.VALID_DAYS)
    else:
        notifications.pledge_thanks(pledge)
        notifications.pledge_received(pledge)
    return pledge


def may_confirm(pledge: Pledge) -> bool:
    """A pledge is confirmed once, when the money came in (by the holder's admins: access.pledge_for_admin)."""
    return pledge.status == Pledge.Status.PLEDGED


def may_end(pledge: Pledge) -> bool:
    return pledge.status != Pledge.Status.ENDED


@transaction.atomic
def confirm_pledge(pledge: Pledge, actor: Any) -> Pledge:
    """The organisation has received the money: the pledge now counts as covering the item."""
    pledge = Pledge.objects.select_for_update(of=("self",)).select_related("cost_item", "supporter").get(pk=pledge.pk)
    if not may_confirm(pledge):
        raise RuleViolation(_("Only a pledge that is not yet confirmed can be confirmed."))
    pledge.status = Pledge.Status.CONFIRMED
    pledge.confirmed_at = timezone.now()
    pledge.confirmed_by = actor
    pledge.save(update_fields=["status", "confirmed_at", "confirmed_by"])
    notifications.pledge_confirmed(pledge)
    return pledge


@transaction.atomic
def end_pledge(pledge: Pledge, actor: Any) -> Pledge:
    """The support has stopped (or never came): the pledge no longer counts."""
    pledge = Pledge.objects.select_for_update(of=("self",)).get(pk=pledge.pk)
    if not may_end(pledge):
        raise RuleViolation(_("This pledge has already ended."))
    pledge.status = Pledge.Status.ENDED
    pledge.save(update_fields=["status"])
    return pledge
