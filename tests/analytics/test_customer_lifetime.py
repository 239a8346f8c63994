from datetime import date
from pathlib import Path

import numpy as np
import pytest

from crmdesk.analytics.choices import LifetimeSettings, Quadrant, TimeUnit
from crmdesk.analytics.customer_lifetime import LifetimeValues, lifetime_values
from crmdesk.analytics.history import PurchaseHistory
from crmdesk.core.day_numbers import day_number
from crmdesk.core.errors import DomainError

CDNOW = Path(__file__).parent / "data" / "CDNOW_sample.txt"
CALIBRATION_END = date(1997, 9, 30)


def cdnow_history() -> PurchaseHistory:
    """The CDNOW sample up to the calibration end, summed per day as storage does."""
    days: dict[int, dict[int, float]] = {}
    for line in CDNOW.read_text().splitlines():
        customer, _id, day, _quantity, amount = line.split()
        on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        if on <= CALIBRATION_END:
            bought = days.setdefault(int(customer), {})
            number = day_number(on)
            bought[number] = bought.get(number, 0.0) + float(amount)
    ids = sorted(days)
    first = [min(days[i]) for i in ids]
    return PurchaseHistory(
        ids=np.array(ids),
        purchase_days=np.array([len(days[i]) for i in ids]),
        first_day=np.array(first),
        last_day=np.array([max(days[i]) for i in ids]),
        revenue=np.array([sum(days[i].values()) for i in ids]),
        first_day_revenue=np.array([days[i][f] for i, f in zip(ids, first, strict=True)]),
        historical_profit=np.array([0.3 * sum(days[i].values()) for i in ids]),
        recent_revenue=np.zeros(len(ids)),
        earlier_revenue=np.zeros(len(ids)),
    )


def test_from_the_purchase_history_the_fit_reproduces_the_published_parameters():
    history = cdnow_history()
    assert len(history.ids) == 2357
    found = lifetime_values(history, day_number(CALIBRATION_END), LifetimeSettings())
    model = found.purchases_model
    assert (model.r, model.alpha, model.a, model.b) == pytest.approx(
        (0.243, 4.414, 0.793, 2.426), abs=0.002
    )
    spend = found.spend_model
    assert (spend.p, spend.q, spend.gamma) == pytest.approx((6.25, 3.74, 15.44), rel=0.01)
    assert (found.future > 0).all()
    assert ((found.probability_alive > 0) & (found.probability_alive <= 1)).all()
    # Counting in months fits the same customers to other parameters but a similar CLV.
    monthly = lifetime_values(
        history, day_number(CALIBRATION_END), LifetimeSettings(unit=TimeUnit.MONTH)
    )
    assert monthly.purchases_model.alpha == pytest.approx(model.alpha * 7 / (365.25 / 12), rel=0.05)
    assert monthly.future.sum() == pytest.approx(found.future.sum(), rel=0.05)


def test_too_few_buyers_give_historical_value_and_a_reason_but_no_forecast():
    history = cdnow_history().subset(np.arange(5))
    found = lifetime_values(history, day_number(CALIBRATION_END), LifetimeSettings())
    assert found.purchases_model is None
    assert "Too few" in found.not_fitted
    assert (found.future == 0).all()
    assert found.historical.tolist() == pytest.approx(history.historical_profit.tolist())


def test_quadrants_split_at_the_medians():
    values = LifetimeValues(
        ids=np.array([1, 2, 3, 4, 5]),
        historical=np.array([10.0, 50.0, 30.0, 80.0, 5.0]),  # median 30
        future=np.array([90.0, 70.0, 40.0, 1.0, 20.0]),  # median 40
        probability_alive=np.ones(5),
        expected_purchases=np.ones(5),
        purchases_model=None,
        spend_model=None,
        settings=LifetimeSettings(),
    )
    assert values.quadrant_lines() == (30.0, 40.0)
    assert values.quadrants().tolist() == [
        Quadrant.MOST_GROWABLE,
        Quadrant.MOST_VALUABLE,
        Quadrant.LET_GO,  # on both lines is not above them
        Quadrant.MAINTAIN,
        Quadrant.LET_GO,
    ]
    assert values.quadrant_counts()[Quadrant.LET_GO] == 2


@pytest.mark.parametrize(
    "wrong", [{"horizon_years": 0}, {"discount_rate": 1.0}, {"margin": 0}, {"margin": 1.5}]
)
def test_settings_out_of_range_are_refused(wrong):
    with pytest.raises(DomainError):
        LifetimeSettings(**wrong)


def test_the_yearly_discount_rate_compounds_to_the_same_over_a_year_in_any_unit():
    for unit in TimeUnit:
        settings = LifetimeSettings(unit=unit, discount_rate=0.1)
        assert (1 + settings.rate_per_period) ** unit.per_year == pytest.approx(1.1)
