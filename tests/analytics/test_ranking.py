"""Pareto, ABC and the pyramid against cases worked out by hand."""

import numpy as np
import pytest

from crmdesk.analytics.choices import AbcThresholds, TierShares
from crmdesk.analytics.ranking import abc_classes, pyramid, ranked
from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError

# Ten customers, 1 000 in all: the top two bring 70%, the top four 90%.
IDS = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5]
VALUES = [50, 400, 20, 300, 100, 100, 10, 20, 0, 0]


def test_ranked_by_value_then_id_whatever_the_order_given():
    result = ranked(IDS, VALUES)
    assert result.ids.tolist() == [3, 1, 2, 9, 10, 4, 7, 8, 5, 6]
    assert result.cumulative_share.tolist() == pytest.approx(
        [0.4, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99, 1.0, 1.0, 1.0]
    )
    shuffled = np.random.default_rng(1).permutation(10)
    again = ranked(np.array(IDS)[shuffled], np.array(VALUES)[shuffled])
    assert again.ids.tolist() == result.ids.tolist()


def test_abc_classes_at_80_15_5():
    result = abc_classes(IDS, VALUES)
    # A: 400, 300, 100 (reaches 80%); B: 100, 50 (up to 95%); C: the rest and the zeros.
    assert "".join(result.classes) == "AAABBCCCCC"
    assert result.counts() == {"A": 3, "B": 2, "C": 5}
    assert result.share_of_customers_for(0.8) == 0.3  # 30% of customers bring 80%


def test_abc_thresholds_are_configurable_and_checked():
    assert "".join(abc_classes(IDS, VALUES, AbcThresholds(0.5, 0.9)).classes) == "AABBCCCCCC"
    with pytest.raises(DomainError):
        AbcThresholds(0.9, 0.8)


def test_the_pyramid_by_rank_with_value_shares():
    # 20 customers: 1% → 0, 5% → 1, 20% → 4, 100% → 20 customers up to each boundary.
    ids = list(range(1, 21))
    values = [100] + [50] * 3 + [10] * 16
    result = pyramid(ids, values)
    counts = [(band.tier, band.customers) for band in result.bands]
    assert counts == [(Tier.VIP, 0), (Tier.MAJOR, 1), (Tier.ORDINARY, 3), (Tier.SMALL, 16)]
    major, ordinary, small = result.bands[1:]
    assert (major.share_of_customers, major.share_of_value) == (0.05, pytest.approx(100 / 410))
    assert ordinary.share_of_value == pytest.approx(150 / 410)
    assert small.value == 160
    assert result.tiers[0] is Tier.MAJOR and result.ranked.ids[0] == 1


def test_tier_shares_are_checked():
    with pytest.raises(DomainError, match="100%"):
        TierShares((0.1, 0.1, 0.1, 0.1))
    custom = pyramid(range(1, 101), range(100, 0, -1), TierShares((0.1, 0.2, 0.3, 0.4)))
    assert [b.customers for b in custom.bands] == [10, 20, 30, 40]


def test_no_customers_no_bands_of_anyone():
    empty = pyramid([], [])
    assert [b.customers for b in empty.bands] == [0, 0, 0, 0]
    assert abc_classes([], []).share_of_customers_for(0.8) == 0


def test_customers_who_brought_nothing_are_small_whatever_the_shares():
    result = pyramid(range(1, 101), [500] + [0] * 99)
    assert [b.customers for b in result.bands] == [1, 0, 0, 99]
