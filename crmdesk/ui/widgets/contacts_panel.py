"""The Contacts tab of a customer file (人脉): list, add, edit, remove."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.contact import Contact
from crmdesk.core.errors import DomainError, ValidationError
from crmdesk.services.contacts import ContactService
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.contact_dialog import ContactDialog
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.contacts_model import ContactsModel
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker


class ContactsPanel(QWidget):
    changed = Signal()  # a contact was stored or removed

    def __init__(
        self,
        contacts: ContactService,
        worker: DbWorker,
        bus: DataBus,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._contacts, self._worker, self._bus = contacts, worker, bus
        self._customer_id: int | None = None
        self.model = ContactsModel(self)
        self.view = record_table(self.model, "contactsView", last_fills=True)
        self.view.doubleClicked.connect(lambda index: self.edit_contact(index.row()))
        self.hint = QLabel(self.tr("Save the customer first, then add its contacts."))
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.add_button.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._edit_selected)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected_contact)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        for button in (self.add_button, edit, remove):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's contacts; a file not yet saved has none to show."""
        self._customer_id = customer_id
        saved = customer_id is not None
        self.hint.setVisible(not saved)
        self.view.setEnabled(saved)
        self.add_button.setEnabled(saved)
        if saved:
            self._load()

    def add_contact(self) -> ContactDialog:
        first = self.model.rowCount() == 0  # the first contact is the primary one
        return self._open(Contact(customer_id=self._customer_id, is_primary=first))

    def edit_contact(self, row: int) -> ContactDialog:
        return self._open(self.model.record(row))

    def remove_selected_contact(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return
        contact = self.model.record(selected[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove %1 from this customer's contacts?").replace("%1", contact.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._worker.submit(lambda: self._contacts.remove(contact.id), self._stored, owner=self)

    def _load(self) -> None:
        customer_id = self._customer_id
        self._worker.submit(
            lambda: self._contacts.of_customer(customer_id), self.model.set_records, owner=self
        )

    def _edit_selected(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if selected:
            self.edit_contact(selected[0].row())

    def _open(self, contact: Contact) -> ContactDialog:
        dialog = ContactDialog(contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda edited: self._store(dialog, edited))
        dialog.open()
        return dialog

    def _store(self, dialog: ContactDialog, contact: Contact) -> None:
        job = self._contacts.add if contact.id is None else self._contacts.update

        def stored(outcome) -> None:
            dialog.accept()
            self._stored(outcome.changes)

        def failed(error: Exception) -> None:
            if isinstance(error, ValidationError):
                dialog.show_errors(error.errors)
            elif isinstance(error, DomainError):
                QMessageBox.warning(dialog, self.tr("Not saved"), error_text(error))
            else:
                raise error

        self._worker.submit(lambda: job(contact), stored, failed, owner=dialog)

    def _stored(self, changes) -> None:
        self._bus.publish(changes)
        self._load()
        self.changed.emit()
