"""Lifetime-value and churn charts: the value quadrants as a scatter of current against
future value with the median lines, and the churn reasons as bars. Words come from the
caller; each returns what a click is matched against."""

from collections import Counter
from collections.abc import Callable

import numpy as np
from matplotlib import rcParams

from crmdesk.analytics.choices import Quadrant, Reason
from crmdesk.analytics.customer_lifetime import LifetimeValues

QUADRANT_COLOURS = {
    Quadrant.MOST_VALUABLE: "#2e7d32",
    Quadrant.MOST_GROWABLE: "#1f77b4",
    Quadrant.MAINTAIN: "#f9a825",
    Quadrant.LET_GO: "#9e9e9e",
}
FLOOR = 1.0  # the smallest value a log axis shows
# Where each quadrant's label goes, in axes fractions.
_CORNERS = {
    Quadrant.MOST_VALUABLE: (0.98, 0.98, "right", "top"),
    Quadrant.MOST_GROWABLE: (0.02, 0.98, "left", "top"),
    Quadrant.MAINTAIN: (0.98, 0.02, "right", "bottom"),
    Quadrant.LET_GO: (0.02, 0.02, "left", "bottom"),
}


def draw_quadrants(
    axes, values: LifetimeValues, name: Callable[[Quadrant], str], words: dict
) -> tuple[float, float]:
    """Each buyer at (current, future value) on log axes (values below 1, a loss
    included, drawn at 1), coloured by quadrant, with the median lines. Returns the
    lines (current, future)."""
    axes.clear()
    current_line, future_line = values.quadrant_lines()
    quadrants = values.quadrants()
    counts = values.quadrant_counts()
    for quadrant, colour in QUADRANT_COLOURS.items():
        mine = quadrants == quadrant
        axes.scatter(
            np.maximum(values.historical[mine], FLOOR),
            np.maximum(values.future[mine], FLOOR),
            s=5,
            color=colour,
            alpha=0.5,
            linewidths=0,
            rasterized=True,  # tens of thousands of dots: keep PDFs small
        )
        x, y, ha, va = _CORNERS[quadrant]
        axes.text(
            x,
            y,
            f"{name(quadrant)}\n{counts[quadrant]:,}",
            transform=axes.transAxes,
            ha=ha,
            va=va,
            color=colour,
            fontsize=10,
        )
    axes.axvline(
        max(current_line, FLOOR), color=rcParams["axes.edgecolor"], linestyle="--", linewidth=1
    )
    axes.axhline(
        max(future_line, FLOOR), color=rcParams["axes.edgecolor"], linestyle="--", linewidth=1
    )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel(words["current"])
    axes.set_ylabel(words["future"])
    axes.set_title(words["title"])
    return current_line, future_line


def quadrant_at(x: float, y: float, lines: tuple[float, float]) -> Quadrant:
    """The quadrant a point of the chart lies in (a click)."""
    high_now, high_later = x > lines[0], y > lines[1]
    if high_now and high_later:
        return Quadrant.MOST_VALUABLE
    if high_later:
        return Quadrant.MOST_GROWABLE
    return Quadrant.MAINTAIN if high_now else Quadrant.LET_GO


def draw_churn_reasons(axes, reasons: Counter, name: Callable[[Reason], str], words: dict):
    """Customers at risk per reason (a customer counts under each of its reasons),
    in the order of ``Reason``, the most pressing on top. Returns one bar per reason."""
    axes.clear()
    order = list(reversed(Reason))
    bars = axes.barh([name(r) for r in order], [reasons[r] for r in order], color="#c62828")
    for bar, reason in zip(bars, order, strict=True):
        if reasons[reason]:
            axes.annotate(
                f"{reasons[reason]:,}",
                (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=9,
            )
    axes.set_title(words["title"])
    axes.set_xlabel(words["customers"])
    by_reason = dict(zip(order, bars, strict=True))
    return [by_reason[r] for r in Reason]
