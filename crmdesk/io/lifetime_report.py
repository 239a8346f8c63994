"""Lifetime value and the churn warning as words and workbooks (`crmdesk report clv`
and `churn`): lines of `name value`, a summary sheet, then one row per customer."""

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
                [
                    (*names.get(int(i), ("", "")), round(float(h), 2), round(float(f), 2),
                     round(float(h + f), 2), round(float(p), 4), round(float(e), 3), q.value)
                    for i, h, f, p, e, q in zip(
                        values.ids, values.historical, values.future,
                        values.probability_alive, values.expected_purchases,
                        values.quadrants(), strict=True,
                    )
                ],  # fmt: skip
            ),
        ],
        chart,
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
                [
                    (
                        row.code,
                        row.name,
                        row.tier.value if row.tier else "",
                        row.risk.score,
                        ", ".join(r.value for r in row.risk.reasons),
                        row.risk.action.value,
                        round(row.risk.value, 2),
                        *(_number(v) for v in (
                            row.risk.probability_alive, row.risk.days_since_purchase,
                            row.risk.usual_interval, row.risk.days_silent,
                        )),  # fmt: skip
                    )
                    for row in report.rows
                ],
            )
        ],
        chart,
    )


def _number(value: float):
    """Blank where a signal does not apply (NaN)."""
    return None if value != value else round(value, 4)
