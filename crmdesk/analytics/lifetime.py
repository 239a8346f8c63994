"""Customer lifetime value (客户终生价值, domain.md §5).

- Historical value: each period's profit carried forward to today at the discount rate.
- Dwyer's retention model: CLV = Σ_{t=1..T} m_t · r^(t−1) / (1+d)^t.
- The non-contractual forecast: BG/NBD (Fader, Hardie & Lee 2005, "Counting your
  customers the easy way") for how many purchases a customer will make and whether it
  is still active, and Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV") for what a
  purchase will be worth; both fitted by maximum likelihood.

Inputs follow the papers: for each customer, x repeat purchases (purchase days after
the first), t_x the time of the last purchase and T the time since the first, all in
one unit (e.g. weeks) measured from the first purchase.
"""

from dataclasses import dataclass

import numpy as np

from crmdesk.core.errors import DomainError


def carried_forward(age: int, discount_rate: float) -> float:
    """What one unit of profit made ``age`` periods ago is worth today: grown by the
    discount rate for each period since (domain.md §5: 到目前为止的利润现值)."""
    return (1 + discount_rate) ** age


def dwyer_clv(margins, retention: float, discount_rate: float) -> float:
    """Σ m_t · r^(t−1) / (1+d)^t over the periods t = 1…T of ``margins``."""
    return float(
        sum(
            m * retention ** (t - 1) / (1 + discount_rate) ** t
            for t, m in enumerate(margins, start=1)
        )
    )


@dataclass(frozen=True)
class BgNbd:
    r: float
    alpha: float
    a: float
    b: float

    def probability_alive(self, x, t_x, T) -> np.ndarray:
        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        ratio = np.where(
            x > 0,
            self.a
            / (self.b + np.maximum(x, 1) - 1)
            * ((self.alpha + T) / (self.alpha + t_x)) ** (self.r + x),
            0.0,
        )
        return 1 / (1 + ratio)

    def expected_purchases(self, t: float, x, t_x, T) -> np.ndarray:
        """Expected purchases in the next ``t`` periods (paper's equation 10)."""
        from scipy.special import hyp2f1  # SciPy (0.4 s) loads on first use, not at start

        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        z = t / (alpha + T + t)
        tail = ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
        numerator = (a + b + x - 1) / (a - 1) * (1 - tail)
        return numerator * self.probability_alive(x, t_x, T)


SAMPLE_ROWS = 5000  # above this many distinct histories, a sample's fit starts the full one


def _maximum_likelihood(log_likelihood, columns: list[np.ndarray], weights, parameters: int):
    """The parameters (all positive) that maximise the log-likelihood of the data, where
    ``log_likelihood(log_parameters, *columns, weights)`` gives its value and its
    gradient with respect to the log-parameters.

    L-BFGS-B over the logarithms, bounded so that a degenerate fit (say, everyone with
    the same dropout chance, where a and b grow without limit) stops at e^12 instead of
    wandering for minutes. The analytic gradient costs one evaluation where finite
    differences cost one per parameter more. With many distinct rows, a fixed sample of
    them is fitted first and the whole data only polishes that fit: most of the ~100
    steps from the starting point then cost a tenth as much, and the optimum reached is
    still the whole data's."""
    from scipy.optimize import minimize

    def fitted_from(start, data, data_weights):
        def negated(log_parameters):
            value, gradient = log_likelihood(log_parameters, *data, data_weights)
            return -value, -gradient

        return minimize(
            negated,
            x0=start,
            jac=True,
            method="L-BFGS-B",
            bounds=[(-12.0, 12.0)] * parameters,
            options={"ftol": 1e-13, "gtol": 1e-9, "maxiter": 1000},
        ).x

    start = np.zeros(parameters)
    if len(weights) > SAMPLE_ROWS:
        sample = np.random.default_rng(0).choice(len(weights), SAMPLE_ROWS, replace=False)
        start = fitted_from(start, [c[sample] for c in columns], weights[sample])
    return np.exp(fitted_from(start, columns, weights))


def _distinct(*columns) -> tuple[list[np.ndarray], np.ndarray]:
    """The distinct rows of the columns and how often each occurs: customers with the
    same history add the same term to the likelihood, computed once."""
    rows, counts = np.unique(np.stack(columns, axis=1), axis=0, return_counts=True)
    return list(rows.T), counts


def _by_repeats(x: np.ndarray):
    """``of(f, shift)``: f(shift + x) for every row, with f evaluated once per distinct
    purchase count rather than per row (the special functions are most of the cost of
    a likelihood evaluation, and x, a count, takes few values)."""
    counts, index = np.unique(x, return_inverse=True)

    def of(f, shift):
        return f(shift + counts)[index]

    return of


def _bg_nbd_log_likelihood(params, x, t_x, T, weights) -> tuple[float, np.ndarray]:
    """The BG/NBD log-likelihood (the paper's equation 6) and its gradient with respect
    to (log r, log α, log a, log b)."""
    from scipy.special import digamma, gammaln

    r, alpha, a, b = np.exp(params)
    of = _by_repeats(x)
    repeat = x > 0
    a1 = of(gammaln, r) - gammaln(r) + r * np.log(alpha)
    # ln B(a, b+x) − ln B(a, b)
    a2 = of(gammaln, b) - of(gammaln, a + b) + gammaln(a + b) - gammaln(b)
    log_until_T, log_until_tx = np.log(alpha + T), np.log(alpha + t_x)
    a3 = -(r + x) * log_until_T
    a4 = np.where(
        repeat, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * log_until_tx, -np.inf
    )
    tail = np.logaddexp(a3, a4)
    # The shares of the two terms that ln(e^a3 + e^a4) adds up.
    share3, share4 = np.exp(a3 - tail), np.exp(a4 - tail)
    psi_ab, psi_abx = digamma(a + b), of(digamma, a + b)
    gradient = np.array(
        [
            of(digamma, r) - digamma(r) + np.log(alpha) - share3 * log_until_T
            - share4 * log_until_tx,
            r / alpha - (r + x) * (share3 / (alpha + T) + share4 / (alpha + t_x)),
            psi_ab - psi_abx + share4 / a,
            psi_ab + of(digamma, b) - digamma(b) - psi_abx
            - np.where(repeat, share4 / (b + np.maximum(x, 1) - 1), 0.0),
        ]
    )  # fmt: skip
    value = float(np.sum(weights * (a1 + a2 + tail)))
    return value, gradient @ weights * np.array([r, alpha, a, b])


def fit_bg_nbd(x, t_x, T) -> BgNbd:
    """Maximum-likelihood BG/NBD parameters (r, α, a, b)."""
    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    if len(x) < 10 or not (x > 0).any():
        raise DomainError("Too few customers with repeat purchases to fit BG/NBD")
    columns, weights = _distinct(x, t_x, T)
    return BgNbd(*_maximum_likelihood(_bg_nbd_log_likelihood, columns, weights, 4))


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    gamma: float

    def expected_spend(self, x, mean_spend) -> np.ndarray:
        """Expected value of a purchase given x repeat purchases averaging ``mean_spend``."""
        x, m = np.asarray(x, dtype=float), np.asarray(mean_spend, dtype=float)
        return self.p * (self.gamma + x * m) / (self.p * x + self.q - 1)


def _gamma_gamma_log_likelihood(params, x, m, weights) -> tuple[float, np.ndarray]:
    """The Gamma-Gamma log-likelihood of x purchases averaging m, and its gradient with
    respect to (log p, log q, log γ)."""
    from scipy.special import digamma, gammaln

    p, q, gamma = np.exp(params)
    of = _by_repeats(x)
    px = p * x
    log_m, log_x = np.log(m), of(np.log, 0.0)
    log_total = np.log(gamma + m * x)

    def of_px(f, shift=0.0):  # f(p·x + shift), once per distinct x
        return of(lambda n: f(p * n + shift), 0.0)

    terms = (
        of_px(gammaln, q)
        - of_px(gammaln)
        - gammaln(q)
        + q * np.log(gamma)
        + (px - 1) * log_m
        + px * log_x
        - (px + q) * log_total
    )
    psi = of_px(digamma, q)
    gradient = np.array(
        [
            x * (psi - of_px(digamma) + log_m + log_x - log_total),
            psi - digamma(q) + np.log(gamma) - log_total,
            q / gamma - (px + q) / (gamma + m * x),
        ]
    )
    return float(np.sum(weights * terms)), gradient @ weights * np.array([p, q, gamma])


def fit_gamma_gamma(x, mean_spend) -> GammaGamma:
    """Maximum-likelihood Gamma-Gamma parameters, from repeat buyers only."""
    x, m = np.asarray(x, dtype=float), np.asarray(mean_spend, dtype=float)
    repeat = (x > 0) & (m > 0)
    if repeat.sum() < 10:
        raise DomainError("Too few repeat buyers to fit the spend model")
    columns, weights = _distinct(x[repeat], m[repeat])
    return GammaGamma(*_maximum_likelihood(_gamma_gamma_log_likelihood, columns, weights, 3))


def forecast_clv(
    purchases: BgNbd,
    spend: GammaGamma,
    x,
    t_x,
    T,
    mean_spend,
    periods: float,
    margin: float,
    discount_rate: float,
    steps: int | None = None,
) -> np.ndarray:
    """CLV over the next ``periods``: the expected purchases of each step × expected
    spend × margin, discounted to today at ``discount_rate`` per period. By default a
    step is one period; fewer steps (e.g. months when counting in days) cost less and
    discount at the end of each step."""
    steps = steps or int(periods)
    value = spend.expected_spend(x, mean_spend) * margin
    total = np.zeros(len(np.asarray(x)))
    before = np.zeros_like(total)
    for step in range(1, steps + 1):
        elapsed = periods * step / steps
        by_now = purchases.expected_purchases(elapsed, x, t_x, T)
        total += (by_now - before) * value / (1 + discount_rate) ** elapsed
        before = by_now
    return total
