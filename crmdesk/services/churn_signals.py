"""The signals the churn warning weighs, per current customer, gathered from the
purchase histories, the lifetime models, complaints and contacts (NumPy arrays, so
imported only when a warning is computed)."""

from datetime import date, datetime, timedelta

import numpy as np

from crmdesk.analytics.churn import ChurnSignals, complaint_signals
from crmdesk.analytics.customer_lifetime import LifetimeValues
from crmdesk.analytics.history import PurchaseHistory
from crmdesk.core.day_numbers import day_number
from crmdesk.storage.churn import CurrentCustomer

COMPLAINTS_LOOKED_BACK = timedelta(days=365)  # a badly handled complaint counts this long


def churn_signals(
    customers: list[CurrentCustomer],
    history: PurchaseHistory,
    lifetime: LifetimeValues,
    complaints,
    cadence,
    day: date,
    now: datetime,
    survey_c: dict[int, list[float]],
    inertial: set[int],
) -> ChurnSignals:
    """``survey_c``: per customer, the overall c of its surveys, oldest first;
    ``inertial``: the customers whose loyalty is inertial."""
    ids = np.array([c.id for c in customers], dtype=np.int64)
    position = np.searchsorted(history.ids, ids)
    position = np.minimum(position, max(len(history.ids) - 1, 0))
    bought = (history.ids[position] == ids) if len(history.ids) else np.zeros(len(ids), bool)

    def per_buyer(values: np.ndarray, missing: float = np.nan) -> np.ndarray:
        if not len(values):
            return np.full(len(ids), missing)
        return np.where(bought, values[position], missing)

    by_customer = complaint_signals(complaints, now, now - COMPLAINTS_LOOKED_BACK)
    found = [by_customer.get(int(i)) for i in ids]
    scores = [f.satisfaction if f else [] for f in found]
    silent = [(now - c.last_contact_at).days if c.last_contact_at else np.nan for c in customers]
    return ChurnSignals(
        ids=ids,
        value=per_buyer(lifetime.total, 0.0),
        probability_alive=per_buyer(lifetime.probability_alive),
        days_since_purchase=per_buyer(day_number(day) - history.last_day.astype(float)),
        usual_interval=per_buyer(history.usual_interval()),
        recent_revenue=per_buyer(history.recent_revenue, 0.0),
        earlier_revenue=per_buyer(history.earlier_revenue, 0.0),
        days_silent=np.array(silent, dtype=float),
        silence_limit=np.array([cadence.for_tier(c.tier) for c in customers], dtype=float),
        open_complaints=np.array([f.open if f else 0 for f in found], dtype=float),
        badly_handled_complaints=np.array(
            [f.badly_handled if f else 0 for f in found], dtype=float
        ),
        last_satisfaction=np.array([_nth_last(s, 1) for s in scores], dtype=float),
        previous_satisfaction=np.array([_nth_last(s, 2) for s in scores], dtype=float),
        last_survey_c=np.array([_nth_last(survey_c.get(int(i)), 1) for i in ids], dtype=float),
        previous_survey_c=np.array([_nth_last(survey_c.get(int(i)), 2) for i in ids], dtype=float),
        inertial=np.array([int(i) in inertial for i in ids], dtype=bool),
    )


def _nth_last(values: list[float] | None, n: int) -> float:
    return values[-n] if values and len(values) >= n else np.nan
