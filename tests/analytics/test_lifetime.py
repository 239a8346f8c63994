"""Lifetime value: the closed formulas by hand, and BG/NBD reproducing the published
fit on the CDNOW sample (Fader, Hardie & Lee 2005). The sample (2 357 customers, from
the `lifetimes` package's datasets, MIT) is kept in tests/analytics/data."""

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from crmdesk.analytics.lifetime import (
    BgNbd,
    GammaGamma,
    _bg_nbd_log_likelihood,
    _gamma_gamma_log_likelihood,
    carried_forward,
    dwyer_clv,
    fit_bg_nbd,
    fit_gamma_gamma,
    forecast_clv,
)

CDNOW = Path(__file__).parent / "data" / "CDNOW_sample.txt"
CALIBRATION_END = date(1997, 9, 30)


def cdnow_calibration():
    """x, t_x, T in weeks and the mean repeat spend, per customer, as in the paper:
    purchases on the same day count as one; the calibration period ends 1997-09-30."""
    days: dict[str, dict[date, float]] = {}
    for line in CDNOW.read_text().splitlines():
        customer, _id, day, _quantity, amount = line.split()
        on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        if on <= CALIBRATION_END:
            bought = days.setdefault(customer, {})
            bought[on] = bought.get(on, 0.0) + float(amount)
    x, t_x, T, spend = [], [], [], []
    for bought in days.values():
        first, last = min(bought), max(bought)
        x.append(len(bought) - 1)
        t_x.append((last - first).days / 7)
        T.append((CALIBRATION_END - first).days / 7)
        repeats = [v for d, v in sorted(bought.items())[1:]]
        spend.append(sum(repeats) / len(repeats) if repeats else 0.0)
    return np.array(x), np.array(t_x), np.array(T), np.array(spend)


def test_bg_nbd_reproduces_the_published_cdnow_fit():
    x, t_x, T, _ = cdnow_calibration()
    assert len(x) == 2357
    fitted = fit_bg_nbd(x, t_x, T)
    assert fitted.r == pytest.approx(0.243, abs=0.005)
    assert fitted.alpha == pytest.approx(4.414, abs=0.05)
    assert fitted.a == pytest.approx(0.793, abs=0.01)
    assert fitted.b == pytest.approx(2.426, abs=0.05)


def test_bg_nbd_forecasts_as_the_paper_shows():
    model = BgNbd(r=0.243, alpha=4.414, a=0.793, b=2.426)
    # The paper's worked example: x=2, t_x=30.43, T=38.86 → 1.226 purchases in 39 weeks.
    assert model.expected_purchases(39, 2, 30.43, 38.86) == pytest.approx(1.226, abs=0.005)
    assert model.probability_alive(0, 0, 38.86) == 1.0  # never repurchased: no evidence of death
    assert 0 < model.probability_alive(2, 30.43, 38.86) < 1


def test_gamma_gamma_reproduces_the_published_cdnow_fit():
    x, _t_x, _T, spend = cdnow_calibration()
    fitted = fit_gamma_gamma(x, spend)
    # Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, γ = 15.44.
    assert (fitted.p, fitted.q, fitted.gamma) == (
        pytest.approx(6.25, abs=0.05),
        pytest.approx(3.74, abs=0.05),
        pytest.approx(15.44, abs=0.2),
    )
    # More purchases make the customer's own average count for more.
    assert abs(fitted.expected_spend(20, 100.0) - 100) < abs(fitted.expected_spend(1, 100.0) - 100)


def central_slope(value, at, step=1e-5) -> np.ndarray:
    """The gradient of ``value`` at ``at`` by central differences."""
    at = np.array(at, dtype=float)
    return np.array(
        [
            (value(at + step * unit) - value(at - step * unit)) / (2 * step)
            for unit in np.eye(len(at))
        ]
    )


@pytest.mark.parametrize("at", [(-1.4, 1.5, -0.2, 0.9), (0.3, -0.5, 1.2, -0.7)])
def test_the_bg_nbd_gradient_is_the_likelihoods_slope(at):
    x, t_x, T, _ = cdnow_calibration()
    weights = np.ones_like(x, dtype=float)
    x = x.astype(float)

    def value(p):
        return _bg_nbd_log_likelihood(p, x, t_x, T, weights)[0]

    _, gradient = _bg_nbd_log_likelihood(np.array(at), x, t_x, T, weights)
    assert gradient == pytest.approx(central_slope(value, at), rel=1e-5, abs=1e-4)


@pytest.mark.parametrize("at", [(1.8, 1.3, 2.7), (-0.5, 0.4, 0.1)])
def test_the_gamma_gamma_gradient_is_the_likelihoods_slope(at):
    x, _t_x, _T, spend = cdnow_calibration()
    repeat = x > 0
    x, m = x[repeat].astype(float), spend[repeat]
    weights = np.ones_like(x)

    def value(p):
        return _gamma_gamma_log_likelihood(p, x, m, weights)[0]

    _, gradient = _gamma_gamma_log_likelihood(np.array(at), x, m, weights)
    assert gradient == pytest.approx(central_slope(value, at), rel=1e-5, abs=1e-4)


def test_closed_formulas_by_hand():
    # Dwyer: 100 a period, retention 0.8, discount 10%: 100/1.1 + 80/1.21 + 64/1.331
    assert dwyer_clv([100, 100, 100], 0.8, 0.1) == pytest.approx(100 / 1.1 + 80 / 1.21 + 64 / 1.331)
    # Historical: 100 two periods ago and 50 last period, carried forward at 10%.
    assert 100 * carried_forward(2, 0.1) + 50 * carried_forward(1, 0.1) == pytest.approx(121 + 55)
    assert carried_forward(0, 0.1) == 1


def test_forecast_clv_discounts_each_periods_purchases():
    purchases = BgNbd(0.243, 4.414, 0.793, 2.426)
    spend = GammaGamma(6.25, 3.74, 15.44)
    one = forecast_clv(purchases, spend, [2], [30.43], [38.86], [40.0], 52, 0.3, 0.0)
    discounted = forecast_clv(purchases, spend, [2], [30.43], [38.86], [40.0], 52, 0.3, 0.01)
    expected = purchases.expected_purchases(52, 2, 30.43, 38.86) * spend.expected_spend(2, 40) * 0.3
    assert one[0] == pytest.approx(float(expected))
    assert discounted[0] < one[0]


def test_forecast_clv_in_coarser_steps_adds_up_the_same_purchases_without_discount():
    purchases = BgNbd(0.243, 4.414, 0.793, 2.426)
    spend = GammaGamma(6.25, 3.74, 15.44)
    args = (purchases, spend, [2, 0, 7], [30.43, 0, 35.0], [38.86, 20.0, 38.0], [40.0, 0, 12.5])
    weekly = forecast_clv(*args, 52, 0.3, 0.0)
    monthly = forecast_clv(*args, 52, 0.3, 0.0, steps=12)
    assert monthly == pytest.approx(weekly)
    # Discounting at the end of longer steps discounts a little more.
    assert (forecast_clv(*args, 52, 0.3, 0.01, steps=12) < forecast_clv(*args, 52, 0.3, 0.01)).all()
