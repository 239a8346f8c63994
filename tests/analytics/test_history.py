import numpy as np
import pytest

from crmdesk.analytics.choices import TimeUnit
from crmdesk.analytics.history import PurchaseHistory


def history(**overrides) -> PurchaseHistory:
    # Customer 1: 4 purchase days from day 100 to day 160, 400 in all, 100 on the first
    # day. Customer 2: one purchase on day 150.
    fields = {
        "ids": np.array([1, 2]),
        "purchase_days": np.array([4, 1]),
        "first_day": np.array([100, 150]),
        "last_day": np.array([160, 150]),
        "revenue": np.array([400.0, 80.0]),
        "first_day_revenue": np.array([100.0, 80.0]),
        "historical_profit": np.array([160.0, 20.0]),
        "recent_revenue": np.array([0.0, 80.0]),
        "earlier_revenue": np.array([300.0, 0.0]),
    }
    return PurchaseHistory(**(fields | overrides))


def test_model_inputs_count_repeat_days_and_times_since_the_first_purchase_in_the_unit():
    x, t_x, age = history().model_inputs(today=170, unit=TimeUnit.WEEK)
    assert x.tolist() == [3, 0]
    assert t_x.tolist() == pytest.approx([60 / 7, 0])
    assert age.tolist() == pytest.approx([70 / 7, 20 / 7])
    _x, t_x, age = history().model_inputs(today=170, unit=TimeUnit.DAY)
    assert (t_x.tolist(), age.tolist()) == ([60, 0], [70, 20])


def test_mean_repeat_spend_leaves_out_the_first_day():
    assert history().mean_repeat_spend().tolist() == pytest.approx([100.0, 0.0])


def test_usual_interval_is_the_mean_gap_and_undefined_for_one_purchase():
    interval = history().usual_interval()
    assert interval[0] == pytest.approx(20.0)
    assert np.isnan(interval[1])


def test_units_per_year():
    assert TimeUnit.WEEK.per_year == pytest.approx(365.25 / 7)
    assert TimeUnit.MONTH.per_year == pytest.approx(12)
