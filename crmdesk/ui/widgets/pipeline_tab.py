"""The Analytics page's Pipeline tab: the sales funnel (count and amount per stage),
the forecast by expected close month weighted by probability, win rate and average
cycle by owner or by source, and why deals were lost."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from crmdesk.core.enums import CustomerSource
from crmdesk.services.app_services import Services
from crmdesk.ui.formatting import format_count, format_money
from crmdesk.ui.labels import label, stage_name
from crmdesk.ui.widgets.chart_tab import ChartTab
from crmdesk.ui.widgets.computed_tab import ComputedTab
from crmdesk.ui.worker import DbWorker


def whole_amount(value) -> str:
    """An amount on a chart, to the unit, grouped the locale's way."""
    return QLocale().toString(round(float(value)))


class PipelineTab(ComputedTab):
    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.summary = None  # the PipelineSummary shown
        self.rates_by = QComboBox(objectName="winRatesBy")
        self.rates_by.addItem(self.tr("Owner"), False)
        self.rates_by.addItem(self.tr("Source"), True)
        self.rates_by.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart = ChartTab(2, lambda _event: None, rows=2)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Win rate by:")))
        bar.addWidget(self.rates_by)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)

    def showEvent(self, event) -> None:
        """Deals move all day on the board: counted afresh whenever looked at."""
        self._stale = True
        super().showEvent(event)

    def refresh(self) -> None:
        super().refresh()
        self.chart.summary.setText(self.tr("Computing…"))
        pipeline = self._services.opportunities
        self._worker.submit(pipeline.summary, self._show, owner=self)

    def _show(self, summary) -> None:
        self.summary = summary
        open_count = sum(f.count for f in summary.funnel if f.stage.is_open)
        self.chart.summary.setText(
            self.tr("Open: %1 opportunities, %2 in all, %3 weighted by probability")
            .replace("%1", format_count(open_count))
            .replace("%2", format_money(summary.open_amount))
            .replace("%3", format_money(summary.open_weighted))
        )
        self._draw()

    def words(self) -> dict:
        rates = {
            "empty": self.tr("No deal won or lost yet"),
            "bar": self.tr("%1 · %2 won · %3 days"),
            "axis": self.tr("Won of those closed (%)"),
        }
        return {
            "stage": lambda figures: stage_name(figures.stage),
            "by_source": bool(self.rates_by.currentData()),
            "funnel": {
                "title": self.tr("Sales funnel"),
                "empty": self.tr("No opportunities yet"),
                "bar": self.tr("%1: %2 · %3"),
            },
            "forecast": {
                "title": self.tr("Forecast by expected close month"),
                "empty": self.tr("No open opportunities"),
                "amount": self.tr("Amount"),
                "weighted": self.tr("Weighted by probability"),
            },
            "owners": {"title": self.tr("Win rate and cycle by owner"), **rates},
            "sources": {"title": self.tr("Win rate and cycle by source"), **rates},
            "reasons": {
                "title": self.tr("Why deals were lost"),
                "empty": self.tr("No deal lost"),
                "axis": self.tr("Opportunities"),
            },
        }

    def _group(self, key: str) -> str:
        if not key:
            return self.tr("(none)")
        return label(CustomerSource(key)) if self.rates_by.currentData() else key

    def _draw(self) -> None:
        if self.summary is None:
            return
        from crmdesk.charts.pipeline_charts import draw_pipeline

        summary, words = self.summary, self.words()
        self.chart.paint(
            lambda: draw_pipeline(self.chart.axes, summary, words, self._group, whole_amount)
        )
