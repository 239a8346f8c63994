"""The reports `crmdesk report NAME` prints and writes: complaints, pyramid, abc, rfm,
clv, churn, manager (value and complaints together), satisfaction, loyalty and pipeline
(as of today), each as lines of text, a workbook and a chart (English; the app draws its
own, translated)."""

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crmdesk.analytics.choices import TimeUnit
from crmdesk.core.access import Permission
from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message
from crmdesk.services.app_services import Services


@dataclass(frozen=True)
class Report:
    lines: list[str]
    write: Callable[[Path, bytes | None], None]  # the workbook, with the chart's PNG
    figure: Callable[[], object]  # a matplotlib Figure, drawn when asked for

    def write_xlsx(self, path: Path) -> None:
        """The workbook, its chart on the last sheet."""
        self.write(path, png_of(self.figure()))


PYRAMID_WORDS = {"title": "Customer pyramid", "band": "%1: %2 customers (%3), %4 of value"}
PARETO_WORDS = {
    "title": "ABC / Pareto",
    "figure": "%1 of customers bring %2 of value",
    "customers": "Share of customers (%)",
    "value": "Cumulative share of value (%)",
}


def png_of(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def build_report(
    services: Services, name: str, as_of: date | None, unit: TimeUnit | None = None
) -> Report:
    """``unit``: the period the purchase models count in (clv and churn)."""
    services.context.require(Permission.ANALYTICS)
    if name == "complaints":
        return _complaints(services, as_of)
    if name == "manager":
        return _manager(services, as_of)
    if name == "churn":
        return _churn(services, as_of, unit)
    if name in ("satisfaction", "loyalty", "pipeline"):
        chosen = {"satisfaction": _satisfaction, "loyalty": _loyalty, "pipeline": _pipeline}
        return chosen[name](services)
    from crmdesk.storage.customer_value import codes_and_names  # NumPy: not at start

    names = services.context.reading(codes_and_names)
    if name == "clv":
        return _clv(services, as_of, unit, names)
    return {"pyramid": _pyramid, "abc": _abc, "rfm": _rfm}[name](services, as_of, names)


def _figure(draw) -> object:
    from matplotlib.figure import Figure

    from crmdesk.charts.fonts import configure_matplotlib_fonts

    configure_matplotlib_fonts()
    figure = Figure(figsize=(9, 6), layout="constrained")
    draw(figure)
    return figure


def _complaints(services: Services, as_of: date | None) -> Report:
    from crmdesk.charts.complaint_charts import complaint_figure
    from crmdesk.io.complaint_report import summary_text, write_complaint_report

    statistics = services.complaints.statistics(as_of=as_of)
    text = summary_text(statistics)
    return Report(
        text.splitlines(),
        lambda path, chart: write_complaint_report(path, statistics, chart=chart),
        lambda: complaint_figure(statistics, summary=" · ".join(text.splitlines())),
    )


def _manager(services: Services, as_of: date | None) -> Report:
    """Value and complaints in one workbook, its charts beside their tables; the printed
    lines are its summary, and ``--png`` draws the pyramid."""
    from crmdesk.charts.complaint_charts import complaint_figure
    from crmdesk.charts.value_charts import draw_pareto, draw_pyramid
    from crmdesk.io.manager_report import manager_rows, write_manager_report
    from crmdesk.storage.customer_value import codes_and_names

    values = services.analytics.all_of_them(as_of)
    complaints = services.complaints.statistics(as_of=as_of)
    names = services.context.reading(codes_and_names)

    def pyramid_figure():
        return _figure(lambda f: draw_pyramid(f.subplots(), values.pyramid, str, PYRAMID_WORDS))

    def write(path: Path, pyramid_png: bytes | None) -> None:
        charts = {
            "tiers": pyramid_png,
            "top": png_of(_figure(lambda f: draw_pareto(f.subplots(), values.abc, PARETO_WORDS))),
            "complaints": png_of(complaint_figure(complaints)),
        }
        write_manager_report(path, values.pyramid, values.abc, complaints, names, charts)

    rows = manager_rows(values.pyramid, values.abc, complaints)
    return Report([f"{figure}: {value}" for figure, value in rows], write, pyramid_figure)


def _pyramid(services: Services, as_of: date | None, names) -> Report:
    from crmdesk.charts.value_charts import draw_pyramid
    from crmdesk.io.value_report import pyramid_lines, write_pyramid

    result = services.analytics.pyramid(as_of)
    return Report(
        pyramid_lines(result),
        lambda path, chart: write_pyramid(path, result, names, chart),
        lambda: _figure(lambda f: draw_pyramid(f.subplots(), result, str, PYRAMID_WORDS)),
    )


def _abc(services: Services, as_of: date | None, names) -> Report:
    from crmdesk.charts.value_charts import draw_pareto
    from crmdesk.io.value_report import abc_lines, write_abc

    result = services.analytics.abc(as_of)
    return Report(
        abc_lines(result),
        lambda path, chart: write_abc(path, result, names, chart),
        lambda: _figure(lambda f: draw_pareto(f.subplots(), result, PARETO_WORDS)),
    )


def _rfm(services: Services, as_of: date | None, names) -> Report:
    from crmdesk.charts.value_charts import draw_rfm_heatmap, draw_segments
    from crmdesk.io.value_report import rfm_lines, write_rfm

    result = services.analytics.rfm(as_of)

    def draw(figure) -> None:
        heat, bars = figure.subplots(1, 2)
        draw_rfm_heatmap(heat, result, {"title": "R × F, colour = mean M", "r": "R", "f": "F"})
        draw_segments(bars, result, str, {"title": "Segments", "customers": "Customers"})

    return Report(
        rfm_lines(result),
        lambda path, chart: write_rfm(path, result, names, chart),
        lambda: _figure(draw),
    )


def _clv(services: Services, as_of: date | None, unit: TimeUnit | None, names) -> Report:
    from crmdesk.charts.lifetime_charts import draw_quadrants
    from crmdesk.io.lifetime_report import clv_lines, write_clv

    values = services.lifetime.values(as_of, unit)
    if values.purchases_model is None:
        raise DomainError(Message("No lifetime forecast: %1", values.not_fitted))
    words = {
        "title": "Value quadrants",
        "current": "Current value (past profit, present value)",
        "future": "Future value (forecast)",
    }
    quadrant_names = {
        "most_valuable": "Most valuable",
        "most_growable": "Most growable",
        "maintain": "Maintain",
        "let_go": "Let go",
    }
    return Report(
        clv_lines(values),
        lambda path, chart: write_clv(path, values, names, chart),
        lambda: _figure(
            lambda f: draw_quadrants(f.subplots(), values, lambda q: quadrant_names[q], words)
        ),
    )


def _churn(services: Services, as_of: date | None, unit: TimeUnit | None) -> Report:
    from collections import Counter

    from crmdesk.charts.lifetime_charts import draw_churn_reasons
    from crmdesk.io.lifetime_report import churn_lines, write_churn

    report = services.churn.warning(as_of, unit)
    reasons = Counter(reason for row in report.rows for reason in row.risk.reasons)
    words = {"title": "Customers at risk, by reason", "customers": "Customers"}
    return Report(
        churn_lines(report),
        lambda path, chart: write_churn(path, report, chart),
        lambda: _figure(
            lambda f: draw_churn_reasons(f.subplots(), reasons, lambda r: r.value, words)
        ),
    )


GAP_WORDS = {
    "title": "Expectation and perception by question",
    "expectation": "Expectation a",
    "perception": "Perception b",
    "empty": "No survey yet",
}
MATRIX_WORDS = {
    "title": "Loyalty: attitude × behaviour",
    "low": "Low",
    "high": "High",
    "behaviour": "Repeat buying",
    "attitude": "Attitude (satisfaction, would recommend)",
}
COHORT_WORDS = {
    "title": "Still buying, by month of first purchase",
    "months": "Months since the first purchase",
    "empty": "No purchases yet",
}


def _satisfaction(services: Services) -> Report:
    from crmdesk.charts.satisfaction_charts import draw_gaps
    from crmdesk.core.enums import SegmentBy, Tier
    from crmdesk.io.satisfaction_report import satisfaction_lines, write_satisfaction

    found = services.satisfaction.segment_gaps()
    by_tier = [(t.value, services.satisfaction.segment_gaps(SegmentBy.TIER, t)) for t in Tier]
    names = {d.code: d.name_en for d in found.questionnaire}

    def figure():
        return _figure(lambda f: draw_gaps(f.subplots(), found.gaps, names.get, GAP_WORDS))

    return Report(
        satisfaction_lines(found),
        lambda path, chart: write_satisfaction(path, found, by_tier, chart),
        figure,
    )


def _loyalty(services: Services) -> Report:
    from crmdesk.charts.satisfaction_charts import draw_cohorts, draw_loyalty_matrix
    from crmdesk.core.enums import SegmentBy
    from crmdesk.io.satisfaction_report import loyalty_lines, write_loyalty

    overview = services.loyalty.overview(SegmentBy.TIER)
    counts = {kind: len(ids) for kind, ids in overview.types.items()}

    def draw(figure) -> None:
        matrix, cohorts = figure.subplots(1, 2)
        draw_loyalty_matrix(matrix, counts, lambda kind: kind.value, MATRIX_WORDS)
        draw_cohorts(cohorts, overview.cohorts, COHORT_WORDS)

    return Report(
        loyalty_lines(overview),
        lambda path, chart: write_loyalty(path, overview, chart),
        lambda: _figure(draw),
    )


PIPELINE_WORDS = {
    "funnel": {"title": "Sales funnel", "empty": "No opportunities", "bar": "%1: %2 · %3"},
    "forecast": {
        "title": "Forecast by expected close month",
        "empty": "No open opportunities",
        "amount": "Amount",
        "weighted": "Weighted by probability",
    },
    "owners": {
        "title": "Win rate by owner",
        "empty": "No closed opportunities",
        "bar": "%1 · %2 won · %3 days",
        "axis": "Won of closed (%)",
    },
    "reasons": {"title": "Why deals were lost", "empty": "None lost", "axis": "Opportunities"},
}
PIPELINE_WORDS["sources"] = {**PIPELINE_WORDS["owners"], "title": "Win rate by source"}


def _pipeline(services: Services) -> Report:
    from crmdesk.charts.pipeline_charts import draw_pipeline
    from crmdesk.io.pipeline_report import pipeline_lines, write_pipeline

    summary = services.opportunities.summary()
    words = {**PIPELINE_WORDS, "stage": lambda f: f.stage.name_en, "by_source": False}

    def draw(figure) -> None:
        axes = figure.subplots(2, 2).flat
        draw_pipeline(axes, summary, words, lambda key: key or "(none)", lambda v: f"{v:,.0f}")

    return Report(
        pipeline_lines(summary),
        lambda path, chart: write_pipeline(path, summary, chart),
        lambda: _figure(draw),
    )
