"""The Satisfaction tab of a customer file: the loyalty type and the facts it rests on,
the surveys taken, and the gap chart of the latest one."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.changes import Entity
from crmdesk.core.satisfaction import Survey, overall
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.formatting import format_date
from crmdesk.ui.i18n import sheet_language
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.satisfaction_words import c_text, reason_text
from crmdesk.ui.worker import DbWorker

CONTEXT = "SatisfactionPanel"


def _overall_c(survey: Survey) -> str:
    gap = overall([survey])
    return c_text(gap) if gap else ""


_RECOMMEND_TEXT = {
    True: QT_TRANSLATE_NOOP("SatisfactionPanel", "Yes"),
    False: QT_TRANSLATE_NOOP("SatisfactionPanel", "No"),
}


def _recommend(survey: Survey) -> str:
    text = _RECOMMEND_TEXT.get(survey.would_recommend)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


COLUMNS = (
    RecordColumn(
        QT_TRANSLATE_NOOP("SatisfactionPanel", "Taken on"), lambda s: format_date(s.taken_on)
    ),
    RecordColumn(QT_TRANSLATE_NOOP("SatisfactionPanel", "Overall c"), _overall_c),
    RecordColumn(
        QT_TRANSLATE_NOOP("SatisfactionPanel", "Overall (1–5)"),
        lambda s: "" if s.overall_score is None else str(s.overall_score),
        align_right=True,
    ),
    RecordColumn(QT_TRANSLATE_NOOP("SatisfactionPanel", "Would recommend"), _recommend),
    RecordColumn(QT_TRANSLATE_NOOP("SatisfactionPanel", "How"), lambda s: label(s.source)),
    RecordColumn(QT_TRANSLATE_NOOP("SatisfactionPanel", "Comments"), lambda s: s.comment or ""),
)


class SatisfactionPanel(QWidget):
    survey_requested = Signal()

    def __init__(self, services: Services, worker: DbWorker, bus: DataBus, parent=None):
        super().__init__(parent)
        self._services, self._worker, self._bus = services, worker, bus
        self._customer_id: int | None = None
        self._shown_data = None  # (gaps, surveys, loyalty) once loaded
        self.chart = None  # built when first shown: matplotlib is not loaded with the file
        self.loyalty = QLabel(objectName="loyaltyType")
        self.reasons = QLabel(objectName="loyaltyReasons")
        self.reasons.setWordWrap(True)
        self.model: RecordsModel[Survey] = RecordsModel(COLUMNS, CONTEXT, self)
        self.view = QTableView(objectName="surveysView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New survey…"), objectName="newSurvey")
        self.new_button.clicked.connect(self.survey_requested)
        self.delete_button = QPushButton(self.tr("Delete survey…"), objectName="deleteSurvey")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        top = QHBoxLayout()
        facts = QVBoxLayout()
        facts.addWidget(self.loyalty)
        facts.addWidget(self.reasons)
        top.addLayout(facts, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        bus.changed.connect(self._data_changed)

    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.new_button.setEnabled(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            self.model.set_records([])
            self.loyalty.setText(self.tr("Save the file to record surveys."))
            return
        satisfaction, loyalty = self._services.satisfaction, self._services.loyalty
        self._worker.submit(
            lambda: (
                satisfaction.customer_gaps(customer_id),
                satisfaction.surveys_of(customer_id),
                loyalty.of_customer(customer_id),
            ),
            self._show,
            owner=self,
        )

    def _selected_survey(self) -> Survey | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self._selected_survey() is not None)

    def delete_selected(self) -> None:
        """Remove the chosen survey, once the user confirms: one entered by mistake
        would otherwise skew the customer's loyalty for good."""
        survey = self._selected_survey()
        if survey is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete survey"),
            self.tr("Delete the survey of %1? This cannot be undone.").replace(
                "%1", format_date(survey.taken_on)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        satisfaction = self._services.satisfaction
        self._worker.submit(
            lambda: satisfaction.delete(survey.id),
            self._bus.publish,
            lambda error: QMessageBox.warning(self, self.tr("Delete survey"), error_text(error)),
            owner=self,
        )

    def _data_changed(self, changes) -> None:
        if changes.touches(Entity.SURVEY) or changes.touches(Entity.TRANSACTION):
            self.reload()

    def _show(self, found) -> None:
        _gaps, surveys, customer = found
        self._shown_data = found
        self.model.set_records(surveys)
        self._selection_changed()  # a model reset clears the selection without a signal
        self.view.resizeColumnsToContents()
        loyalty = customer.loyalty
        if loyalty.type is None:
            text = self.tr("Loyalty: not known until the customer has been surveyed")
        else:
            text = self.tr("Loyalty: %1").replace("%1", label(loyalty.type))
        self.loyalty.setText(f"<b>{text}</b>")
        lines = [reason_text(r, customer.rules) for r in loyalty.reasons]
        self.reasons.setText("\n".join([*lines, self._measures_text(customer.measures)]))
        if self.chart is not None:
            self._draw()

    def _measures_text(self, measures) -> str:
        """The customer's own loyalty measures: how long it has bought, and how its
        complaints ended."""
        months = measures.relationship_months
        resolved = measures.complaints_resolved_well
        return (
            self.tr("Buying for %1 months · complaints resolved to satisfaction: %2")
            .replace("%1", "—" if months is None else f"{months:.1f}")
            .replace("%2", "—" if resolved is None else f"{resolved:.0%}")
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.chart is None:
            from crmdesk.ui.widgets.chart_tab import ChartTab

            self.chart = ChartTab(1, lambda _event: None)
            self.chart.setObjectName("gapChart")
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([300, 500])
            if self._shown_data is not None:
                self._draw()

    def _draw(self) -> None:
        from crmdesk.charts.satisfaction_charts import draw_gaps

        gaps = self._shown_data[0]
        language = sheet_language()
        names = {d.code: d.name(language) for d in gaps.questionnaire}
        words = {
            "title": self.tr("Latest survey: expectation and perception"),
            "expectation": self.tr("Expectation a"),
            "perception": self.tr("Perception b"),
            "empty": self.tr("No survey yet"),
        }
        self.chart.paint(
            lambda: draw_gaps(self.chart.axes[0], gaps.gaps, lambda c: names.get(c, c), words)
        )
        if gaps.overall is not None:
            self.chart.summary.setText(
                self.tr("Overall c = %1").replace("%1", c_text(gaps.overall))
            )
        else:
            self.chart.summary.setText("")
