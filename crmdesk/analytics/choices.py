"""The analytics' settings and named categories: what settings, labels and screens need
at every start, kept apart from the NumPy and SciPy modules that compute with them
(importing NumPy would add ~0.1 s to the start)."""

from dataclasses import dataclass
from enum import StrEnum

from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError

# Days in a year, for discount rates per year applied per model period.
YEAR = 365.25


class TimeUnit(StrEnum):
    """The period the purchase models count in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def days(self) -> float:
        return {"day": 1.0, "week": 7.0, "month": YEAR / 12}[self.value]

    @property
    def per_year(self) -> float:
        return YEAR / self.days


# Shares of the ranked customers in each tier, top to bottom (a common default).
DEFAULT_TIER_SHARES = (0.01, 0.04, 0.15, 0.80)
TIERS = (Tier.VIP, Tier.MAJOR, Tier.ORDINARY, Tier.SMALL)


@dataclass(frozen=True)
class AbcThresholds:
    """Cumulative shares of value that close class A and class B (80/15/5 by default)."""

    a: float = 0.80
    b: float = 0.95

    def __post_init__(self) -> None:
        if not 0 < self.a < self.b < 1:
            raise DomainError("The A and B thresholds must satisfy 0 < A < A + B < 100%")


@dataclass(frozen=True)
class TierShares:
    shares: tuple[float, float, float, float] = DEFAULT_TIER_SHARES

    def __post_init__(self) -> None:
        if len(self.shares) != 4 or any(s < 0 for s in self.shares):
            raise DomainError("The pyramid needs four shares of customers, none negative")
        if abs(sum(self.shares) - 1) > 1e-9:
            raise DomainError("The four tiers' shares of customers must add up to 100%")


@dataclass(frozen=True)
class LifetimeSettings:
    unit: TimeUnit = TimeUnit.WEEK
    horizon_years: int = 3
    discount_rate: float = 0.10  # a year
    margin: float = 0.30  # profit on revenue, for forecasts and sales without gross profit

    def __post_init__(self) -> None:
        if not 1 <= self.horizon_years <= 20:
            raise DomainError("The forecast horizon is 1 to 20 years")
        if not 0 <= self.discount_rate < 1:
            raise DomainError("The discount rate is 0 to 100% a year")
        if not 0 < self.margin <= 1:
            raise DomainError("The margin is more than 0 and at most 100%")

    @property
    def rate_per_period(self) -> float:
        return (1 + self.discount_rate) ** (1 / self.unit.per_year) - 1


class Quadrant(StrEnum):
    """Current × future value (domain.md §5)."""

    MOST_VALUABLE = "most_valuable"  # 贵宾型 MVC: high now, high to come
    MOST_GROWABLE = "most_growable"  # 改进型 MGC: low now, high to come
    MAINTAIN = "maintain"  # 保护型: high now, little to come
    LET_GO = "let_go"  # 放弃型: little now or to come


class Reason(StrEnum):
    OPEN_COMPLAINT = "open_complaint"
    BADLY_HANDLED_COMPLAINT = "badly_handled_complaint"
    FALLING_SATISFACTION = "falling_satisfaction"  # after a complaint, or survey to survey
    FRAGILE_LOYALTY = "fragile_loyalty"  # inertial loyalty, and buying less or late
    PROBABLY_INACTIVE = "probably_inactive"  # BG/NBD: low probability still active
    OVERDUE_PURCHASE = "overdue_purchase"  # gap far beyond the customer's own interval
    FALLING_SPEND = "falling_spend"
    LONG_SILENCE = "long_silence"


class Action(StrEnum):
    RESOLVE_COMPLAINT = "resolve_complaint"
    MAKE_GOOD = "make_good"  # apologise and put the bad handling right
    ASK_WHAT_DISAPPOINTED = "ask_what_disappointed"
    WIN_THEM_OVER = "win_them_over"  # they buy out of habit: give them a reason to stay
    WIN_BACK_OFFER = "win_back_offer"
    VISIT_ABOUT_SPEND = "visit_about_spend"
    GET_IN_TOUCH = "get_in_touch"


class Segment(StrEnum):
    CHAMPIONS = "champions"
    POTENTIAL_LOYALIST = "potential_loyalist"
    NEW = "new"
    PROMISING = "promising"
    LOYAL = "loyal"
    NEED_ATTENTION = "need_attention"
    ABOUT_TO_SLEEP = "about_to_sleep"
    CANT_LOSE = "cant_lose"
    AT_RISK = "at_risk"
    HIBERNATING = "hibernating"
    LOST = "lost"
