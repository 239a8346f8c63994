"""Customer-value charts: the pyramid as stacked trapezoids, the Pareto curve with the
A/B/C lines, the RFM heatmap and the segment bars. Each draws on the axes it is given
and returns what a click can be matched against (see ui: click-through); words come
from the caller."""

from collections.abc import Callable

import numpy as np
from matplotlib import rcParams

from crmdesk.analytics.choices import Segment
from crmdesk.analytics.ranking import AbcResult, Pyramid
from crmdesk.analytics.rfm import Rfm

BAND_COLOURS = ("#8c6d1f", "#c9a227", "#9aa5b1", "#5f6b78")  # VIP/gold … small/lead
CLASS_COLOURS = {"A": "#2e7d32", "B": "#f9a825", "C": "#9e9e9e"}
CURVE = "#1f4e79"


def draw_pyramid(axes, result: Pyramid, name: Callable[[object], str], words: dict) -> list:
    """Bands from the top (VIP) down, each as wide as its place in the pyramid, labelled
    with count, share of customers and share of value. Returns one patch per band."""
    from matplotlib.patches import Polygon

    axes.clear()
    bands = result.bands
    height = 1.0 / len(bands)
    patches = []
    for level, band in enumerate(bands):
        top, bottom = 1 - level * height, 1 - (level + 1) * height
        half_top, half_bottom = (level * height) / 2 + 0.02, ((level + 1) * height) / 2
        outline = [(-half_bottom, bottom), (half_bottom, bottom), (half_top, top), (-half_top, top)]
        patch = Polygon(outline, closed=True, facecolor=BAND_COLOURS[level], edgecolor="white")
        axes.add_patch(patch)
        patches.append(patch)
        axes.text(
            0.58,
            (top + bottom) / 2,
            words["band"]
            .replace("%1", name(band.tier))
            .replace("%2", f"{band.customers:,}")
            .replace("%3", f"{band.share_of_customers:.0%}")
            .replace("%4", f"{band.share_of_value:.0%}"),
            va="center",
            fontsize=9,
        )
    axes.set_xlim(-0.6, 1.6)
    axes.set_ylim(0, 1.02)
    axes.set_axis_off()
    axes.set_title(words["title"])
    return patches


def draw_pareto(axes, result: AbcResult, words: dict) -> list:
    """Cumulative share of value against share of customers, shaded by class, with
    the "x% of customers bring y% of value" figure. Returns one span per class."""
    axes.clear()
    n = len(result.ranked.ids)
    spans = []
    if n:
        x = np.arange(1, n + 1) / n * 100
        y = result.ranked.cumulative_share * 100
        start = 0.0
        for klass in "ABC":
            members = np.flatnonzero(result.classes == klass)
            if len(members) == 0:
                continue
            end = (members[-1] + 1) / n * 100
            spans.append(axes.axvspan(start, end, color=CLASS_COLOURS[klass], alpha=0.18))
            axes.text((start + end) / 2, 4, klass, ha="center", fontsize=12)
            start = end
        axes.plot(np.concatenate(([0], x)), np.concatenate(([0], y)), color=CURVE)
        a = result.thresholds.a
        axes.axhline(a * 100, color=CLASS_COLOURS["A"], linestyle=":", linewidth=1)
        axes.axhline(
            result.thresholds.b * 100, color=CLASS_COLOURS["B"], linestyle=":", linewidth=1
        )
        share = result.share_of_customers_for(a)
        axes.annotate(
            words["figure"].replace("%1", f"{share:.0%}").replace("%2", f"{a:.0%}"),
            (share * 100, a * 100),
            xytext=(share * 100 + 8, a * 100 - 25),
            arrowprops={"arrowstyle": "->", "color": rcParams["text.color"]},
            fontsize=10,
        )
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 102)
    axes.set_xlabel(words["customers"])
    axes.set_ylabel(words["value"])
    axes.set_title(words["title"])
    return spans


def draw_rfm_heatmap(axes, result: Rfm, words: dict):
    """R (rows, 5 at the top) by F (columns), coloured by mean M, each cell with its
    number of customers. Returns the image."""
    axes.clear()
    grid = result.mean_monetary_grid()[::-1]  # R = 5 on the top row
    counts = result.rf_counts()[::-1]
    image = axes.imshow(grid, cmap="YlGnBu", aspect="auto")
    for row in range(5):
        for f in range(1, 6):
            count = int(counts[row, f - 1])
            if count:
                dark = image.norm(grid[row, f - 1]) > 0.6  # light text on dark cells
                colour = "white" if dark else "black"
                axes.text(
                    f - 1, row, f"{count:,}", ha="center", va="center", fontsize=8, color=colour
                )
    axes.set_xticks(range(5), [str(f) for f in range(1, 6)])
    axes.set_yticks(range(5), [str(r) for r in range(5, 0, -1)])
    axes.set_xlabel(words["f"])
    axes.set_ylabel(words["r"])
    axes.set_title(words["title"])
    return image


def draw_segments(axes, result: Rfm, name: Callable[[object], str], words: dict) -> list:
    """Customers per segment, largest on top. Returns one bar per segment, in the
    order of ``Segment``."""
    axes.clear()
    counts = result.segment_counts()
    order = sorted(Segment, key=lambda s: counts[s])
    bars = axes.barh([name(s) for s in order], [counts[s] for s in order], color=CURVE)
    axes.set_title(words["title"])
    axes.set_xlabel(words["customers"])
    by_segment = dict(zip(order, bars, strict=True))
    return [by_segment[s] for s in Segment]
