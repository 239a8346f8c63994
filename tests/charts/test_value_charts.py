"""The value charts render offscreen to PNG, with Chinese labels, and hand back what a
click is matched against."""

import numpy as np
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
