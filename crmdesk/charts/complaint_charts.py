"""The complaint statistics as one figure: a Pareto chart of the categories, counts by
cause and by status, and complaints received per month. Words come from the caller
(translated in the app, English on the command line); matplotlib loads on first use."""

from collections.abc import Callable
from dataclasses import dataclass

from crmdesk.charts.fonts import configure_matplotlib_fonts
from crmdesk.core.complaint_stats import ComplaintStatistics

BAR = "#4c72b0"
LINE = "#c44e52"
PARETO_LINE = 0.8  # the "vital few" make up this much of all complaints


@dataclass(frozen=True)
class ComplaintChartWords:
    by_category: str = "Complaints by category (Pareto)"
    cumulative: str = "Cumulative share"
    by_cause: str = "By cause"
    by_status: str = "By status"
    by_month: str = "Received per month"
    count: str = "Complaints"
    not_judged: str = "Not judged yet"


def complaint_figure(
    statistics: ComplaintStatistics,
    name: Callable[[object], str] = str,
    words: ComplaintChartWords = ComplaintChartWords(),
    summary: str = "",
):
    """A matplotlib Figure; ``name`` gives the word for a category, cause or status."""
    from matplotlib.figure import Figure

    configure_matplotlib_fonts()
    figure = Figure(figsize=(11, 7.5), layout="constrained")
    if summary:
        figure.suptitle(summary, fontsize=11)
    pareto, cause, status, month = figure.subplots(2, 2).flat
    _pareto(pareto, statistics, name, words)
    _bars(
        cause,
        [name(key) if key is not None else words.not_judged for key, _ in statistics.by_cause],
        [count for _, count in statistics.by_cause],
        words.by_cause,
    )
    _bars(
        status,
        [name(key) for key, _ in statistics.by_status],
        [count for _, count in statistics.by_status],
        words.by_status,
    )
    _months(month, statistics, words)
    return figure


def _pareto(axes, statistics: ComplaintStatistics, name, words: ComplaintChartWords) -> None:
    rows = statistics.by_category
    labels = [name(row.key) for row in rows]
    axes.bar(labels, [row.count for row in rows], color=BAR)
    axes.set_title(words.by_category)
    axes.set_ylabel(words.count)
    axes.tick_params(axis="x", labelrotation=30)
    share = axes.twinx()
    share.plot(labels, [row.cumulative * 100 for row in rows], color=LINE, marker="o")
    share.axhline(PARETO_LINE * 100, color=LINE, linestyle=":", linewidth=1)
    share.set_ylim(0, 105)
    share.set_ylabel(words.cumulative + " (%)")


def _bars(axes, labels: list[str], counts: list[int], title: str) -> None:
    axes.barh(labels[::-1], counts[::-1], color=BAR)  # the largest on top
    axes.set_title(title)
    for y, count in enumerate(counts[::-1]):
        axes.annotate(
            str(count),
            (count, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )


def _months(axes, statistics: ComplaintStatistics, words: ComplaintChartWords) -> None:
    months = [month for month, _ in statistics.by_month]
    axes.plot(months, [count for _, count in statistics.by_month], color=BAR, marker="o")
    axes.set_title(words.by_month)
    axes.set_ylabel(words.count)
    step = max(len(months) // 8, 1)  # a readable number of month labels
    axes.set_xticks(range(0, len(months), step), months[::step], rotation=30)
    axes.set_ylim(bottom=0)
