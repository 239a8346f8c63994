"""Share a customer with colleagues: sales staff then see it as if it were theirs."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.app_services import Services
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker

USER_ID = Qt.ItemDataRole.UserRole


class ShareDialog(QDialog):
    def __init__(
        self, services: Services, worker: DbWorker, customer_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._services, self._worker, self._customer_id = services, worker, customer_id
        self.setWindowTitle(self.tr("Share Customer"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("colleagues")
        self.view.setModel(self.model)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(380, 360)
        worker.submit(self._load, self._arrived, self._refused, owner=self)

    def _load(self):
        customer = self._services.customers.get(self._customer_id)
        shared = {user.id for user in self._services.users.shared_with(self._customer_id)}
        return customer, self._services.customers.owners(), shared

    def _arrived(self, loaded) -> None:
        customer, staff, shared = loaded
        self.intro.setText(
            self.tr("Who besides its owner may see and work on %1:").replace("%1", customer.name)
        )
        for user in staff:
            if user.id == customer.owner_id:
                continue
            # The sign-in name too: two colleagues may share a display name.
            item = QStandardItem(f"{user.display_name} ({user.username})")
            item.setData(user.id, USER_ID)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if user.id in shared else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def chosen_ids(self) -> list[int]:
        items = (self.model.item(row) for row in range(self.model.rowCount()))
        return [i.data(USER_ID) for i in items if i.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        chosen = self.chosen_ids()
        self._worker.submit(
            lambda: self._services.users.share(self._customer_id, chosen),
            lambda _changes: super(ShareDialog, self).accept(),
            self._refused,
            owner=self,
        )

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not shared"), error_text(error))
