"""costs/arithmetic.py: splits and monthly figures are cent-exact, whatever the numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

import pytest

from techpaten.costs import arithmetic
from techpaten.costs.arithmetic import Figures, line, monthly_cents, split, totals


@dataclass
class Item:
    amount_cents: int
    period: str = "month"


def test_one_cent_split_three_ways_goes_to_the_first():
    assert split(1, [1, 1, 1]) == [1, 0, 0]


def test_1000_cents_split_evenly_three_ways_gives_the_odd_cent_to_the_first():
    assert split(1000, [1, 1, 1]) == [334, 333, 333]


def test_two_odd_cents_go_to_the_largest_remainders_not_simply_the_first():
    # quotas 1000·1/7 = 142.86, 1000·2/7 = 285.71, 1000·4/7 = 571.43: remainders .86 and .71 win the two cents
    assert split(1000, [1, 2, 4]) == [143, 286, 571]


def test_ties_in_the_remainder_go_to_the_earlier_part():
    assert split(2, [1, 1, 1, 1]) == [1, 1, 0, 0]
    assert split(5, [2, 2]) == [3, 2]


def test_a_single_weight_takes_everything_and_zero_splits_into_zeros():
    assert split(999, [7]) == [999]
    assert split(0, [1, 2]) == [0, 0]


@pytest.mark.parametrize("weights", [[], [0], [1, 0], [1, -1], [1.5], [True]])
def test_zero_negative_missing_or_non_integer_weights_are_refused(weights):
    with pytest.raises(ValueError):
        split(100, weights)


@pytest.mark.parametrize("amount", [-1, 1.5, "100", None])
def test_negative_or_non_integer_amounts_are_refused(amount):
    with pytest.raises(ValueError):
        split(amount, [1, 1])


def test_big_numbers_stay_exact():
    amount = 10**18 + 7
    parts = split(amount, [3, 3, 3])
    assert sum(parts) == amount
    assert parts == [333333333333333336, 333333333333333336, 333333333333333335]
    assert monthly_cents(Item(100_000_000, "year")) == 8_333_333


def test_parts_always_sum_to_the_amount_and_stay_within_a_cent_of_their_quota():
    rng = random.Random(20260101)
    for _ in range(3000):
        amount = rng.choice([0, 1, 2, 3, 99, 100, 101, 1000, 99_999, rng.randrange(0, 10**9)])
        weights = [rng.randint(1, rng.choice([1, 3, 100, 65535])) for _ in range(rng.randint(1, 12))]
        parts = split(amount, weights)
        assert sum(parts) == amount
        assert len(parts) == len(weights)
        for part, weight in zip(parts, weights, strict=True):
            quota = Fraction(amount * weight, sum(weights))
            assert 0 <= part - quota.__floor__() <= 1


def test_equal_weights_never_differ_by_more_than_one_cent():
    for amount in range(0, 500):
        for count in range(1, 13):
            parts = split(amount, [1] * count)
            assert max(parts) - min(parts) <= 1
            assert parts == sorted(parts, reverse=True)  # the odd cents go to the first parts


def test_a_yearly_1000_cents_is_83_cents_a_month_for_display_and_its_instalments_sum_to_1000():
    item = Item(1000, "year")
    assert arithmetic.monthly_exact(item) == Fraction(250, 3)
    assert monthly_cents(item) == 83
    assert arithmetic.instalments(item) == [84, 84, 84, 84] + [83] * 8
    assert sum(arithmetic.instalments(item)) == 1000


def test_half_a_cent_rounds_up():
    assert monthly_cents(Item(1002, "year")) == 84  # 83.5
    assert monthly_cents(Item(1001, "year")) == 83  # 83.41…
    assert arithmetic.round_half_up(Fraction(5, 2)) == 3
    assert arithmetic.round_half_up(Fraction(249, 100)) == 2


def test_twelve_instalments_give_back_every_yearly_amount_exactly():
    for amount in [*range(0, 300), 99_999, 100_000_000]:
        months = arithmetic.instalments(Item(amount, "year"))
        assert len(months) == 12 and sum(months) == amount
        assert arithmetic.yearly_cents(Item(amount, "year")) == amount
    assert arithmetic.instalments(Item(1250, "month")) == [1250] * 12
    assert arithmetic.yearly_cents(Item(1250, "month")) == 15000


def test_an_unknown_period_is_refused():
    with pytest.raises(ValueError):
        monthly_cents(Item(100, "week"))


def test_totals_round_the_exact_sum_once_not_each_row():
    # three items of 1 ct a year: each 0.083 ct a month rounds to 0, together 0.25 ct still rounds to 0 …
    assert totals(line(Item(1, "year"), "organisation") for _ in range(3)).total == 0
    # … but six items of 1000 ct a year are exactly 500 ct a month (rounded rows would say 6 * 83 = 498)
    figures = totals(line(Item(1000, "year"), "open") for _ in range(6))
    assert figures == Figures(total=500, covered=0, open=500, promised=0)


def test_organisation_volunteer_and_sponsor_cover_in_full_open_covers_nothing():
    for who in ("organisation", "volunteer", "sponsor"):
        assert totals([line(Item(1250), who)]) == Figures(1250, 1250, 0, 0)
    assert totals([line(Item(1250), "open")]) == Figures(1250, 0, 1250, 0)


def test_pledges_cover_up_to_the_confirmed_sum_never_more_than_the_item_and_promises_stay_apart():
    assert totals([line(Item(1250), "pledges", confirmed_cents=500, promised_cents=300)]) == Figures(
        1250, 500, 750, 300
    )
    assert totals([line(Item(1250), "pledges", confirmed_cents=5000)]) == Figures(1250, 1250, 0, 0)
    assert totals([line(Item(1250), "pledges", promised_cents=5000)]) == Figures(1250, 0, 1250, 5000)
    # Pledges on an item covered otherwise do not count twice.
    assert totals([line(Item(1250), "sponsor", confirmed_cents=500)]) == Figures(1250, 1250, 0, 0)


def test_the_shares_of_an_item_add_up_to_the_whole_item_exactly():
    rng = random.Random(7)
    for _ in range(1000):
        item = Item(rng.randrange(1, 10**7), rng.choice(["month", "year"]))
        weights = [rng.randint(1, 9) for _ in range(rng.randint(1, 5))]
        shares = list(enumerate(weights, start=1))
        amounts = arithmetic.share_parts(item.amount_cents, 1, shares)
        confirmed = rng.randrange(0, 2 * item.amount_cents)
        whole = line(item, rng.choice(["pledges", "open", "sponsor"]), confirmed_cents=confirmed)
        parts = [whole.part(Fraction(cents, item.amount_cents)) for cents in amounts.values()]
        assert sum(amounts.values()) == item.amount_cents
        assert sum(p.monthly for p in parts) == whole.monthly
        assert sum(p.covered for p in parts) == whole.covered
        assert totals(parts) == totals([whole])


def test_covered_plus_open_is_always_the_total_and_open_never_negative():
    rng = random.Random(11)
    for _ in range(2000):
        lines = [
            line(
                Item(rng.randrange(1, 10**6), rng.choice(["month", "year"])),
                rng.choice(["organisation", "volunteer", "sponsor", "pledges", "open"]),
                confirmed_cents=rng.randrange(0, 10**6),
                promised_cents=rng.randrange(0, 10**4),
            )
            for _ in range(rng.randint(0, 8))
        ]
        figures = totals(lines)
        assert figures.covered + figures.open == figures.total
        assert 0 <= figures.covered <= figures.total
        assert 0 <= figures.percent_covered <= 100


def test_without_a_holder_share_the_holder_pays_everything():
    assert arithmetic.share_parts(1000, 5, []) == {5: 1000}
    assert arithmetic.share_parts(1000, 5, [(5, 1), (8, 1), (9, 1)]) == {5: 334, 8: 333, 9: 333}


def test_percent_covered_rounds_down_and_is_zero_without_costs():
    assert Figures(total=300, covered=299, open=1, promised=0).percent_covered == 99
    assert Figures(total=0, covered=0, open=0, promised=0).percent_covered == 0
    assert Figures(total=10, covered=10, open=0, promised=0).percent_covered == 100
