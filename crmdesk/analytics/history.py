"""Each buyer's purchase history up to a day, summed per customer, and what the lifetime
and churn models read from it. Sales on the same day count as one purchase (the models
count purchase occasions, not lines on an invoice). Days are whole day numbers."""

from dataclasses import dataclass

import numpy as np

from crmdesk.analytics.choices import TimeUnit


@dataclass(frozen=True)
class PurchaseHistory:
    """Per buyer, in the same order (ids ascending)."""

    ids: np.ndarray
    purchase_days: np.ndarray  # distinct days with a purchase
    first_day: np.ndarray
    last_day: np.ndarray
    revenue: np.ndarray
    first_day_revenue: np.ndarray
    # Past profit as present value: each calendar year's carried forward to the day at
    # the discount rate (domain.md §5: 到目前为止的利润现值, analytics.lifetime.carried_forward).
    historical_profit: np.ndarray
    recent_revenue: np.ndarray  # in the last half of the comparison window
    earlier_revenue: np.ndarray  # in the half before it

    @property
    def repeat_purchases(self) -> np.ndarray:
        """x of the models: purchase days after the first."""
        return self.purchase_days - 1

    def model_inputs(self, today: int, unit: TimeUnit) -> tuple[np.ndarray, ...]:
        """(x, t_x, T) in ``unit``: repeat purchases, the last purchase's and today's
        time since the first purchase."""
        x = self.repeat_purchases.astype(float)
        t_x = (self.last_day - self.first_day) / unit.days
        age = (today - self.first_day) / unit.days
        return x, t_x, age

    def mean_repeat_spend(self) -> np.ndarray:
        """Average revenue of a repeat purchase day (0 for one-time buyers)."""
        x = self.repeat_purchases
        repeat = self.revenue - self.first_day_revenue
        return np.divide(repeat, x, out=np.zeros(len(x)), where=x > 0)

    def usual_interval(self) -> np.ndarray:
        """Mean days between purchase days; NaN for one-time buyers."""
        x = self.repeat_purchases
        span = (self.last_day - self.first_day).astype(float)
        return np.divide(span, x, out=np.full(len(x), np.nan), where=x > 0)

    def subset(self, keep: np.ndarray) -> "PurchaseHistory":
        return PurchaseHistory(*(getattr(self, name)[keep] for name in self.__dataclass_fields__))
