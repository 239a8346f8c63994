"""The complaint statistics as words and as a workbook: a summary, then one sheet per
breakdown. Words come from the caller (translated in the app, English otherwise)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crmdesk.core.complaint_stats import ComplaintStatistics
from crmdesk.io.xlsx_writer import SheetData, write_sheets


@dataclass(frozen=True)
class ComplaintReportWords:
    complaints: str = "Complaints"
    median_response: str = "Median time to first response (hours)"
    median_resolution: str = "Median time to resolution (hours, not counting the wait)"
    response_kept: str = "First-response deadlines kept"
    resolution_kept: str = "Resolution deadlines kept"
    satisfaction: str = "Satisfaction after handling (1–5)"
    summary: str = "Summary"
    figure: str = "Figure"
    value: str = "Value"
    category: str = "Category"
    cause: str = "Cause"
    status: str = "Status"
    month: str = "Month"
    score: str = "Score"
    share: str = "Share"
    cumulative: str = "Cumulative share"
    not_judged: str = "Not judged yet"


ENGLISH = ComplaintReportWords()


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def summary_rows(
    statistics: ComplaintStatistics, words: ComplaintReportWords = ENGLISH
) -> list[tuple[str, float | None]]:
    """The key figures, each with its name; None where there is nothing to measure."""
    return [
        (words.complaints, statistics.total),
        (words.median_response, _rounded(statistics.median_response_hours)),
        (words.median_resolution, _rounded(statistics.median_resolution_hours)),
        (words.response_kept, _rounded(statistics.response_hit_rate, 3)),
        (words.resolution_kept, _rounded(statistics.resolution_hit_rate, 3)),
        (words.satisfaction, _rounded(statistics.satisfaction_mean, 2)),
    ]


def summary_text(statistics: ComplaintStatistics, words: ComplaintReportWords = ENGLISH) -> str:
    """One line per key figure, rates as percentages ("—": nothing to measure)."""
    rates = {words.response_kept, words.resolution_kept}
    lines = []
    for name, value in summary_rows(statistics, words):
        if value is None:
            shown = "—"
        elif name in rates:
            shown = f"{value:.0%}"
        else:
            shown = f"{value:g}"
        lines.append(f"{name}: {shown}")
    return "\n".join(lines)


def write_complaint_report(
    path: Path,
    statistics: ComplaintStatistics,
    name: Callable[[object], str] = str,
    words: ComplaintReportWords = ENGLISH,
    chart: bytes | None = None,
) -> None:
    """The workbook; ``name`` gives the word for a category, cause or status; ``chart``
    (a PNG) goes on the last sheet."""
    w = words
    sheets = [
        SheetData(w.summary, [w.figure, w.value], summary_rows(statistics, w)),
        SheetData(
            w.category,
            [w.category, w.complaints, w.share, w.cumulative],
            [
                (name(row.key), row.count, round(row.share, 4), round(row.cumulative, 4))
                for row in statistics.by_category
            ],
        ),
        SheetData(
            w.cause,
            [w.cause, w.complaints],
            [(name(key) if key else w.not_judged, n) for key, n in statistics.by_cause],
        ),
        SheetData(
            w.status, [w.status, w.complaints], [(name(k), n) for k, n in statistics.by_status]
        ),
        SheetData(w.month, [w.month, w.complaints], statistics.by_month),
        SheetData(w.score, [w.score, w.complaints], list(statistics.satisfaction_counts.items())),
    ]
    write_sheets(path, sheets, chart)
