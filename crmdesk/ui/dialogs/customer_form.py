"""客户档案: the customer form, for a new file or an existing one.

Loading and saving run on the DB worker; wrong fields are marked where they are, with
the reason, and nothing is stored until every field is right.
"""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.access import Permission
from crmdesk.core.changes import Entity
from crmdesk.core.contact_info import display_phone, normalize_email, normalize_phone
from crmdesk.core.customer import Customer, changed_fields, field_from_text
from crmdesk.core.duplicates import DuplicateHint
from crmdesk.core.edit_conflict import EditConflict
from crmdesk.core.enums import CustomerKind
from crmdesk.core.errors import ConflictError, DomainError, ValidationError
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.conflict_dialog import RELOAD, SAVE, ConflictDialog
from crmdesk.ui.dialogs.customer_fields import (
    FIELDS,
    KIND_SECTIONS,
    SECTIONS,
    FieldSpec,
    display_value,
    field_label,
    translated,
)
from crmdesk.ui.dialogs.survey_dialog import SurveyDialog
from crmdesk.ui.messages import error_text, shown
from crmdesk.ui.undo import UndoHistory
from crmdesk.ui.widgets.contacts_panel import ContactsPanel
from crmdesk.ui.widgets.field_editors import FieldEditor, OwnerEditor, with_error_label
from crmdesk.ui.widgets.history_panel import HistoryPanel
from crmdesk.ui.widgets.opportunities_panel import OpportunitiesPanel
from crmdesk.ui.widgets.sales_panel import SalesPanel
from crmdesk.ui.widgets.satisfaction_panel import SatisfactionPanel
from crmdesk.ui.widgets.timeline_panel import TimelinePanel
from crmdesk.ui.worker import DbWorker

# Checked as soon as the user leaves the field, not only on save.
_LIVE_CHECKS = {
    "mobile": normalize_phone,
    "phone": normalize_phone,
    "fax": normalize_phone,
    "email": normalize_email,
}
_PHONE_FIELDS = frozenset({"mobile", "phone", "fax"})


class CustomerForm(QDialog):
    saved = Signal(object)  # the stored Customer
    open_requested = Signal(int)  # the user chose to open this existing file instead
    complaint_requested = Signal(int)  # take down a complaint of this customer

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        bus: DataBus,
        undo: UndoHistory,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        customers = services.customers
        self._services = services
        self._customers, self._worker, self._bus, self._undo = customers, worker, bus, undo
        self._original = Customer()
        self.editors: dict[str, FieldEditor] = {}
        self._errors: dict[str, QLabel] = {}
        self._sections: dict[str, QGroupBox] = {}
        self._dirty = False
        self._owner_names: dict[int, str] = {}
        self._read_only = not services.context.access.allows(Permission.EDIT)
        self.setObjectName("customerForm")
        self.resize(920, 720)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.timeline = TimelinePanel(services, worker, bus, field_label, self)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.contacts = ContactsPanel(services.contacts, worker, bus, self)
        self.contacts.changed.connect(lambda: self.history.load(self.customer_id()))
        self.contacts.changed.connect(self.timeline.reload_contacts)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.sales = SalesPanel(self)
        self.tabs.addTab(self.sales, self.tr("Sales"))
        self.opportunities = OpportunitiesPanel(services, worker, bus, self)
        self.opportunities.changed.connect(self._opportunity_changed)
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        self.satisfaction = SatisfactionPanel(services, worker, bus, self)
        self.satisfaction.survey_requested.connect(self.ask_survey)
        self.tabs.addTab(self.satisfaction, self.tr("Satisfaction"))
        self.history = HistoryPanel(customers, worker, self)
        self.history.restore_requested.connect(self._restore_value)
        self.tabs.addTab(self.history, self.tr("History"))
        self.code_label = QLabel()
        self.code_label.setObjectName("code")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.complaint_button = buttons.addButton(
            self.tr("New &complaint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.complaint_button.setObjectName("newComplaint")
        self.complaint_button.clicked.connect(
            lambda: self.complaint_requested.emit(self.customer_id())
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.close)
        # One binding only: a second one for the same keys would make both ambiguous.
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.editors["kind"].changed.connect(self._show_kind_sections)
        for editor in self.editors.values():
            editor.changed.connect(self._mark_dirty)
        self._worker.submit(customers.owners, self._owners_arrived, owner=self)
        if customer_id is None:
            self._show(Customer())
        else:
            self.setEnabled(False)  # until the file has arrived
            self._worker.submit(
                lambda: customers.get(customer_id), self._show, self._load_failed, owner=self
            )

    # building

    def _build_details(self) -> QWidget:
        grid = QGridLayout()
        forms: dict[str, QFormLayout] = {}
        for number, section in enumerate(SECTIONS):
            box = QGroupBox(translated(section))
            box.setObjectName(f"section_{number}")
            forms[section] = QFormLayout(box)
            self._sections[section] = box
            wide = section in (
                KIND_SECTIONS[CustomerKind.INDIVIDUAL],
                KIND_SECTIONS[CustomerKind.ORGANIZATION],
                SECTIONS[-1],
            )
            row, column = (number // 2, number % 2) if not wide else (3 + number, 0)
            grid.addWidget(box, row, column, 1, 2 if wide else 1)
        for spec in FIELDS:
            forms[spec.section].addRow(*self._field_row(spec))
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _field_row(self, spec: FieldSpec):
        editor = spec.editor()
        editor.widget.setObjectName(spec.name)
        self.editors[spec.name] = editor
        cell, self._errors[spec.name] = with_error_label(editor)
        if spec.name in _LIVE_CHECKS:
            editor.widget.editingFinished.connect(lambda name=spec.name: self._check_live(name))
        return (translated(spec.label), cell) if spec.label else (cell,)

    # showing

    def _show(self, customer: Customer) -> None:
        self._original = customer
        for name, editor in self.editors.items():
            value = getattr(customer, name)
            # Numbers as people write them; saving normalises them again.
            editor.set_value(display_phone(value) if name in _PHONE_FIELDS else value)
        self._clear_errors()
        self._show_kind_sections()
        self._dirty = False
        self.setEnabled(True)
        if customer.id is None:
            self.setWindowTitle(self.tr("New customer"))
            self.code_label.setText(self.tr("The code is given when the file is saved."))
        else:
            self.setWindowTitle(customer.name)
            self.code_label.setText(self.tr("Code: %1").replace("%1", customer.code or ""))
            self.history.load(customer.id)
            self._worker.submit(
                lambda: self._customers.sales(customer.id), self.sales.show_sales, owner=self
            )
        self.contacts.set_customer(customer.id)
        self.satisfaction.set_customer(customer.id)
        self.opportunities.set_customer(customer.id, customer.name)
        self.complaint_button.setEnabled(customer.id is not None)  # a file to attach it to
        if customer.id != self.timeline.customer_id():
            self.timeline.set_customer(customer.id)
        self.editors["name"].widget.setFocus()
        if self._read_only:
            self._show_read_only()

    def _show_read_only(self) -> None:
        """A role that may not change records sees the file greyed out, without Save
        (the services would refuse the change anyway)."""
        for editor in self.editors.values():
            editor.widget.setEnabled(False)
        for button in (
            self.save_button,
            self.complaint_button,
            self.contacts.add_button,
            self.satisfaction.new_button,
            self.opportunities.new_button,
            self.opportunities.won_button,
            self.opportunities.lost_button,
        ):
            button.setEnabled(False)
        self.save_shortcut.setEnabled(False)
        self.setWindowTitle(self.tr("%1 (read only)").replace("%1", self.windowTitle()))

    def _show_kind_sections(self) -> None:
        kind = self.editors["kind"].value()
        for section_kind, section in KIND_SECTIONS.items():
            self._sections[section].setVisible(section_kind == kind)

    def _owners_arrived(self, users) -> None:
        editor = self.editors["owner_id"]
        assert isinstance(editor, OwnerEditor)
        dirty = self._dirty  # filling the list is not an edit
        editor.set_choices([(user.id, user.display_name) for user in users])
        self._owner_names = {user.id: user.display_name for user in users}
        self._dirty = dirty

    # editing

    def edited_customer(self) -> Customer:
        """The form's values on top of the file as it was loaded; the other kind's
        section is emptied (a person has no industry)."""
        values = {name: editor.value() for name, editor in self.editors.items()}
        other_kind = next(k for k in KIND_SECTIONS if k != values["kind"])
        for spec in FIELDS:
            if spec.section == KIND_SECTIONS[other_kind]:
                values[spec.name] = None
        return replace(self._original, **values)

    def save(self) -> None:
        """Store the form; a new file is first checked against likely duplicates."""
        if not self.isEnabled():
            return
        customer = self.edited_customer()
        self._clear_errors()
        self.setEnabled(False)
        if customer.id is None:
            self._worker.submit(
                lambda: self._customers.likely_duplicates(customer),
                lambda hints: self._confirm_new(customer, hints),
                self._save_failed,
                owner=self,
            )
        else:
            self._store(customer)

    def _confirm_new(self, customer: Customer, hints: list[DuplicateHint]) -> None:
        if hints:
            reasons = {
                "phone": self.tr("same phone"),
                "email": self.tr("same e-mail"),
                "name": self.tr("same name"),
            }
            listed = "\n".join(f"{h.code}  {h.name}  ({reasons[h.reason]})" for h in hints)
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "These files may be the same customer:\n\n%1\n\nCreate a new file "
                    "anyway? Choose No to open the existing file instead."
                ).replace("%1", listed),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.setEnabled(True)
                self.open_requested.emit(hints[0].customer_id)
                return
        self._store(customer)

    def _store(self, customer: Customer) -> None:
        job = self._customers.create if customer.id is None else self._customers.update
        self._worker.submit(lambda: job(customer), self._saved, self._save_failed, owner=self)

    def _saved(self, outcome) -> None:
        self._bus.publish(outcome.changes)
        stored: Customer = outcome.value
        if self._original.id is None:
            self._undo.created(stored.name, stored.id)
        else:
            edits = {stored.id: changed_fields(self._original, stored)}
            self._undo.edited(self.tr("Edit %1").replace("%1", stored.name), edits)
        self._show(stored)
        self.saved.emit(outcome.value)

    def _save_failed(self, error: Exception) -> None:
        self.setEnabled(True)
        if isinstance(error, ValidationError):
            for problem in error.errors:
                self._show_error(problem.field, shown(problem.message))
            first = error.errors[0].field
            if first in self.editors:
                self.tabs.setCurrentIndex(0)
                self.editors[first].widget.setFocus()
        elif isinstance(error, ConflictError) and error.theirs is not None:
            self.resolve_conflict(error)
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
        else:
            raise error

    def resolve_conflict(self, error: ConflictError) -> ConflictDialog:
        """Someone saved the file since it was opened: reload theirs, or keep ours
        field by field on top of it."""
        conflict = EditConflict(
            self._original,
            self.edited_customer(),
            error.theirs,
            error.changed_by,
            error.changed_at,
            changed_fields,
        )
        dialog = ConflictDialog(
            conflict, field_label, lambda n, v: display_value(n, v, self._owner_names), self
        )
        dialog.finished.connect(lambda _result: self._conflict_resolved(dialog))
        dialog.open()
        return dialog

    def _conflict_resolved(self, dialog: ConflictDialog) -> None:
        theirs = dialog.conflict.theirs
        if dialog.choice == RELOAD:
            self._show(theirs)
        elif dialog.choice == SAVE:
            merged = dialog.resolved()
            self._show(theirs)  # what we now edit on top of, for undo and the next save
            self.setEnabled(False)
            self._store(merged)

    def _load_failed(self, error: Exception) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("Customer"), error_text(error))
        self.reject()

    def _check_live(self, name: str) -> None:
        value = self.editors[name].value()
        try:
            if value:
                _LIVE_CHECKS[name](value)
        except ValueError as problem:
            self._show_error(name, shown(str(problem)))
        else:
            self._errors[name].hide()

    def _show_error(self, name: str, message: str) -> None:
        label = self._errors.get(name)
        if label is None:  # not a field of the form: say it at the top
            QMessageBox.warning(self, self.tr("Not saved"), f"{name}: {message}")
            return
        label.setText(message)
        label.show()

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()

    def _mark_dirty(self) -> None:
        self._dirty = True

    def _restore_value(self, name: str, text: str | None) -> None:
        """An old value from the History tab, put back in the form to be saved."""
        if name not in self.editors:
            return
        self.editors[name].set_value(field_from_text(name, text))
        self.tabs.setCurrentIndex(0)
        self.editors[name].widget.setFocus()

    def ask_survey(self) -> SurveyDialog:
        """Take down a survey of this customer; the tab shows it once stored."""
        dialog = SurveyDialog(
            self._services, self._worker, self.customer_id(), self._original.name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda outcome: self._bus.publish(outcome.changes))
        dialog.open()
        return dialog

    def _opportunity_changed(self, changes) -> None:
        """A win may have made the prospect a customer and recorded a sale: show the
        file as it is now, unless the user is editing it (their save will then meet
        the change as a conflict, and they choose)."""
        customer_id = self.customer_id()
        if customer_id not in changes.ids(Entity.CUSTOMER) or self._dirty:
            return
        customers = self._customers
        self._worker.submit(lambda: customers.get(customer_id), self._show, owner=self)

    def customer_id(self) -> int | None:
        return self._original.id

    def reject(self) -> None:
        """Esc and the window's close button: never lose edits without asking."""
        if self._dirty and self.isEnabled():
            name = self.editors["name"].value() or self.tr("this customer")
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to %1 before closing?").replace("%1", name),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                # Closes once stored; stays open to show what is wrong otherwise.
                self.saved.connect(self.reject, Qt.ConnectionType.SingleShotConnection)
                self.save()
                return
        super().reject()
