"""Cent-exact money arithmetic for cost items: pure functions on integers and Fractions, never floats.

The rules:

- Amounts are integer cents. A yearly amount is paid as 12 monthly instalments: `instalments()` splits it with the
  largest-remainder method, so the first months carry the remainder cents (1000 ct a year: 84 ct in months 1 to 4,
  83 ct in months 5 to 12). The 12 instalments always add up to the yearly amount exactly.
- One item's monthly figure for display, `monthly_cents()`, is its exact monthly amount rounded half up
  (1000 ct a year = 83⅓ ct → 83 ct; 1002 ct a year = 83.5 ct → 84 ct).
- Figures over several items (total, covered, open) add the *exact* monthly amounts (`Fraction`) and round once, half
  up, at the end (`totals()`): rounding each row first would let the rounding errors add up. `open` is
  total minus covered of the rounded figures, so the three figures on a page always agree.
- `split()` shares an amount among weights with the largest-remainder (Hare) method: each part gets the floor of its
  exact quota, the cents left over go one each to the parts with the largest remainders, ties to the earlier part.
  The parts always add up to the amount.
- Covered: an item covered by the organisation, a volunteer or a sponsor is covered in full; an item covered by
  pledges is covered up to the sum of its CONFIRMED pledges, never more than its monthly amount; an open item not at
  all. Pledges not yet confirmed are "promised" and shown apart, never counted as covered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

MONTH = "month"
YEAR = "year"
MONTHS_PER_YEAR = 12
# How each "who covers it" counts: fully covered, covered by confirmed pledges, or not at all.
FULLY_COVERED = frozenset({"organisation", "volunteer", "sponsor"})
PLEDGES = "pledges"


class Priced(Protocol):
    """Anything with an amount and a period, e.g. a CostItem (kept as a protocol: no database here)."""

    amount_cents: int
    period: str


def _check_amount(amount_cents: int) -> None:
    if not isinstance(amount_cents, int) or isinstance(amount_cents, bool) or amount_cents < 0:
        raise ValueError(f"an amount is a whole number of cents, at least 0: {amount_cents!r}")


def _check_period(period: str) -> None:
    if period not in (MONTH, YEAR):
        raise ValueError(f"unknown period: {period!r}")


def round_half_up(value: Fraction) -> int:
    """The nearest whole cent; exactly half a cent goes up (2.5 → 3, 83.5 → 84)."""
    return int((value + Fraction(1, 2)).__floor__())


def split(amount_cents: int, weights: Sequence[int]) -> list[int]:
    """`amount_cents` shared by `weights` (largest remainder, ties to the earlier weight); the parts sum exactly.

    Weights must be whole numbers of at least 1: a part of weight 0 is no part, and leaving it in would hide a
    mistake in the caller.
    """
    _check_amount(amount_cents)
    if not weights:
        raise ValueError("split needs at least one weight")
    for weight in weights:
        if not isinstance(weight, int) or isinstance(weight, bool) or weight < 1:
            raise ValueError(f"a weight is a whole number of at least 1: {weight!r}")
    total = sum(weights)
    parts = [amount_cents * weight // total for weight in weights]
    remainders = [amount_cents * weight % total for weight in weights]
    left_over = amount_cents - sum(parts)  # fewer than len(weights): each floor lost less than one cent
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:left_over]:
        parts[index] += 1
    return parts


def yearly_cents(item: Priced) -> int:
    _check_amount(item.amount_cents)
    _check_period(item.period)
    return item.amount_cents if item.period == YEAR else item.amount_cents * MONTHS_PER_YEAR


def instalments(item: Priced) -> list[int]:
    """The 12 monthly payments of a year; a yearly amount's remainder cents fall in the first months."""
    _check_amount(item.amount_cents)
    _check_period(item.period)
    if item.period == MONTH:
        return [item.amount_cents] * MONTHS_PER_YEAR
    return split(item.amount_cents, [1] * MONTHS_PER_YEAR)


def monthly_exact(item: Priced) -> Fraction:
    """The exact monthly amount in cents (a yearly 1000 ct is 250/3 ct), for adding up."""
    _check_amount(item.amount_cents)
    _check_period(item.period)
    if item.period == MONTH:
        return Fraction(item.amount_cents)
    return Fraction(item.amount_cents, MONTHS_PER_YEAR)


def monthly_cents(item: Priced) -> int:
    """The monthly amount for display: the exact figure rounded half up."""
    return round_half_up(monthly_exact(item))


def share_parts(amount_cents: int, holder_id: int, shares: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Who pays how many of `amount_cents`: `shares` are (organisation id, weight) in a fixed order.

    Without shares the contract holder pays it all. With shares, only the organisations listed pay; the callers
    list the holder first, so a tie in the remainders gives the odd cent to the holder.
    """
    if not shares:
        _check_amount(amount_cents)
        return {holder_id: amount_cents}
    parts = split(amount_cents, [weight for _organisation, weight in shares])
    return {organisation: part for (organisation, _weight), part in zip(shares, parts, strict=True)}


@dataclass(frozen=True)
class Line:
    """One item's exact monthly figures, or one organisation's part of them."""

    monthly: Fraction
    covered: Fraction
    promised: Fraction

    def part(self, ratio: Fraction) -> Line:
        """The same item seen by an organisation that pays `ratio` of it (its split share / the whole amount)."""
        return Line(self.monthly * ratio, self.covered * ratio, self.promised * ratio)


def line(item: Priced, covered_by: str, confirmed_cents: int = 0, promised_cents: int = 0) -> Line:
    """The item's monthly amount, how much of it is covered and how much more is promised (pledges to confirm)."""
    _check_amount(confirmed_cents)
    _check_amount(promised_cents)
    monthly = monthly_exact(item)
    if covered_by in FULLY_COVERED:
        return Line(monthly, monthly, Fraction(0))
    if covered_by == PLEDGES:
        return Line(monthly, min(Fraction(confirmed_cents), monthly), Fraction(promised_cents))
    return Line(monthly, Fraction(0), Fraction(0))


@dataclass(frozen=True)
class Figures:
    """What a transparency view shows, in whole cents per month: total = covered + open."""

    total: int
    covered: int
    open: int
    promised: int

    @property
    def percent_covered(self) -> int:
        """Covered as a whole percentage, rounded down (so 100 % only when nothing is open); 0 without costs."""
        if self.total == 0:
            return 0
        return self.covered * 100 // self.total


def totals(lines: Iterable[Line]) -> Figures:
    """Add the exact figures and round once; open is what the rounded covered leaves of the rounded total."""
    monthly = covered = promised = Fraction(0)
    for one in lines:
        monthly += one.monthly
        covered += one.covered
        promised += one.promised
    total = round_half_up(monthly)
    covered_cents = round_half_up(covered)  # covered ≤ monthly per line, and rounding keeps the order
    return Figures(total=total, covered=covered_cents, open=total - covered_cents, promised=round_half_up(promised))
