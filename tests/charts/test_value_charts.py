"""The value charts render offscreen to PNG, with Chinese labels, and hand back what a
click is matched against."""

import numpy as np
import pytest
from matplotlib.figure import Figure

from crmdesk.analytics.choices import Segment
from crmdesk.analytics.ranking import abc_classes, pyramid
from crmdesk.analytics.rfm import rfm
from crmdesk.charts.fonts import configure_matplotlib_fonts
from crmdesk.charts.value_charts import draw_pareto, draw_pyramid, draw_rfm_heatmap, draw_segments

RNG = np.random.default_rng(3)
IDS = np.arange(1, 501)
VALUES = RNG.pareto(1.2, 500) * 1000


def rendered(figure: Figure, path) -> bytes:
    figure.savefig(path)
    return path.read_bytes()


def test_pyramid_and_pareto_render_with_chinese_words(tmp_path):
    configure_matplotlib_fonts()
    figure = Figure(figsize=(10, 4))
    left, right = figure.subplots(1, 2)
    bands = draw_pyramid(
        left, pyramid(IDS, VALUES), str, {"title": "客户金字塔", "band": "%1 %2 %3 %4"}
    )
    spans = draw_pareto(
        right,
        abc_classes(IDS, VALUES),
        {"title": "帕累托", "figure": "%1 的客户带来 %2", "customers": "客户", "value": "价值"},
    )
    assert len(bands) == 4 and len(spans) == 3
    assert any("的客户带来 80%" in t.get_text() for t in right.texts)
    assert rendered(figure, tmp_path / "value.png")[:4] == b"\x89PNG"


def test_rfm_heatmap_counts_and_segment_bars(tmp_path):
    result = rfm(IDS, RNG.integers(1, 400, 500), RNG.integers(1, 20, 500), VALUES)
    figure = Figure(figsize=(10, 4))
    left, right = figure.subplots(1, 2)
    draw_rfm_heatmap(left, result, {"title": "RFM", "r": "R", "f": "F"})
    bars = draw_segments(right, result, str, {"title": "segments", "customers": "n"})
    assert sum(int(t.get_text().replace(",", "")) for t in left.texts) == 500
    assert len(bars) == len(Segment)
    counts = result.segment_counts()
    assert [bar.get_width() for bar in bars] == [counts[s] for s in Segment]
    assert rendered(figure, tmp_path / "rfm.png")[:4] == b"\x89PNG"


def test_drawn_again_the_charts_update_their_own_artists(tmp_path):
    figure = Figure(figsize=(10, 8))
    (pyramid_axes, pareto_axes), (heat, bars_axes) = figure.subplots(2, 2)
    words = {"title": "t", "band": "%2 %4", "figure": "%1 → %2", "customers": "c", "value": "v"}
    rfm_words = {"title": "t", "r": "R", "f": "F", "customers": "n"}

    def draw(values):
        found = rfm(IDS, RNG.integers(1, 400, 500), RNG.integers(1, 20, 500), values)
        return (
            draw_pyramid(pyramid_axes, pyramid(IDS, values), str, words),
            draw_pareto(pareto_axes, abc_classes(IDS, values), words),
            draw_rfm_heatmap(heat, found, rfm_words),
            draw_segments(bars_axes, found, str, rfm_words),
        )

    first = draw(VALUES)
    children = [len(axes.get_children()) for axes in figure.axes]
    labels = [t.get_text() for t in pyramid_axes.texts]
    fewer = np.where(IDS <= 100, VALUES, 0.0)  # only the first 100 bought anything
    second = draw(fewer)
    assert second[0] == first[0] and second[2] is first[2]  # the same bands and image
    assert [len(axes.get_children()) for axes in figure.axes] == children
    assert [t.get_text() for t in pyramid_axes.texts] != labels
    # The 100 buyers fill the top three bands; the 400 small customers bring nothing.
    assert [t.get_text() for t in pyramid_axes.texts][-1] == "400 0%"
    assert len(second[1]) == 3
    curve = pareto_axes.lines[0].get_ydata()
    assert curve[100] == pytest.approx(100)  # the first 100 customers bring everything
    assert sum(bar.get_width() for bar in second[3]) == 500
    assert rendered(figure, tmp_path / "again.png")[:4] == b"\x89PNG"


def test_axes_cleared_in_between_are_drawn_on_afresh():
    figure = Figure()
    axes = figure.subplots()
    words = {"title": "t", "band": "%2"}
    before = draw_pyramid(axes, pyramid(IDS, VALUES), str, words)
    axes.clear()
    axes.plot([0, 1], [0, 1])  # another chart meanwhile
    axes.clear()
    after = draw_pyramid(axes, pyramid(IDS, VALUES), str, words)
    assert after != before and all(band.axes is axes for band in after)
    assert len(axes.patches) == 4 and len(axes.texts) == 4


def test_nobody_bought_anything_after_all():
    figure = Figure(figsize=(10, 4))
    pareto_axes, heat = figure.subplots(1, 2)
    words = {"title": "t", "figure": "%1 → %2", "customers": "c", "value": "v"}
    draw_pareto(pareto_axes, abc_classes(IDS, VALUES), words)
    draw_rfm_heatmap(heat, rfm(IDS, IDS, IDS, VALUES), {"title": "t", "r": "R", "f": "F"})
    nobody = np.array([], dtype=np.int64)
    assert draw_pareto(pareto_axes, abc_classes(nobody, nobody), words) == []
    assert not any(artist.get_visible() for artist in pareto_axes.lines + pareto_axes.texts)
    draw_rfm_heatmap(heat, rfm(nobody, nobody, nobody, nobody), {"title": "t", "r": "R", "f": "F"})
    assert not any(text.get_visible() for text in heat.texts)
    figure.canvas.draw()  # renders without data
