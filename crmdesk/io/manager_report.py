"""The manager's workbook (`crmdesk report manager --xlsx`): one file with the summary,
the pyramid's tiers, the top customers and the complaints, each breakdown with its
chart beside the table."""

from pathlib import Path

from crmdesk.analytics.ranking import AbcResult, Pyramid
from crmdesk.core.complaint_stats import ComplaintStatistics
from crmdesk.io.complaint_report import ENGLISH, summary_rows
from crmdesk.io.value_report import Names, tiers_sheet
from crmdesk.io.xlsx_writer import SheetData, write_sheets

TOP_CUSTOMERS = 100


def manager_rows(pyramid: Pyramid, abc: AbcResult, complaints: ComplaintStatistics) -> list:
    """The summary sheet's (figure, value) rows, value first, then complaints."""
    values = pyramid.ranked.values
    a = abc.thresholds.a
    rows = [
        ("Customers", len(values)),
        ("Customers with value in the period", int((values > 0).sum())),
        ("Value in the period", round(float(values.sum()), 2)),
        (f"Share of customers bringing {a:.0%} of value", round(abc.share_of_customers_for(a), 4)),
    ]
    rows += [
        (
            f"{band.tier.value}: customers, share of value",
            f"{band.customers}, {band.share_of_value:.1%}",
        )
        for band in pyramid.bands
    ]
    return rows + summary_rows(complaints, ENGLISH)


def write_manager_report(
    path: Path,
    pyramid: Pyramid,
    abc: AbcResult,
    complaints: ComplaintStatistics,
    names: Names,
    charts: dict[str, bytes],
) -> None:
    """``charts``: PNGs for the "tiers", "top" and "complaints" sheets."""
    top, n = abc.ranked, TOP_CUSTOMERS
    sheets = [
        SheetData("Summary", ["Figure", "Value"], manager_rows(pyramid, abc, complaints)),
        tiers_sheet(pyramid, "Tiers", charts.get("tiers")),
        SheetData(
            "Top customers",
            ["Rank", "Code", "Name", "Value", "Cumulative share", "Class"],
            [
                (rank, *names.get(int(i), ("", "")), float(v), round(float(s), 6), klass)
                for rank, (i, v, s, klass) in enumerate(
                    zip(
                        top.ids[:n],
                        top.values[:n],
                        top.cumulative_share[:n],
                        abc.classes[:n],
                        strict=True,
                    ),
                    start=1,
                )
            ],
            charts.get("top"),
        ),
        SheetData(
            "Complaints",
            ["Category", "Complaints", "Share", "Cumulative share"],
            [
                (row.key, row.count, round(row.share, 4), round(row.cumulative, 4))
                for row in complaints.by_category
            ],
            charts.get("complaints"),
        ),
    ]
    write_sheets(path, sheets)
