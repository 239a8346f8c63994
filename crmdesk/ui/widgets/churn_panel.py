"""The churn warning on the Analytics page: the current customers at risk, most urgent
first, with why and what to do; or the customers marked lost. From either a customer
is opened, marked lost (with the cause) or marked won back; the outcome goes on its
timeline."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import ChurnOutcome
from crmdesk.services.app_services import Services
from crmdesk.services.churn import ChurnReport
from crmdesk.ui.dialogs.churn_outcome_dialog import ChurnOutcomeDialog
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.churn_model import ChurnModel, LostModel
from crmdesk.ui.worker import DbWorker

AT_RISK, LOST = 0, 1


class ChurnPanel(QWidget):
    open_customer = Signal(int)
    changed = Signal(object)  # ChangeSet of a customer marked lost or won back

    def __init__(self, services: Services, worker: DbWorker, parent=None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.at_risk, self.lost = ChurnModel(self), LostModel(self)
        self.show_which = QComboBox()
        self.show_which.setObjectName("churnView")
        self.show_which.addItem(self.tr("Customers at risk"), AT_RISK)
        self.show_which.addItem(self.tr("Customers marked lost"), LOST)
        self.show_which.currentIndexChanged.connect(self._switch)
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(self._open_selected)
        self.lost_button = QPushButton(self.tr("Mark lost…"))
        self.lost_button.setObjectName("markLost")
        self.lost_button.clicked.connect(lambda: self.ask_outcome(ChurnOutcome.LOST))
        self.won_button = QPushButton(self.tr("Mark won back…"))
        self.won_button.setObjectName("markWonBack")
        self.won_button.clicked.connect(lambda: self.ask_outcome(ChurnOutcome.WON_BACK))
        bar = QHBoxLayout()
        bar.addWidget(self.show_which)
        bar.addStretch(1)
        for button in (self.open_button, self.lost_button, self.won_button):
            bar.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("churnTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._switch()

    def show_report(self, report: ChurnReport) -> None:
        self.at_risk.set_records(report.rows)
        self.summary.setText(
            self.tr(
                "%1 of %2 current customers at risk on %3. The most urgent first; "
                "hover over a row for the numbers behind it."
            )
            .replace("%1", f"{len(report.rows):,}")
            .replace("%2", f"{report.watched:,}")
            .replace("%3", report.as_of.isoformat())
        )
        self.table.resizeColumnsToContents()

    def _switch(self) -> None:
        lost = self.show_which.currentData() == LOST
        self.table.setModel(self.lost if lost else self.at_risk)
        self.lost_button.setVisible(not lost)
        self.won_button.setVisible(lost)
        if lost:
            self._worker.submit(self._services.churn.lost, self._show_lost, owner=self)

    def _show_lost(self, customers) -> None:
        self.lost.set_records(customers)
        self.table.resizeColumnsToContents()

    def _selected(self):
        """(id, name) of the selected customer, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        record = self.table.model().record(rows[0].row())
        customer_id = record.risk.customer_id if hasattr(record, "risk") else record.id
        return customer_id, record.name

    def _open_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.open_customer.emit(chosen[0])

    def ask_outcome(self, outcome: ChurnOutcome) -> ChurnOutcomeDialog | None:
        chosen = self._selected()
        if chosen is None:
            self.summary.setText(self.tr("Choose a customer in the list first."))
            return None
        customer_id, name = chosen
        dialog = ChurnOutcomeDialog(outcome, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._record(customer_id, outcome, dialog.chosen_cause(), dialog.note_text())
        )
        dialog.open()
        return dialog

    def _record(self, customer_id: int, outcome: ChurnOutcome, cause, note: str) -> None:
        churn = self._services.churn

        def job():
            if outcome is ChurnOutcome.LOST:
                return churn.mark_lost(customer_id, cause, note)
            return churn.mark_won_back(customer_id, note)

        def done(result) -> None:
            if outcome is ChurnOutcome.LOST:
                self.at_risk.drop(customer_id)
                self.summary.setText(self.tr("Marked lost; it is on the customer's timeline."))
            else:
                self._switch()
                self.summary.setText(self.tr("Marked won back; it is on the customer's timeline."))
            self.changed.emit(result.changes)

        self._worker.submit(job, done, self._refused, owner=self)

    def _refused(self, error: Exception) -> None:
        self.summary.setText(error_text(error))
