"""Customer loyalty (客户忠诚, domain.md §6): repeated buying plus attitude.

Behaviour is high when the customer bought again at least ``min_repeat_purchases``
times in the window looked at, at regular intervals (the gaps between purchase days
vary by at most ``max_gap_variation`` of their mean: their coefficient of variation).
Attitude is high when the latest survey's overall c reaches ``min_satisfaction`` and,
if asked for, the customer would recommend us. A customer never surveyed has no
attitude known, so no loyalty type: the workbench asks for a survey instead."""

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise
from statistics import fmean

from crmdesk.core.enums import LoyaltyType
from crmdesk.core.errors import DomainError

MONTH_DAYS = 365.25 / 12


@dataclass(frozen=True)
class LoyaltyRules:
    window_months: int = 24
    min_repeat_purchases: int = 2
    max_gap_variation: float = 1.0  # standard deviation of the gaps over their mean
    min_satisfaction: float = 1.0  # overall c: at least met
    recommend_needed: bool = True

    def checked(self) -> "LoyaltyRules":
        if self.window_months < 1 or self.min_repeat_purchases < 1:
            raise DomainError("Loyalty looks at 1 month or more and 1 repeat purchase or more")
        if self.max_gap_variation <= 0 or self.min_satisfaction <= 0:
            raise DomainError("The gap variation and the satisfaction limits must be above 0")
        return self

    def to_text(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_text(cls, text: str) -> "LoyaltyRules":
        try:
            return cls(**json.loads(text)).checked()
        except (ValueError, TypeError) as exc:
            raise DomainError(f"The stored loyalty rules are unreadable: {text!r}") from exc


class Fact(StrEnum):
    REPEAT_PURCHASES = "repeat_purchases"
    GAP_VARIATION = "gap_variation"
    SATISFACTION = "satisfaction"
    WOULD_RECOMMEND = "would_recommend"


@dataclass(frozen=True)
class LoyaltyReason:
    """One fact weighed: its value, the limit it was held to and whether it passed."""

    fact: Fact
    value: float | bool | None
    limit: float | bool | None
    met: bool


@dataclass(frozen=True)
class Loyalty:
    type: LoyaltyType | None  # None: never surveyed, attitude unknown
    behaviour_high: bool
    attitude_high: bool | None
    reasons: tuple[LoyaltyReason, ...]


def gap_variation(days: Sequence[int]) -> float | None:
    """The coefficient of variation of the gaps between sorted purchase days; None
    with fewer than two gaps (nothing to compare)."""
    gaps = [later - earlier for earlier, later in pairwise(days)]
    if len(gaps) < 2:
        return None
    # σ/μ = √(nΣg² − (Σg)²) / Σg, in exact integers: statistics.pstdev's exact
    # fractions took 2 s over 23 000 customers.
    n, total = len(gaps), sum(gaps)
    return math.sqrt(n * sum(g * g for g in gaps) - total * total) / total


def classify(
    purchase_days: Sequence[int],
    satisfaction: float | None,
    would_recommend: bool | None,
    rules: LoyaltyRules,
) -> Loyalty:
    """The loyalty type from the distinct purchase days in the window (day numbers,
    ascending) and the latest survey's overall c and recommendation."""
    repeats = max(len(purchase_days) - 1, 0)
    variation = gap_variation(purchase_days)
    reasons = [
        LoyaltyReason(
            Fact.REPEAT_PURCHASES,
            repeats,
            rules.min_repeat_purchases,
            repeats >= rules.min_repeat_purchases,
        ),
        LoyaltyReason(
            Fact.GAP_VARIATION,
            variation,
            rules.max_gap_variation,
            variation is None or variation <= rules.max_gap_variation,
        ),
    ]
    behaviour_high = all(r.met for r in reasons)
    if satisfaction is None:
        return Loyalty(None, behaviour_high, None, tuple(reasons))
    attitude = [
        LoyaltyReason(
            Fact.SATISFACTION,
            satisfaction,
            rules.min_satisfaction,
            satisfaction >= rules.min_satisfaction - 1e-9,
        )
    ]
    if rules.recommend_needed:
        attitude.append(
            LoyaltyReason(Fact.WOULD_RECOMMEND, would_recommend, True, would_recommend is True)
        )
    attitude_high = all(r.met for r in attitude)
    kind = {
        (False, False): LoyaltyType.NONE,
        (True, False): LoyaltyType.LATENT,
        (False, True): LoyaltyType.INERTIAL,
        (True, True): LoyaltyType.TRUE,
    }[(attitude_high, behaviour_high)]
    return Loyalty(kind, behaviour_high, attitude_high, tuple(reasons + attitude))


def window_start(as_of: date, months: int) -> int:
    """The first day number (date.toordinal) of the ``months`` ending on ``as_of``."""
    return as_of.toordinal() - round(months * MONTH_DAYS) + 1


@dataclass(frozen=True)
class LoyaltyMeasures:
    """Of a group of customers (a segment, or the firm)."""

    buyers: int
    repeat_rate: float | None  # share of buyers who bought on two days or more
    retention_rate: float | None  # of last year's buyers, the share buying this year
    churn_rate: float | None  # 1 − retention
    relationship_months: float | None  # mean first to last purchase
    complaints_resolved_well: float | None  # share of resolved complaints scored 4–5


@dataclass(frozen=True)
class CustomerFacts:
    """What the measures read of one customer."""

    purchase_days: Sequence[int]  # all distinct purchase days up to the day, ascending
    resolved_complaints: int = 0
    resolved_well: int = 0  # satisfaction after handling 4 or 5


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def measures(customers: Iterable[CustomerFacts], as_of: date) -> LoyaltyMeasures:
    """Loyalty measures of ``customers`` as of a day: retention compares the 12 months
    ending on it with the 12 months before."""
    this_year = window_start(as_of, 12)
    last_year = window_start(as_of, 24)
    buyers = repeaters = last_year_buyers = kept = resolved = well = 0
    lengths = []
    for facts in customers:
        resolved += facts.resolved_complaints
        well += facts.resolved_well
        days = facts.purchase_days
        if not days:
            continue
        buyers += 1
        repeaters += len(days) > 1
        lengths.append((days[-1] - days[0]) / MONTH_DAYS)
        if any(last_year <= d < this_year for d in days):
            last_year_buyers += 1
            kept += days[-1] >= this_year
    retention = _share(kept, last_year_buyers)
    return LoyaltyMeasures(
        buyers=buyers,
        repeat_rate=_share(repeaters, buyers),
        retention_rate=retention,
        churn_rate=None if retention is None else 1 - retention,
        relationship_months=fmean(lengths) if lengths else None,
        complaints_resolved_well=_share(well, resolved),
    )
