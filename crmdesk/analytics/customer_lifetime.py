"""Every buyer's lifetime value (domain.md §5): the historical part (past profit as
present value) and the future part (BG/NBD × Gamma-Gamma forecast, discounted), and
the value quadrants they place each customer in."""

from dataclasses import dataclass

import numpy as np

from crmdesk.analytics.choices import LifetimeSettings, Quadrant
from crmdesk.analytics.history import PurchaseHistory
from crmdesk.analytics.lifetime import BgNbd, GammaGamma, fit_bg_nbd, fit_gamma_gamma, forecast_clv
from crmdesk.core.errors import DomainError


@dataclass(frozen=True)
class LifetimeValues:
    """Per buyer, in the order of the history (ids ascending)."""

    ids: np.ndarray
    historical: np.ndarray
    future: np.ndarray  # zeros when the models could not be fitted
    probability_alive: np.ndarray  # NaN when the models could not be fitted
    expected_purchases: np.ndarray  # over the horizon
    purchases_model: BgNbd | None
    spend_model: GammaGamma | None
    settings: LifetimeSettings
    not_fitted: str | None = None  # why there is no forecast

    @property
    def total(self) -> np.ndarray:
        return self.historical + self.future

    def quadrant_lines(self) -> tuple[float, float]:
        """The medians of current and of future value: above both is high."""
        if not len(self.ids):
            return 0.0, 0.0
        return float(np.median(self.historical)), float(np.median(self.future))

    def quadrants(self) -> np.ndarray:
        """Each buyer's Quadrant (an object array)."""
        current_line, future_line = self.quadrant_lines()
        high_now, high_later = self.historical > current_line, self.future > future_line
        order = list(Quadrant)
        which = np.select(
            [high_now & high_later, high_later, high_now],
            [order.index(q) for q in (Quadrant.MOST_VALUABLE, Quadrant.MOST_GROWABLE,
                                      Quadrant.MAINTAIN)],
            order.index(Quadrant.LET_GO),
        )  # fmt: skip
        return np.array(order, dtype=object)[which]

    def quadrant_counts(self) -> dict[Quadrant, int]:
        found = self.quadrants()
        return {q: int((found == q).sum()) for q in Quadrant}


def lifetime_values(
    history: PurchaseHistory, today: int, settings: LifetimeSettings
) -> LifetimeValues:
    """Fit both models to the buyers' histories (day numbers; ``today`` is the day the
    calibration ends) and forecast each buyer's value over the horizon."""
    historical = history.historical_profit
    x, t_x, age = history.model_inputs(today, settings.unit)
    spend = history.mean_repeat_spend()
    try:
        purchases_model = fit_bg_nbd(x, t_x, age)
        spend_model = fit_gamma_gamma(x, spend)
    except DomainError as error:
        n = len(history.ids)
        return LifetimeValues(
            history.ids, historical, np.zeros(n), np.full(n, np.nan), np.zeros(n),
            None, None, settings, str(error),
        )  # fmt: skip
    periods = settings.horizon_years * settings.unit.per_year
    future = forecast_clv(
        purchases_model,
        spend_model,
        x,
        t_x,
        age,
        spend,
        periods,
        settings.margin,
        settings.rate_per_period,
        steps=settings.horizon_years * 4,  # discounted quarter by quarter
    )
    return LifetimeValues(
        history.ids,
        historical,
        future,
        purchases_model.probability_alive(x, t_x, age),
        purchases_model.expected_purchases(periods, x, t_x, age),
        purchases_model,
        spend_model,
        settings,
    )
