"""Lifetime value on the Analytics page: the value quadrants (current against future
value), the fitted model parameters and totals; clicking a quadrant lists its
customers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from crmdesk.ui.labels import label
from crmdesk.ui.widgets.chart_tab import ChartTab

if TYPE_CHECKING:  # NumPy: the page is built at start, its data come later
    from crmdesk.analytics.customer_lifetime import LifetimeValues


class LifetimeTab(ChartTab):
    chosen = Signal(object, str)  # customer ids, what they are

    def __init__(self):
        super().__init__(1, self._clicked)
        self.values: LifetimeValues | None = None
        self.lines = (0.0, 0.0)

    def show_values(self, values: LifetimeValues) -> None:
        from crmdesk.charts.lifetime_charts import draw_quadrants

        self.values = values
        words = {
            "title": self.tr("Value quadrants: current against future value"),
            "current": self.tr("Current value (past profit, present value)"),
            "future": self.tr("Future value (forecast over %n year(s))", "",
                              values.settings.horizon_years),
        }  # fmt: skip

        def draw() -> None:
            self.lines = draw_quadrants(self.axes[0], values, label, words)

        self.paint(draw)
        self.summary.setText(self._summary(values))

    def _summary(self, values: LifetimeValues) -> str:
        totals = (
            self.tr("%1 buyers · historical value %2 · future value %3.")
            .replace("%1", f"{len(values.ids):,}")
            .replace("%2", f"{values.historical.sum():,.0f}")
            .replace("%3", f"{values.future.sum():,.0f}")
        )
        if values.purchases_model is None:
            return totals + " " + self.tr("No forecast yet: too few customers have bought twice.")
        m, s = values.purchases_model, values.spend_model
        fitted = self.tr("BG/NBD r %1, α %2, a %3, b %4 · Gamma-Gamma p %5, q %6, γ %7 (per %8).")
        for n, value in enumerate((m.r, m.alpha, m.a, m.b, s.p, s.q, s.gamma), start=1):
            fitted = fitted.replace(f"%{n}", f"{value:.4g}")
        unit = {"day": self.tr("day"), "week": self.tr("week"), "month": self.tr("month")}
        fitted = fitted.replace("%8", unit[values.settings.unit.value])
        hint = self.tr("Click a quadrant to list its customers.")
        return f"{totals} {fitted} {hint}"

    def _clicked(self, event) -> None:
        from crmdesk.charts.lifetime_charts import quadrant_at

        if self.values is None or event.inaxes is not self.axes[0] or event.xdata is None:
            return
        quadrant = quadrant_at(event.xdata, event.ydata, self.lines)
        ids = self.values.ids[self.values.quadrants() == quadrant]
        self.chosen.emit(tuple(int(i) for i in ids), label(quadrant))
