"""Complaint statistics for the complaints the list shows: the key figures, the charts
(Pareto by category, by cause, by status, per month), saved as a workbook or a picture."""

from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import DomainError
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import Services
from crmdesk.services.reports import png_of
from crmdesk.ui.labels import category_label, label
from crmdesk.ui.messages import error_text
from crmdesk.ui.widgets.chart_tab import chart_styled
from crmdesk.ui.worker import DbWorker


def name_of(key) -> str:
    """The user's word for a category, cause or status."""
    return label(key) if isinstance(key, StrEnum) else category_label(key)


class ComplaintStatisticsDialog(QDialog):
    def __init__(
        self, services: Services, worker: DbWorker, query: ListQuery, parent: QWidget = None
    ):
        super().__init__(parent)
        self.setObjectName("complaintStatistics")
        self.setWindowTitle(self.tr("Complaint statistics"))
        self.statistics = None
        self.summary = QLabel(self.tr("Counting…"))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.canvas = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_book = buttons.addButton(
            self.tr("Save as Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_chart = buttons.addButton(
            self.tr("Save chart…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.save_book, self.save_chart):
            button.setEnabled(False)
        self.save_book.clicked.connect(self.ask_workbook)
        self.save_chart.clicked.connect(self.ask_chart)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        self._layout.addWidget(buttons)
        self.resize(1100, 820)
        complaints = services.complaints
        worker.submit(lambda: complaints.statistics(query), self.show_statistics, owner=self)

    def chart_words(self):
        from crmdesk.charts.complaint_charts import ComplaintChartWords

        return ComplaintChartWords(
            by_category=self.tr("Complaints by category (Pareto)"),
            cumulative=self.tr("Cumulative share"),
            by_cause=self.tr("By cause"),
            by_status=self.tr("By status"),
            by_month=self.tr("Received per month"),
            count=self.tr("Complaints"),
            not_judged=self.tr("Not judged yet"),
        )

    def report_words(self):
        from crmdesk.io.complaint_report import ComplaintReportWords

        return ComplaintReportWords(
            complaints=self.tr("Complaints"),
            median_response=self.tr("Median time to first response (hours)"),
            median_resolution=self.tr("Median time to resolution (hours, not counting the wait)"),
            response_kept=self.tr("First-response deadlines kept"),
            resolution_kept=self.tr("Resolution deadlines kept"),
            satisfaction=self.tr("Satisfaction after handling (1–5)"),
            summary=self.tr("Summary"),
            figure=self.tr("Figure"),
            value=self.tr("Value"),
            category=self.tr("Category"),
            cause=self.tr("Cause"),
            status=self.tr("Status"),
            month=self.tr("Month"),
            score=self.tr("Score"),
            share=self.tr("Share"),
            cumulative=self.tr("Cumulative share"),
            not_judged=self.tr("Not judged yet"),
        )

    def show_statistics(self, statistics) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from crmdesk.charts.complaint_charts import complaint_figure
        from crmdesk.io.complaint_report import summary_text

        self.statistics = statistics
        self.summary.setText(summary_text(statistics, self.report_words()).replace("\n", " · "))
        with chart_styled():
            self.figure = complaint_figure(statistics, name_of, self.chart_words())
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._layout.insertWidget(1, self.canvas, 1)
        for button in (self.save_book, self.save_chart):
            button.setEnabled(statistics.total > 0)

    def ask_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the statistics"), self.tr("complaints.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            self.save_workbook(Path(path))

    def save_workbook(self, path: Path) -> None:
        from crmdesk.io.complaint_report import write_complaint_report

        chart = png_of(self.figure)
        try:
            write_complaint_report(path, self.statistics, name_of, self.report_words(), chart)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))

    def ask_chart(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), self.tr("complaints.png"), "PNG (*.png);;PDF (*.pdf)"
        )
        if path:
            self.save_figure(Path(path))

    def save_figure(self, path: Path) -> None:
        try:
            self.figure.savefig(path, dpi=120)
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Not saved"), f"{path.name}: {error.strerror or error}"
            )
