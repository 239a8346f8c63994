"""The Analytics page's Satisfaction tab: the gap chart (expectation against perception
per question, with c) of every surveyed customer or of one segment."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from crmdesk.core.enums import SegmentBy
from crmdesk.services.app_services import Services
from crmdesk.ui.i18n import sheet_language
from crmdesk.ui.labels import label, segment_label
from crmdesk.ui.satisfaction_words import c_text
from crmdesk.ui.widgets.chart_tab import ChartTab
from crmdesk.ui.widgets.computed_tab import ComputedTab
from crmdesk.ui.worker import DbWorker


class SatisfactionTab(ComputedTab):
    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.found = None  # the SegmentGaps shown
        self.segment_by = QComboBox(objectName="gapSegmentBy")
        self.segment_by.addItem(self.tr("All surveyed customers"), None)
        for by in SegmentBy:
            self.segment_by.addItem(label(by), by)
        self.segment = QComboBox(objectName="gapSegment")
        self.segment.setEnabled(False)
        self.chart = ChartTab(1, lambda _event: None)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Customers:")))
        bar.addWidget(self.segment_by)
        bar.addWidget(self.segment, 1)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)
        self.segment_by.currentIndexChanged.connect(self._segment_by_chosen)
        self.segment.currentIndexChanged.connect(self.refresh)

    def _segment_by_chosen(self) -> None:
        by = self.segment_by.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.blockSignals(False)
        self.segment.setEnabled(by is not None)
        if by is None:
            self.refresh()
            return
        satisfaction = self._services.satisfaction
        self._worker.submit(lambda: satisfaction.segment_values(by), self._segments, owner=self)

    def _segments(self, values: list[str]) -> None:
        self.segment.blockSignals(True)
        for value in values:
            self.segment.addItem(segment_label(value), value)
        self.segment.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        by, value = self.segment_by.currentData(), self.segment.currentData()
        if by is not None and value is None:
            self.chart.summary.setText(
                self.tr("No customer has a %1 yet.").replace("%1", label(by))
            )
            return
        satisfaction = self._services.satisfaction
        self.chart.summary.setText(self.tr("Computing…"))
        self._worker.submit(lambda: satisfaction.segment_gaps(by, value), self._show, owner=self)

    def _show(self, found) -> None:
        from crmdesk.charts.satisfaction_charts import draw_gaps

        self.found = found
        language = sheet_language()
        names = {d.code: d.name(language) for d in found.questionnaire}
        words = {
            "title": self.tr("Expectation and perception by question"),
            "expectation": self.tr("Expectation a"),
            "perception": self.tr("Perception b"),
            "empty": self.tr("No survey yet"),
        }
        self.chart.paint(
            lambda: draw_gaps(self.chart.axes[0], found.gaps, lambda c: names.get(c, c), words)
        )
        if found.overall is None:
            self.chart.summary.setText(self.tr("No customer here has been surveyed yet."))
            return
        self.chart.summary.setText(
            self.tr("%1 customers surveyed (latest survey each) · overall c = Σb / Σa = %2")
            .replace("%1", f"{found.surveyed:,}")
            .replace("%2", c_text(found.overall))
        )
