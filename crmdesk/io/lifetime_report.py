"""Lifetime value and the churn warning as words and workbooks (`crmdesk report clv`
and `churn`): lines of `name value`, a summary sheet, then one row per customer."""

import math
from collections.abc import Mapping
from pathlib import Path

from crmdesk.analytics.customer_lifetime import LifetimeValues
from crmdesk.io.xlsx_writer import SheetData, write_sheets

Names = Mapping[int, tuple[str, str]]  # id → (code, name)


def clv_lines(values: LifetimeValues) -> list[str]:
    """The fitted parameters one per line as `name value` (BG/NBD r, alpha, a, b, then
    Gamma-Gamma p, q, gamma), then the totals and the quadrants in the same form."""
    purchases, spend = values.purchases_model, values.spend_model
    parameters = [
        ("r", purchases.r),
        ("alpha", purchases.alpha),
        ("a", purchases.a),
        ("b", purchases.b),
        ("p", spend.p),
        ("q", spend.q),
        ("gamma", spend.gamma),
    ]
    settings = values.settings
    return [
        *(f"{name} {value:.6g}" for name, value in parameters),
        f"unit {settings.unit.value}",
        f"horizon_years {settings.horizon_years}",
        f"customers {len(values.ids)}",
        f"historical_value {values.historical.sum():.2f}",
        f"future_value {values.future.sum():.2f}",
        *(f"{quadrant.value} {count}" for quadrant, count in values.quadrant_counts().items()),
    ]


def write_clv(path: Path, values: LifetimeValues, names: Names, chart: bytes | None) -> None:
    write_sheets(
        path,
        [
            SheetData(
                "Lifetime value",
                ["Figure", "Value"],
                [_figure(line) for line in clv_lines(values)],
            ),
            SheetData(
                "Customers",
                [
                    "Code",
                    "Name",
                    "Historical value",
                    "Future value",
                    "Lifetime value",
                    "Probability active",
                    "Expected purchases",
                    "Quadrant",
                ],
                _clv_rows(values, names),
            ),
        ],
        chart,
    )


def _clv_rows(values: LifetimeValues, names: Names):
    columns = zip(
        values.ids,
        values.historical,
        values.future,
        values.probability_alive,
        values.expected_purchases,
        values.quadrants(),
        strict=True,
    )
    for customer_id, historical, future, alive, purchases, quadrant in columns:
        code, name = names.get(int(customer_id), ("", ""))
        yield (
            code,
            name,
            round(float(historical), 2),
            round(float(future), 2),
            round(float(historical + future), 2),
            _number(alive),
            _number(purchases),
            quadrant.value,
        )


def _figure(line: str) -> tuple[str, float | str]:
    name, value = line.split(" ", 1)
    try:
        return name, float(value)
    except ValueError:
        return name, value


def churn_lines(report) -> list[str]:
    """A summary line, then one line per customer at risk: code, name, score, reasons
    and the suggested action."""
    return [
        f"{len(report.rows)} of {report.watched} current customers at risk "
        f"as of {report.as_of.isoformat()}",
        *(
            f"{row.code} {row.name} score {row.risk.score}: "
            f"{', '.join(r.value for r in row.risk.reasons)} -> {row.risk.action.value}"
            for row in report.rows
        ),
    ]


def write_churn(path: Path, report, chart: bytes | None) -> None:
    write_sheets(
        path,
        [
            SheetData(
                "Churn warning",
                [
                    "Code",
                    "Name",
                    "Tier",
                    "Score",
                    "Reasons",
                    "Suggested action",
                    "Lifetime value",
                    "Probability active",
                    "Days since purchase",
                    "Usual interval (days)",
                    "Days without contact",
                ],
                [_churn_row(row) for row in report.rows],
            )
        ],
        chart,
    )


def _churn_row(row) -> tuple:
    risk = row.risk
    return (
        row.code,
        row.name,
        row.tier.value if row.tier else "",
        risk.score,
        ", ".join(r.value for r in risk.reasons),
        risk.action.value,
        round(risk.value, 2),
        _number(risk.probability_alive),
        _number(risk.days_since_purchase),
        _number(risk.usual_interval),
        _number(risk.days_silent),
    )


def _number(value: float):
    """Blank where a signal does not apply (NaN)."""
    return None if math.isnan(value) else round(float(value), 4)
