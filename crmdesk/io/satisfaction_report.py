"""The satisfaction and loyalty reports as lines of text and as workbooks (English: the
command line's; the app shows its own, translated)."""

from pathlib import Path

from crmdesk.analytics.loyalty import LoyaltyMeasures
from crmdesk.io.xlsx_writer import SheetData, write_sheets

MEASURE_HEADERS = [
    "Buyers",
    "Repeat-purchase rate",
    "Retention rate",
    "Churn rate",
    "Average relationship (months)",
    "Complaints resolved to satisfaction",
]


def _rounded(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def measure_cells(m: LoyaltyMeasures) -> list:
    return [
        m.buyers,
        _rounded(m.repeat_rate),
        _rounded(m.retention_rate),
        _rounded(m.churn_rate),
        _rounded(m.relationship_months, 1),
        _rounded(m.complaints_resolved_well),
    ]


def _shown(value: float | None, percent: bool) -> str:
    if value is None:
        return "—"
    return f"{value:.0%}" if percent else f"{value:,.1f}"


def satisfaction_lines(found) -> list[str]:
    """``found``: SegmentGaps of every surveyed customer's latest survey."""
    lines = [f"Customers surveyed: {found.surveyed:,}"]
    if found.overall is not None:
        o = found.overall
        lines.append(f"Overall c = Σb / Σa = {o.perception:.2f} / {o.expectation:.2f} = {o.c:.2f}")
        lines.append(f"Verdict: {o.verdict.value}")
    names = {d.code: d.name_en for d in found.questionnaire}
    for code, gap in found.gaps.items():
        lines.append(
            f"{names.get(code, code)}: a {gap.expectation:.2f}, b {gap.perception:.2f},"
            f" c {gap.c:.2f} ({gap.verdict.value})"
        )
    return lines


def write_satisfaction(path: Path, found, by_tier: list, chart: bytes | None) -> None:
    """Summary, the questions' gaps, and c per tier; ``by_tier``: (tier, SegmentGaps)."""
    names = {d.code: (d.name_en, d.group.value) for d in found.questionnaire}
    questions = [
        (
            *names.get(code, (code, "")),
            round(gap.expectation, 3),
            round(gap.perception, 3),
            round(gap.c, 3),
            gap.verdict.value,
            gap.answers,
        )
        for code, gap in found.gaps.items()
    ]
    tiers = [
        (tier, gaps.surveyed, round(gaps.overall.c, 3), gaps.overall.verdict.value)
        for tier, gaps in by_tier
        if gaps.overall is not None
    ]
    sheets = [
        SheetData("Summary", ["Figure"], [(line,) for line in satisfaction_lines(found)]),
        SheetData(
            "Questions",
            [
                "Question",
                "Group",
                "Expectation a",
                "Perception b",
                "c = b / a",
                "Verdict",
                "Answers",
            ],
            questions,
            image=chart,
        ),
        SheetData("By tier", ["Tier", "Customers surveyed", "c", "Verdict"], tiers),
    ]
    write_sheets(path, sheets)


def loyalty_lines(overview) -> list[str]:
    """``overview``: a LoyaltyOverview."""
    lines = [f"{kind.value}: {len(ids):,}" for kind, ids in overview.types.items()]
    lines.append(f"Buyers not surveyed (no type): {overview.not_surveyed:,}")
    percent = (True, True, True, False, True)  # of the measures after the buyers
    for header, value, is_percent in zip(
        MEASURE_HEADERS[1:], measure_cells(overview.firm)[1:], percent, strict=True
    ):
        lines.append(f"{header}: {_shown(value, is_percent)}")
    return lines


def write_loyalty(path: Path, overview, chart: bytes | None) -> None:
    """Summary with the matrix chart, the measures per segment, and the cohorts."""
    width = max((len(c.retained) for c in overview.cohorts), default=0)
    cohorts = [
        (f"{c.month:%Y-%m}", c.size, round(c.churn_rate, 3), *(round(s, 3) for s in c.retained))
        for c in overview.cohorts
    ]
    segment = (overview.segment_by.value if overview.segment_by else "Segment").capitalize()
    sheets = [
        SheetData("Summary", ["Figure"], [(line,) for line in loyalty_lines(overview)], chart),
        SheetData(
            "By segment",
            [segment, *MEASURE_HEADERS],
            [(key, *measure_cells(m)) for key, m in overview.by_segment],
        ),
        SheetData(
            "Cohorts",
            ["First purchase", "Customers", "Churn rate", *(f"Month {k}" for k in range(width))],
            cohorts,
        ),
    ]
    write_sheets(path, sheets)
