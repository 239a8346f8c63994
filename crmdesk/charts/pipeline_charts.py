"""Pipeline charts: the sales funnel, the weighted forecast by close month, win rate
by owner or source, and lost reasons. Words and number formats come from the caller."""

from collections.abc import Callable, Sequence

from crmdesk.analytics.pipeline import MonthForecast, StageFigures, WinRate
from crmdesk.charts.style import titled_or_empty

FUNNEL_COLOURS = ("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")
WON_COLOUR = "#2e7d32"
LOST_COLOUR = "#c62828"
AMOUNT_COLOUR = "#9aa5b1"
WEIGHTED_COLOUR = "#1f4e79"


def draw_funnel(
    axes,
    funnel: Sequence[StageFigures],
    name: Callable[[StageFigures], str],
    money: Callable[[object], str],
    words: dict,
) -> None:
    """One centred bar per stage, as wide as its amount, with its count and amount."""
    if titled_or_empty(axes, words, any(f.count for f in funnel)):
        return
    widest = max((float(f.amount) for f in funnel), default=0) or 1
    rows = range(len(funnel))
    widths = [max(float(f.amount) / widest, 0.02) for f in funnel]
    colours = [
        WON_COLOUR if not f.stage.is_open else FUNNEL_COLOURS[i % len(FUNNEL_COLOURS)]
        for i, f in enumerate(funnel)
    ]
    axes.barh(rows, widths, left=[-w / 2 for w in widths], color=colours, height=0.8)
    for row, figures in zip(rows, funnel, strict=True):
        axes.text(
            0,
            row,
            words["bar"]
            .replace("%1", name(figures))
            .replace("%2", f"{figures.count:,}")
            .replace("%3", money(figures.amount)),
            ha="center",
            va="center",
            fontsize=8,
            color="white",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "#00000055", "edgecolor": "none"},
        )
    axes.set_ylim(len(funnel) - 0.5, -0.5)  # the first stage on top
    axes.set_xlim(-0.55, 0.55)
    axes.set_axis_off()


def draw_forecast(
    axes, forecast: Sequence[MonthForecast], money: Callable[[object], str], words: dict
) -> None:
    """Per expected close month, the open amount and that amount weighted."""
    if titled_or_empty(axes, words, bool(forecast)):
        return
    positions = range(len(forecast))
    width = 0.4
    axes.bar(
        [p - width / 2 for p in positions],
        [float(m.amount) for m in forecast],
        width,
        color=AMOUNT_COLOUR,
        label=words["amount"],
    )
    axes.bar(
        [p + width / 2 for p in positions],
        [float(m.weighted) for m in forecast],
        width,
        color=WEIGHTED_COLOUR,
        label=words["weighted"],
    )
    axes.set_xticks(list(positions), [m.month for m in forecast], rotation=30, ha="right")
    axes.yaxis.set_major_formatter(lambda value, _pos: money(value))
    axes.tick_params(labelsize=8)
    axes.legend(loc="upper left", fontsize=8)


def draw_win_rates(axes, rates: Sequence[WinRate], name: Callable[[str], str], words: dict) -> None:
    """Win rate of each group's closed deals, with won of closed and the cycle."""
    if titled_or_empty(axes, words, bool(rates)):
        return
    shown = list(rates)[:12]
    rows = range(len(shown))
    axes.barh(rows, [r.rate * 100 for r in shown], color=WON_COLOUR)
    axes.barh(
        rows,
        [100 - r.rate * 100 for r in shown],
        left=[r.rate * 100 for r in shown],
        color=LOST_COLOUR,
        alpha=0.25,
    )
    for row, rate in zip(rows, shown, strict=True):
        cycle = "—" if rate.average_cycle_days is None else f"{rate.average_cycle_days:.0f}"
        axes.text(
            2,
            row,
            words["bar"]
            .replace("%1", f"{rate.rate:.0%}")
            .replace("%2", f"{rate.won}/{rate.won + rate.lost}")
            .replace("%3", cycle),
            va="center",
            fontsize=8,
            color="white",
        )
    axes.set_yticks(list(rows), [name(r.key) for r in shown], fontsize=8)
    axes.set_ylim(len(shown) - 0.5, -0.5)
    axes.set_xlim(0, 100)
    axes.set_xlabel(words["axis"], fontsize=8)


def draw_lost_reasons(axes, reasons: Sequence[tuple[str, int]], words: dict) -> None:
    """How often each reason was given for a lost deal, the commonest on top."""
    if titled_or_empty(axes, words, bool(reasons)):
        return
    shown = list(reasons)[:10]
    rows = range(len(shown))
    axes.barh(rows, [count for _reason, count in shown], color=LOST_COLOUR)
    axes.set_yticks(list(rows), [reason for reason, _count in shown], fontsize=8)
    axes.set_ylim(len(shown) - 0.5, -0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel(words["axis"], fontsize=8)


def draw_pipeline(axes, summary, words: dict, group: Callable[[str], str], money) -> None:
    """The four charts on four axes: funnel, forecast, win rates (by owner, or by
    source when ``words["by_source"]``), lost reasons. ``group`` names a group's key."""
    funnel, forecast, rates, reasons = axes
    draw_funnel(funnel, summary.funnel, words["stage"], money, words["funnel"])
    draw_forecast(forecast, summary.forecast, money, words["forecast"])
    by_source = words["by_source"]
    shown = summary.by_source if by_source else summary.by_owner
    draw_win_rates(rates, shown, group, words["sources" if by_source else "owners"])
    draw_lost_reasons(reasons, summary.lost_reasons, words["reasons"])
