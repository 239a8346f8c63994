"""Customer-value charts: the pyramid as stacked trapezoids, the Pareto curve with the
A/B/C lines, the RFM heatmap and the segment bars. Each draws on the axes it is given
and returns what a click can be matched against (see ui: click-through); words come
from the caller. Drawn again on the same axes, a chart updates the artists it made the
first time (charts.kept) instead of starting over."""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from matplotlib import rcParams

from crmdesk.analytics.choices import Segment
from crmdesk.analytics.ranking import AbcResult, Pyramid
from crmdesk.analytics.rfm import Rfm
from crmdesk.charts.kept import kept

BAND_COLOURS = ("#8c6d1f", "#c9a227", "#9aa5b1", "#5f6b78")  # VIP/gold … small/lead
CLASS_COLOURS = {"A": "#2e7d32", "B": "#f9a825", "C": "#9e9e9e"}
CURVE = "#1f4e79"


@dataclass(frozen=True)
class _PyramidArtists:
    bands: list  # a trapezoid per band, top to bottom
    labels: list  # beside each

    @property
    def anchor(self):
        return self.bands[0]


def _pyramid_artists(axes, levels: int) -> _PyramidArtists:
    from matplotlib.patches import Polygon

    height = 1.0 / levels
    bands, labels = [], []
    for level in range(levels):
        top, bottom = 1 - level * height, 1 - (level + 1) * height
        half_top, half_bottom = (level * height) / 2 + 0.02, ((level + 1) * height) / 2
        outline = [(-half_bottom, bottom), (half_bottom, bottom), (half_top, top), (-half_top, top)]
        patch = Polygon(outline, closed=True, facecolor=BAND_COLOURS[level], edgecolor="white")
        bands.append(axes.add_patch(patch))
        labels.append(axes.text(0.58, (top + bottom) / 2, "", va="center", fontsize=9))
    axes.set_xlim(-0.6, 1.6)
    axes.set_ylim(0, 1.02)
    axes.set_axis_off()
    return _PyramidArtists(bands, labels)


def draw_pyramid(axes, result: Pyramid, name: Callable[[object], str], words: dict) -> list:
    """Bands from the top (VIP) down, each as wide as its place in the pyramid, labelled
    with count, share of customers and share of value. Returns one patch per band."""
    levels = len(result.bands)
    artists = kept(axes, ("pyramid", levels), lambda: _pyramid_artists(axes, levels))
    for label, band in zip(artists.labels, result.bands, strict=True):
        label.set_text(
            words["band"]
            .replace("%1", name(band.tier))
            .replace("%2", f"{band.customers:,}")
            .replace("%3", f"{band.share_of_customers:.0%}")
            .replace("%4", f"{band.share_of_value:.0%}")
        )
    axes.set_title(words["title"])
    return artists.bands


@dataclass(frozen=True)
class _ParetoArtists:
    spans: dict  # class → its shaded span
    letters: dict  # class → its letter
    curve: object
    a_line: object
    b_line: object
    note: object  # "x% of customers bring y% of value"

    @property
    def anchor(self):
        return self.curve


def _pareto_artists(axes) -> _ParetoArtists:
    from matplotlib.patches import Rectangle

    spans, letters = {}, {}
    for klass, colour in CLASS_COLOURS.items():
        span = Rectangle(
            (0, 0), 0, 1, transform=axes.get_xaxis_transform(), color=colour, alpha=0.18
        )
        spans[klass] = axes.add_patch(span)
        letters[klass] = axes.text(0, 4, klass, ha="center", fontsize=12)
    (curve,) = axes.plot([], [], color=CURVE)
    lines = [
        axes.axhline(0, color=CLASS_COLOURS[klass], linestyle=":", linewidth=1) for klass in "AB"
    ]
    note = axes.annotate(
        "", (0, 0), xytext=(0, 0), arrowprops={"arrowstyle": "->", "color": rcParams["text.color"]}
    )
    note.set_fontsize(10)
    axes.set_xlim(0, 100)
    axes.set_ylim(0, 102)
    return _ParetoArtists(spans, letters, curve, *lines, note)


def draw_pareto(axes, result: AbcResult, words: dict) -> list:
    """Cumulative share of value against share of customers, shaded by class, with
    the "x% of customers bring y% of value" figure. Returns one span per class present."""
    artists = kept(axes, ("pareto",), lambda: _pareto_artists(axes))
    n = len(result.ranked.ids)
    shown = []
    start = 0.0
    for klass in "ABC":
        members = np.flatnonzero(result.classes == klass)
        span, letter = artists.spans[klass], artists.letters[klass]
        span.set_visible(len(members) > 0)
        letter.set_visible(len(members) > 0)
        if len(members) == 0:
            continue
        end = (members[-1] + 1) / n * 100
        span.set_x(start)
        span.set_width(end - start)
        letter.set_x((start + end) / 2)
        shown.append(span)
        start = end
    x = np.arange(n + 1) / max(n, 1) * 100
    y = np.concatenate(([0], result.ranked.cumulative_share * 100))
    artists.curve.set_data(x, y)
    a, b = result.thresholds.a, result.thresholds.b
    artists.a_line.set_ydata([a * 100, a * 100])
    artists.b_line.set_ydata([b * 100, b * 100])
    share = result.share_of_customers_for(a)
    artists.note.set_text(words["figure"].replace("%1", f"{share:.0%}").replace("%2", f"{a:.0%}"))
    artists.note.xy = (share * 100, a * 100)
    artists.note.set_position((share * 100 + 8, a * 100 - 25))
    for artist in (artists.curve, artists.a_line, artists.b_line, artists.note):
        artist.set_visible(n > 0)
    axes.set_xlabel(words["customers"])
    axes.set_ylabel(words["value"])
    axes.set_title(words["title"])
    return shown


@dataclass(frozen=True)
class _HeatmapArtists:
    image: object
    counts: list  # a text per cell, row by row from the top

    @property
    def anchor(self):
        return self.image


def _heatmap_artists(axes) -> _HeatmapArtists:
    image = axes.imshow(np.full((5, 5), np.nan), cmap="YlGnBu", aspect="auto")
    counts = [
        axes.text(f, row, "", ha="center", va="center", fontsize=8)
        for row in range(5)
        for f in range(5)
    ]
    axes.set_xticks(range(5), [str(f) for f in range(1, 6)])
    axes.set_yticks(range(5), [str(r) for r in range(5, 0, -1)])
    return _HeatmapArtists(image, counts)


def draw_rfm_heatmap(axes, result: Rfm, words: dict):
    """R (rows, 5 at the top) by F (columns), coloured by mean M, each cell with its
    number of customers. Returns the image."""
    artists = kept(axes, ("rfm heatmap",), lambda: _heatmap_artists(axes))
    grid = result.mean_monetary_grid()[::-1]  # R = 5 on the top row
    image = artists.image
    image.set_data(grid)
    image.autoscale()
    for text, mean, count in zip(
        artists.counts, grid.flat, result.rf_counts()[::-1].flat, strict=True
    ):
        text.set_visible(bool(count))
        text.set_text(f"{count:,}" if count else "")
        if count:  # light text on dark cells
            text.set_color("white" if image.norm(mean) > 0.6 else "black")
    axes.set_xlabel(words["f"])
    axes.set_ylabel(words["r"])
    axes.set_title(words["title"])
    return image


@dataclass(frozen=True)
class _SegmentArtists:
    bars: list  # from the bottom up

    @property
    def anchor(self):
        return self.bars[0]


def _segment_artists(axes) -> _SegmentArtists:
    return _SegmentArtists(list(axes.barh(range(len(Segment)), 0, color=CURVE)))


def draw_segments(axes, result: Rfm, name: Callable[[object], str], words: dict) -> list:
    """Customers per segment, largest on top. Returns one bar per segment, in the
    order of ``Segment``."""
    artists = kept(axes, ("segments",), lambda: _segment_artists(axes))
    counts = result.segment_counts()
    order = sorted(Segment, key=lambda s: counts[s])
    for bar, segment in zip(artists.bars, order, strict=True):
        bar.set_width(counts[segment])
    axes.set_yticks(range(len(order)), [name(s) for s in order])
    axes.relim()
    axes.autoscale_view()
    axes.set_title(words["title"])
    axes.set_xlabel(words["customers"])
    by_segment = dict(zip(order, artists.bars, strict=True))
    return [by_segment[s] for s in Segment]
