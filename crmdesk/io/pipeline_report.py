"""The pipeline report as lines of text and as a workbook (English: the command
line's; the app shows its own, translated)."""

from pathlib import Path

from crmdesk.analytics.pipeline import PipelineSummary, WinRate
from crmdesk.io.xlsx_writer import SheetData, write_sheets

RATE_HEADERS = ["Won", "Lost", "Win rate", "Average cycle (days)"]


def _rate_cells(rate: WinRate) -> list:
    cycle = None if rate.average_cycle_days is None else round(rate.average_cycle_days, 1)
    return [rate.won, rate.lost, round(rate.rate, 3), cycle]


def pipeline_lines(summary: PipelineSummary) -> list[str]:
    open_count = sum(f.count for f in summary.funnel if f.stage.is_open)
    lines = [
        f"Open opportunities: {open_count:,}, amount {summary.open_amount:,.2f},"
        f" weighted {summary.open_weighted:,.2f}"
    ]
    for f in (*summary.funnel, summary.lost):
        lines.append(
            f"{f.stage.name_en} ({f.stage.probability}%): {f.count:,},"
            f" amount {f.amount:,.2f}, weighted {f.weighted:,.2f}"
        )
    lines += [f"Closing {m.month}: weighted {m.weighted:,.2f}" for m in summary.forecast]
    for title, rates in (("owner", summary.by_owner), ("source", summary.by_source)):
        for r in rates:
            lines.append(
                f"Win rate by {title} {r.key or '(none)'}: {r.rate:.0%} of {r.won + r.lost}"
            )
    lines += [f"Lost for {reason}: {count:,}" for reason, count in summary.lost_reasons]
    return lines


def write_pipeline(path: Path, summary: PipelineSummary, chart: bytes | None) -> None:
    """Stages (with the charts), forecast, win rates by owner and source, lost reasons."""
    stages = [
        (f.stage.name_en, f.stage.probability, f.count, f.amount, f.weighted)
        for f in (*summary.funnel, summary.lost)
    ]
    sheets = [
        SheetData(
            "Stages",
            ["Stage", "Probability (%)", "Opportunities", "Amount", "Weighted amount"],
            stages,
            chart,
        ),
        SheetData(
            "Forecast",
            ["Close month", "Amount", "Weighted amount"],
            [(m.month, m.amount, m.weighted) for m in summary.forecast],
        ),
        SheetData(
            "By owner",
            ["Owner", *RATE_HEADERS],
            [(r.key or "(none)", *_rate_cells(r)) for r in summary.by_owner],
        ),
        SheetData(
            "By source",
            ["Source", *RATE_HEADERS],
            [(r.key or "(none)", *_rate_cells(r)) for r in summary.by_source],
        ),
        SheetData("Lost reasons", ["Reason", "Opportunities"], list(summary.lost_reasons)),
    ]
    write_sheets(path, sheets)
