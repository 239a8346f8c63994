"""The pairs the duplicate finder found: merge them one by one, or open both files."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.duplicate_finder import DuplicateMatch
from crmdesk.services.customers import CustomerService
from crmdesk.services.merges import MergeService
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.merge_dialog import MergeDialog
from crmdesk.ui.formatting import format_count
from crmdesk.ui.models.duplicate_pairs_model import DuplicatePairsModel
from crmdesk.ui.undo import UndoHistory
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker


class DuplicatesDialog(QDialog):
    open_requested = Signal(int)  # a customer id to open
    merge_dialog_opened = Signal(object)  # the MergeDialog, once both files have arrived

    def __init__(
        self,
        matches: list[DuplicateMatch],
        customers: CustomerService,
        merges: MergeService,
        worker: DbWorker,
        bus: DataBus,
        undo: UndoHistory,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self._customers, self._merges, self._worker = customers, merges, worker
        self._bus, self._undo = bus, undo
        self.model = DuplicatePairsModel(matches, self)
        self.summary = QLabel()
        self.view = record_table(self.model, "duplicatePairs", last_fills=True)
        self.view.doubleClicked.connect(lambda index: self.merge_row(index.row()))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        open_both = QPushButton(self.tr("Open both"))
        open_both.clicked.connect(self.open_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(open_both, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.model.modelReset.connect(self._summarise)
        self._summarise()
        self.view.resizeColumnsToContents()
        self.resize(900, 560)

    def _summarise(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("Pairs of files that may be the same customer: %1").replace(
                "%1", format_count(count)
            )
            if count
            else self.tr("No likely duplicates left.")
        )
        self.merge_button.setEnabled(count > 0)

    def _selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if self.model.rowCount() else None)

    def open_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            match = self.model.record(row)
            self.open_requested.emit(match.first.id)
            self.open_requested.emit(match.second.id)

    def merge_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.merge_row(row)

    def merge_row(self, row: int) -> None:
        match = self.model.record(row)
        customers = self._customers

        def load():
            owners = {user.id: user.display_name for user in customers.owners()}
            return customers.get(match.first.id), customers.get(match.second.id), owners

        self._worker.submit(load, lambda loaded: self._ask_how(*loaded), owner=self)

    def _ask_how(self, first, second, owners) -> None:
        dialog = MergeDialog(first, second, owners, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_requested.connect(self._merge)
        dialog.open()
        self.merge_dialog_opened.emit(dialog)

    def _merge(self, survivor_id: int, absorbed_id: int, take: dict) -> None:
        def done(outcome) -> None:
            self._bus.publish(outcome.changes)
            self._undo.merged(outcome.value, survivor_id, absorbed_id, take)
            self.model.drop_file(absorbed_id)

        self._worker.submit(
            lambda: self._merges.merge(survivor_id, absorbed_id, take), done, owner=self
        )
