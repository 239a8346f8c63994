"""快速来电记录: log a call in seconds, keyboard only. Type part of a phone number or a
name, pick the customer with the arrow keys and Enter (or make a new file for a caller
nobody knows), type the note, keep or change the suggested follow-up, Ctrl+Enter."""

from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.activity import Activity, validated
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Channel, Direction
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import Services
from crmdesk.ui.formatting import format_date
from crmdesk.ui.widgets.activity_editor import ActivityEditor
from crmdesk.ui.worker import DbWorker

MATCHES = 8
TYPING_PAUSE_MS = 150


class QuickLogDialog(QDialog):
    logged = Signal(object)  # the Outcome of logging
    complaint_requested = Signal(int, str)  # the customer, and the words taken down

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        completes: int | None = None,
    ):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._matches: list = []
        self._customer_id = customer_id
        self._completes = completes  # the follow-up this call was made for
        self.setWindowTitle(self.tr("Quick call log"))
        self.setObjectName("quickLog")
        self.resize(640, 560)

        self.lookup = QLineEdit()
        self.lookup.setObjectName("lookup")
        self.lookup.setPlaceholderText(self.tr("Phone number or name"))
        self.lookup.textEdited.connect(lambda _text: self._typing.start())
        self.lookup.returnPressed.connect(self._take_first)
        self.lookup.installEventFilter(self)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._search)
        self.match_model = QStringListModel(self)
        self.match_view = QListView()
        self.match_view.setObjectName("matches")
        self.match_view.setModel(self.match_model)
        self.match_view.setMaximumHeight(self.fontMetrics().lineSpacing() * (MATCHES + 2))
        self.match_view.activated.connect(lambda index: self.choose(index.row()))
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCustomer")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newName")
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("newPhone")
        self.new_name.returnPressed.connect(self.new_phone.setFocus)
        self.new_phone.returnPressed.connect(lambda: self.editor.subject.widget.setFocus())
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("New customer's name"), self.new_name)
        new_form.addRow(self.tr("Phone"), self.new_phone)
        self.new_box.hide()

        self.editor = ActivityEditor()
        self.completes_box = QCheckBox()
        self.completes_box.setObjectName("completesFollowUp")
        self.completes_box.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Ctrl+Enter")
        self.complaint_button = buttons.addButton(
            self.tr("It is a &complaint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.complaint_button.setObjectName("complaint")
        self.complaint_button.setToolTip(
            self.tr("Take it down as a complaint of this customer, in the complaint wizard")
        )
        self.complaint_button.clicked.connect(self.to_complaint)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lookup)
        layout.addWidget(self.match_view)
        layout.addWidget(self.chosen)
        layout.addWidget(self.new_box)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.completes_box)
        layout.addWidget(buttons)

        now = services.context.now()
        self.editor.show_activity(Activity(channel=Channel.PHONE, direction=Direction.INBOUND), now)
        self._enable_details(False)
        if customer_id is not None:
            self._use_customer(customer_id)
        else:
            self.lookup.setFocus()

    # finding the customer

    def eventFilter(self, watched, event) -> bool:
        # Down from the lookup field moves into the matches, as in a completer.
        if (
            watched is self.lookup
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.match_model.rowCount()
        ):
            self.match_view.setFocus()
            self.match_view.setCurrentIndex(self.match_model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        term = self.lookup.text().strip()
        if not term:
            self._show_matches([])
            return
        customers = self._services.customers
        query = ListQuery(search=term)
        self._worker.submit(
            lambda: customers.page(query, 0, MATCHES),
            lambda rows: self._show_matches(rows) if term == self.lookup.text().strip() else None,
            owner=self,
        )

    def search_now(self) -> None:
        """Look up what is typed without waiting for the typing pause."""
        self._typing.stop()
        self._search()

    def _show_matches(self, rows) -> None:
        self._matches = list(rows)
        lines = [" · ".join(filter(None, (r.code, r.name, r.phone))) for r in rows]
        term = self.lookup.text().strip()
        if term:
            lines.append(self.tr("New customer “%1”…").replace("%1", term))
        self.match_model.setStringList(lines)

    def _take_first(self) -> None:
        self.search_now() if not self.match_model.rowCount() else self.choose(0)

    def choose(self, row: int) -> None:
        """Pick match ``row``; the row after the matches makes a new file."""
        if row < len(self._matches):
            self.new_box.hide()
            self._use_customer(self._matches[row].id)
            return
        self._customer_id = None
        term = self.lookup.text().strip()
        is_number = bool(term) and all(c.isdigit() or c in " -+()" for c in term)
        self.new_name.setText("" if is_number else term)
        self.new_phone.setText(term if is_number else "")
        self.chosen.setText(self.tr("A new customer file will be opened."))
        self.new_box.show()
        self._enable_details(True)
        (self.new_name if is_number else self.new_phone).setFocus()
        self.editor.set_suggestions([], apply_first=False)

    def _use_customer(self, customer_id: int) -> None:
        self._customer_id = customer_id
        services = self._services

        def details():
            return (
                services.customers.get(customer_id),
                services.contacts.of_customer(customer_id),
                services.follow_ups.suggestions(customer_id),
                services.follow_ups.of_customer(customer_id),
            )

        self._worker.submit(details, self._show_customer, owner=self)

    def _show_customer(self, found) -> None:
        customer, contacts, offered, open_follow_ups = found
        self.chosen.setText(
            self.tr("Customer: %1 %2").replace("%1", customer.code).replace("%2", customer.name)
        )
        self.editor.set_contacts(contacts)
        self.editor.set_suggestions(offered, apply_first=True)
        today = self._services.context.now().date()
        due = [f for f in open_follow_ups if f.due_on <= today]
        wanted = self._completes or (due[0].activity_id if due else None)
        chosen = next((f for f in open_follow_ups if f.activity_id == wanted), None)
        self.completes_box.setVisible(chosen is not None)
        if chosen is not None:
            self.completes_box.setText(
                self.tr("This completes the follow-up due %1 (“%2”)")
                .replace("%1", format_date(chosen.due_on))
                .replace("%2", chosen.subject)
            )
            self.completes_box.setChecked(True)
            self._completes = chosen.activity_id
        self._enable_details(True)
        self.editor.subject.widget.setFocus()

    def _enable_details(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        # A complaint belongs to a file that exists already.
        self.complaint_button.setEnabled(enabled and self._customer_id is not None)

    def to_complaint(self) -> None:
        """Hand the caller and what they said so far to the complaint wizard."""
        if self._customer_id is None:
            return
        activity = self.editor.activity()
        words = "\n".join(part for part in (activity.subject, activity.content) if part)
        self.complaint_requested.emit(self._customer_id, words)
        self.accept()

    # saving

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        activity = self.editor.activity()
        completes = [self._completes] if self._completes and self.completes_box.isChecked() else []
        services = self._services
        customer_id = self._customer_id
        if customer_id is not None:
            job = lambda: services.activities.log(  # noqa: E731
                replace(activity, customer_id=customer_id), completes
            )
        else:
            new_customer = self._new_customer()
            if new_customer is None:
                return

            def job():
                # Check the note before opening a file for it: nothing half-written.
                validated(replace(activity, customer_id=0))
                created = services.customers.create(new_customer).value
                return services.activities.log(replace(activity, customer_id=created.id))

        self._worker.submit(job, self._logged, self._failed, owner=self)

    def _new_customer(self) -> Customer | None:
        name = self.new_name.text().strip()
        phone = self.new_phone.text().strip()
        if not name:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("Type the new customer's name.")
            )
            self.new_name.setFocus()
            return None
        return Customer(name=name, mobile=phone or None)  # the service checks the number

    def _logged(self, outcome) -> None:
        self.logged.emit(outcome)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.editor.show_refusal(error)
