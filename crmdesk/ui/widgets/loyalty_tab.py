"""The Analytics page's Loyalty tab: the attitude × behaviour matrix (click a type to
list its customers), retention by first-purchase cohort, and the loyalty measures of
the firm and of each segment."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from crmdesk.core.enums import SegmentBy
from crmdesk.services.app_services import Services
from crmdesk.ui.labels import label, segment_label
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.widgets.chart_tab import ChartTab
from crmdesk.ui.widgets.computed_tab import ComputedTab
from crmdesk.ui.worker import DbWorker

CONTEXT = "LoyaltyTab"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("LoyaltyTab", "Segment"), lambda r: r[0]),
    RecordColumn(QT_TRANSLATE_NOOP("LoyaltyTab", "Buyers"), lambda r: f"{r[1].buyers:,}", True),
    RecordColumn(
        QT_TRANSLATE_NOOP("LoyaltyTab", "Repeat-purchase rate"),
        lambda r: _percent(r[1].repeat_rate),
        True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("LoyaltyTab", "Retention rate"),
        lambda r: _percent(r[1].retention_rate),
        True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("LoyaltyTab", "Churn rate"), lambda r: _percent(r[1].churn_rate), True
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("LoyaltyTab", "Relationship (months)"),
        lambda r: "—" if r[1].relationship_months is None else f"{r[1].relationship_months:.1f}",
        True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("LoyaltyTab", "Complaints resolved to satisfaction"),
        lambda r: _percent(r[1].complaints_resolved_well),
        True,
    ),
)


class LoyaltyTab(ComputedTab):
    chosen = Signal(object, str)  # customer ids, what they are

    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.overview = None
        self.cells: dict = {}  # loyalty type → its patch on the matrix
        self.segment_by = QComboBox(objectName="loyaltySegmentBy")
        for by in SegmentBy:
            self.segment_by.addItem(label(by), by)
        self.segment_by.currentIndexChanged.connect(self.refresh)
        self.chart = ChartTab(2, self._clicked)
        self.model: RecordsModel = RecordsModel(COLUMNS, CONTEXT, self)
        self.table = QTableView(objectName="loyaltyMeasures")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Measures by:")))
        bar.addWidget(self.segment_by)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        super().refresh()
        by = self.segment_by.currentData()
        loyalty = self._services.loyalty
        self.chart.summary.setText(self.tr("Computing…"))
        self._worker.submit(lambda: loyalty.overview(by), self._show, owner=self)

    def _show(self, overview) -> None:
        from crmdesk.charts.satisfaction_charts import draw_cohorts, draw_loyalty_matrix

        self.overview = overview
        counts = {kind: len(ids) for kind, ids in overview.types.items()}
        matrix_words = {
            "title": self.tr("Loyalty: attitude × behaviour"),
            "low": self.tr("Low"),
            "high": self.tr("High"),
            "behaviour": self.tr("Repeat buying"),
            "attitude": self.tr("Attitude (satisfaction, would recommend)"),
        }
        cohort_words = {
            "title": self.tr("Still buying, by month of first purchase"),
            "months": self.tr("Months since the first purchase"),
            "empty": self.tr("No purchases yet"),
        }

        def draw() -> None:
            matrix, cohorts = self.chart.axes
            self.cells = draw_loyalty_matrix(matrix, counts, label, matrix_words)
            draw_cohorts(cohorts, overview.cohorts, cohort_words)

        self.chart.paint(draw)
        firm = overview.firm
        self.chart.summary.setText(
            self.tr(
                "%1 buyers not surveyed have no type yet · repeat-purchase rate %2 · "
                "retention %3 · churn %4. Click a type to list its customers."
            )
            .replace("%1", f"{overview.not_surveyed:,}")
            .replace("%2", _percent(firm.repeat_rate))
            .replace("%3", _percent(firm.retention_rate))
            .replace("%4", _percent(firm.churn_rate))
        )
        everyone = (self.tr("All customers"), firm)
        rows = [(segment_label(key), m) for key, m in overview.by_segment]
        self.model.set_records([everyone, *rows])
        self.table.resizeColumnsToContents()

    def _clicked(self, event) -> None:
        for kind, patch in self.cells.items():
            if patch.contains(event)[0]:
                self.chosen.emit(self.overview.types[kind], label(kind))
                return
