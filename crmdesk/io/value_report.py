"""The customer-value reports as words and workbooks: a summary sheet, then one row per
customer (code, name, value, and its class, tier or RFM scores)."""

from collections.abc import Mapping
from pathlib import Path

from crmdesk.analytics.ranking import AbcResult, Pyramid
from crmdesk.analytics.rfm import Rfm
from crmdesk.io.xlsx_writer import SheetData, write_sheets

Names = Mapping[int, tuple[str, str]]  # id → (code, name)


def pyramid_lines(result: Pyramid) -> list[str]:
    return [
        f"{band.tier.value}: {band.customers} customers ({band.share_of_customers:.1%}), "
        f"{band.share_of_value:.1%} of value"
        for band in result.bands
    ]


def abc_lines(result: AbcResult) -> list[str]:
    counts = result.counts()
    share = result.share_of_customers_for(result.thresholds.a)
    return [
        *(f"{klass}: {count} customers" for klass, count in counts.items()),
        f"{share:.1%} of customers bring {result.thresholds.a:.0%} of value",
    ]


def rfm_lines(result: Rfm) -> list[str]:
    return [f"{segment.value}: {count}" for segment, count in result.segment_counts().items()]


def _customer_columns(ids, names: Names) -> list[tuple[str, str]]:
    return [names.get(int(i), ("", "")) for i in ids]


def tiers_sheet(result: Pyramid, title: str, image: bytes | None = None) -> SheetData:
    """The pyramid's bands, top down."""
    return SheetData(
        title,
        ["Tier", "Customers", "Share of customers", "Value", "Share of value"],
        [
            (b.tier.value, b.customers, b.share_of_customers, b.value, b.share_of_value)
            for b in result.bands
        ],
        image,
    )


def write_pyramid(path: Path, result: Pyramid, names: Names, chart: bytes | None = None) -> None:
    people = _customer_columns(result.ranked.ids, names)
    write_sheets(
        path,
        [
            tiers_sheet(result, "Pyramid"),
            SheetData(
                "Customers",
                ["Rank", "Code", "Name", "Value", "Tier"],
                [
                    (rank, code, name, float(value), tier.value)
                    for rank, ((code, name), value, tier) in enumerate(
                        zip(people, result.ranked.values, result.tiers, strict=True), start=1
                    )
                ],
            ),
        ],
        chart,
    )


def write_abc(path: Path, result: AbcResult, names: Names, chart: bytes | None = None) -> None:
    people = _customer_columns(result.ranked.ids, names)
    write_sheets(
        path,
        [
            SheetData(
                "ABC",
                ["Figure", "Value"],
                [tuple(line.split(": ", 1)) for line in abc_lines(result) if ": " in line],
            ),
            SheetData(
                "Customers",
                ["Rank", "Code", "Name", "Value", "Cumulative share", "Class"],
                [
                    (rank, code, name, float(value), round(float(share), 6), klass)
                    for rank, ((code, name), value, share, klass) in enumerate(
                        zip(
                            people,
                            result.ranked.values,
                            result.ranked.cumulative_share,
                            result.classes,
                            strict=True,
                        ),
                        start=1,
                    )
                ],
            ),
        ],
        chart,
    )


def write_rfm(path: Path, result: Rfm, names: Names, chart: bytes | None = None) -> None:
    people = _customer_columns(result.ids, names)
    write_sheets(
        path,
        [
            SheetData(
                "Segments",
                ["Segment", "Customers"],
                [(s.value, n) for s, n in result.segment_counts().items()],
            ),
            SheetData(
                "Customers",
                [
                    "Code",
                    "Name",
                    "Recency (days)",
                    "Frequency",
                    "Monetary",
                    "R",
                    "F",
                    "M",
                    "Cell",
                    "Segment",
                ],
                [
                    (
                        code,
                        name,
                        int(rec),
                        int(freq),
                        float(mon),
                        int(r),
                        int(f),
                        int(m),
                        cell,
                        segment.value,
                    )
                    for (code, name), rec, freq, mon, r, f, m, cell, segment in zip(
                        people,
                        result.recency_days,
                        result.frequency,
                        result.monetary,
                        result.r,
                        result.f,
                        result.m,
                        result.cells,
                        result.segments,
                        strict=True,
                    )
                ],
            ),
        ],
        chart,
    )
