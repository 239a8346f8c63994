"""Customers ranked by value: the Pareto curve, ABC classes and the pyramid's tiers
(domain.md §5). Every function takes the customers' ids and values in any order and
ranks them the same way: by value, highest first, ties by id, so a result never
depends on the order rows came from the database."""

from dataclasses import dataclass

import numpy as np

from crmdesk.analytics.choices import TIERS, AbcThresholds, TierShares
from crmdesk.core.enums import Tier

DEFAULT_ABC = AbcThresholds()
DEFAULT_SHARES = TierShares()


@dataclass(frozen=True)
class Ranked:
    """Customers from the most valuable down."""

    ids: np.ndarray
    values: np.ndarray
    cumulative_share: np.ndarray  # of all value, up to and including each customer

    @property
    def total(self) -> float:
        """All value brought (customers who cost more than they brought count as 0)."""
        return float(np.clip(self.values, 0, None).sum())


def ranked(ids, values) -> Ranked:
    ids = np.asarray(ids, dtype=np.int64)
    values = np.asarray(values, dtype=float)
    order = np.lexsort((ids, -values))  # value descending, then id ascending
    ids, values = ids[order], values[order]
    total = values[values > 0].sum()
    positive = np.clip(values, 0, None)  # a customer who cost more adds nothing to the curve
    cumulative = np.cumsum(positive) / total if total > 0 else np.zeros(len(values))
    return Ranked(ids, values, cumulative)


@dataclass(frozen=True)
class AbcResult:
    ranked: Ranked
    classes: np.ndarray  # "A", "B" or "C", in ranked order
    thresholds: AbcThresholds

    def counts(self) -> dict[str, int]:
        return {c: int((self.classes == c).sum()) for c in "ABC"}

    def share_of_customers_for(self, share_of_value: float) -> float:
        """The smallest share of (ranked) customers that brings ``share_of_value``."""
        n = len(self.ranked.ids)
        if n == 0:
            return 0.0
        reached = int(np.searchsorted(self.ranked.cumulative_share, share_of_value - 1e-12))
        return min(reached + 1, n) / n


def abc_classes(ids, values, thresholds: AbcThresholds = DEFAULT_ABC) -> AbcResult:
    """A: the customers making up the first ``a`` of value (the one crossing the line
    included); B: the next, up to ``b``; C: the rest, and everyone with no value."""
    result = ranked(ids, values)
    before = np.concatenate(([0.0], result.cumulative_share[:-1]))
    classes = np.where(before < thresholds.a, "A", np.where(before < thresholds.b, "B", "C"))
    classes = np.where(result.values > 0, classes, "C")
    return AbcResult(result, classes, thresholds)


@dataclass(frozen=True)
class PyramidBand:
    tier: Tier
    customers: int
    value: float
    share_of_customers: float
    share_of_value: float


@dataclass(frozen=True)
class Pyramid:
    ranked: Ranked
    tiers: np.ndarray  # Tier per customer, in ranked order
    bands: list[PyramidBand]  # top to bottom


def pyramid(ids, values, shares: TierShares = DEFAULT_SHARES) -> Pyramid:
    """Tiers by rank: the top ``shares[0]`` of customers VIP, the next major, and so
    on (boundaries rounded to whole customers); anyone who brought nothing is small."""
    result = ranked(ids, values)
    n = len(result.ids)
    bounds = np.rint(np.cumsum(shares.shares) * n).astype(int)
    bounds[-1] = n
    position = np.arange(n)
    tier_index = np.searchsorted(bounds, position, side="right")
    # A customer who brought nothing is small, whatever the shares leave room for.
    tier_index[result.values <= 0] = len(TIERS) - 1
    tiers = np.array(TIERS, dtype=object)[tier_index] if n else np.array([], dtype=object)
    total = result.total
    bands = []
    for index, tier in enumerate(TIERS):
        members = tier_index == index
        value = float(result.values[members].sum())
        bands.append(
            PyramidBand(
                tier,
                int(members.sum()),
                value,
                float(members.sum()) / n if n else 0.0,
                value / total if total > 0 else 0.0,
            )
        )
    return Pyramid(result, tiers, bands)
