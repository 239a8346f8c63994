"""Distribution charts: the status funnel, the lifecycle stages, new customers and
revenue by month, and activities by channel. Words and labels come from the caller."""

from collections.abc import Callable

from matplotlib.ticker import StrMethodFormatter

from crmdesk.analytics.distribution import FUNNEL, Distribution

FUNNEL_COLOUR = "#1f4e79"
STAGE_COLOUR = "#2e7d32"
NEW_COLOUR = "#90caf9"
REVENUE_COLOUR = "#c62828"
CHANNEL_COLOUR = "#6a1b9a"


def draw_funnel(axes, counts: dict, name: Callable, title: str) -> list:
    """Centred bars, the widest stage on top. Returns one bar per stage."""
    axes.clear()
    stages = list(counts)
    widths = [counts[s] for s in stages]
    rows = range(len(stages))[::-1]
    bars = axes.barh(rows, widths, left=[-w / 2 for w in widths], color=FUNNEL_COLOUR, height=0.8)
    widest = max(widths, default=0)
    for row, stage, width in zip(rows, stages, widths, strict=True):
        label = f"{name(stage)}  {width:,}"
        if width > widest * 0.35:  # inside the bar
            axes.text(0, row, label, ha="center", va="center", color="white", fontsize=9)
        else:  # beside it on the background, where a narrow bar cannot hold it
            axes.text(width / 2 + widest * 0.02, row, label, va="center", fontsize=9)
    axes.set_axis_off()
    axes.set_title(title)
    return list(bars)


def draw_by_month(axes, distribution: Distribution, words: dict) -> None:
    """New files per month as bars, revenue per month as a line on its own scale."""
    axes.clear()
    months = [m for m, _ in distribution.new_by_month]
    axes.bar(months, [n for _, n in distribution.new_by_month], color=NEW_COLOUR)
    axes.set_ylabel(words["new"])
    revenue = axes.twinx()
    revenue.plot(
        months, [v for _, v in distribution.revenue_by_month], color=REVENUE_COLOUR, marker="."
    )
    revenue.set_ylabel(words["revenue"], color=REVENUE_COLOUR)
    revenue.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    step = max(1, len(months) // 8)
    axes.set_xticks(range(0, len(months), step), months[::step], rotation=30, fontsize=8)
    axes.set_title(words["title"])


def draw_distribution(figure, distribution: Distribution, name: Callable, words: dict) -> dict:
    """All four on ``figure``; returns the funnel bars by status (for click-through)."""
    figure.clear()
    (status, stage), (month, channel) = figure.subplots(2, 2)
    bars = draw_funnel(
        status, {s: distribution.by_status[s] for s in FUNNEL}, name, words["status"]
    )
    draw_funnel(stage, distribution.by_stage, name, words["stage"])
    draw_by_month(month, distribution, words)
    channel.clear()
    channels = list(distribution.activities_by_channel)
    channel.barh(
        [name(c) for c in channels],
        [distribution.activities_by_channel[c] for c in channels],
        color=CHANNEL_COLOUR,
    )
    channel.set_title(words["channel"])
    return dict(zip(FUNNEL, bars, strict=True))
