"""The History tab of a customer file: who changed which field when, and a way to put
the value from before a change back into the form."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.customers import CustomerService
from crmdesk.ui.dialogs.customer_fields import field_label
from crmdesk.ui.models.history_model import HistoryModel
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker


class HistoryPanel(QWidget):
    restore_requested = Signal(str, object)  # a field, and its text before the change

    def __init__(self, customers: CustomerService, worker: DbWorker, parent: QWidget):
        super().__init__(parent)
        self._customers, self._worker = customers, worker
        self.model = HistoryModel(field_label, self)
        self.view = record_table(self.model, "historyView", last_fills=True)
        self.view.set_empty_hint(
            self.tr(
                "No change recorded yet. Each save of this file is listed here, with the "
                "values before and after."
            )
        )
        self.restore_button = QPushButton(self.tr("Restore this value"))
        self.restore_button.setToolTip(
            self.tr(
                "Put the value from before the selected change back into the form; save to keep it."
            )
        )
        self.restore_button.clicked.connect(self._restore_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def load(self, customer_id: int) -> None:
        self._worker.submit(lambda: self._customers.history(customer_id), self._show, owner=self)

    def _show(self, records) -> None:
        self.model.set_records(records)
        self.view.resizeColumnsToContents()  # the last column still takes what is left

    def _restore_selected(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return
        record = self.model.record(selected[0].row())
        if record.field:  # whole-record entries (created, merged…) have no one value
            self.restore_requested.emit(record.field, record.old_value)
