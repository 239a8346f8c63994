"""The lifetime, churn and distribution charts render offscreen to PNG with Chinese
labels; a point of the quadrant chart maps back to its quadrant."""

from collections import Counter

import numpy as np
from matplotlib.figure import Figure

from crmdesk.analytics.choices import LifetimeSettings, Quadrant, Reason
from crmdesk.analytics.customer_lifetime import LifetimeValues
from crmdesk.analytics.distribution import Distribution, every_month
from crmdesk.charts.distribution_charts import draw_distribution
from crmdesk.charts.fonts import configure_matplotlib_fonts
from crmdesk.charts.lifetime_charts import draw_churn_reasons, draw_quadrants, quadrant_at
from crmdesk.core.enums import Channel, CustomerStatus, LifecycleStage

RNG = np.random.default_rng(5)


def values(n=300) -> LifetimeValues:
    return LifetimeValues(
        ids=np.arange(1, n + 1),
        historical=RNG.pareto(1.2, n) * 1000 - 50,  # a few who cost more than they brought
        future=RNG.pareto(1.5, n) * 800,
        probability_alive=RNG.random(n),
        expected_purchases=RNG.random(n) * 5,
        purchases_model=None,
        spend_model=None,
        settings=LifetimeSettings(),
    )


def test_quadrants_render_and_a_point_maps_to_its_quadrant(tmp_path):
    configure_matplotlib_fonts()
    found = values()
    figure = Figure()
    lines = draw_quadrants(
        figure.subplots(), found, lambda q: {"most_valuable": "贵宾型"}.get(q, q),
        {"title": "客户价值矩阵", "current": "当前价值", "future": "未来价值"},
    )  # fmt: skip
    assert lines == found.quadrant_lines()
    figure.savefig(tmp_path / "q.png")
    assert (tmp_path / "q.png").stat().st_size > 10_000
    for i in range(len(found.ids)):
        point = quadrant_at(found.historical[i], found.future[i], lines)
        assert point is found.quadrants()[i]
    assert quadrant_at(lines[0] * 2, lines[1] * 2, lines) is Quadrant.MOST_VALUABLE


def test_churn_reasons_draw_one_bar_per_reason_with_its_count(tmp_path):
    configure_matplotlib_fonts()
    counts = Counter({Reason.OPEN_COMPLAINT: 3, Reason.FALLING_SPEND: 40})
    figure = Figure()
    bars = draw_churn_reasons(
        figure.subplots(), counts, str, {"title": "流失原因", "customers": "客户"}
    )
    assert [bar.get_width() for bar in bars] == [counts[r] for r in Reason]
    figure.savefig(tmp_path / "c.png")


def test_the_distribution_draws_four_charts(tmp_path):
    configure_matplotlib_fonts()
    found = Distribution(
        by_status={s: 10 * (i + 1) for i, s in enumerate(CustomerStatus)},
        by_stage={s: 5 for s in LifecycleStage},
        new_by_month=every_month({"2026-01": 7}, "2026-03", 24),
        revenue_by_month=every_month({"2026-02": 1234.5}, "2026-03", 24),
        activities_by_channel={c: 3 for c in Channel},
    )
    figure = Figure(figsize=(10, 7))
    bars = draw_distribution(figure, found, str, dict.fromkeys(
        ("status", "stage", "title", "new", "revenue", "channel"), "分布"))  # fmt: skip
    assert len(figure.axes) == 5  # four, and the revenue's own scale
    assert bars[CustomerStatus.LOYAL].get_width() == found.by_status[CustomerStatus.LOYAL]
    assert found.new_by_month[-3] == ("2026-01", 7)
    assert len(found.new_by_month) == 24 and found.new_by_month[0][0] == "2024-04"
    figure.savefig(tmp_path / "d.png")
    status, revenue = figure.axes[0], figure.axes[4]
    # The narrowest stage (10 of 60) is labelled beside its bar, the widest inside.
    narrow, wide = status.texts[0], status.texts[-1]
    assert narrow.get_position()[0] > 10 / 2 and narrow.get_ha() == "left"
    assert wide.get_position()[0] == 0 and wide.get_color() == "white"
    assert "1,200" in [label.get_text() for label in revenue.get_yticklabels()]
