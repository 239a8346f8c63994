"""The Timeline tab of a customer file (客户跟踪记录): everything that happened, newest
first, filtered by kind; activities are added, edited and deleted right here."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.activity import Activity
from crmdesk.core.timeline import TimelineKind
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.models.timeline_model import TimelineModel
from crmdesk.ui.widgets.activity_editor import ActivityEditor
from crmdesk.ui.widgets.hinted_views import HintedListView
from crmdesk.ui.worker import DbWorker

SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class TimelinePanel(QWidget):
    changed = Signal()  # an activity was stored or deleted

    def __init__(
        self, services: Services, worker: DbWorker, bus: DataBus, field_label, parent=None
    ):
        super().__init__(parent)
        self._services, self._worker, self._bus = services, worker, bus
        self._customer_id: int | None = None
        self.model = TimelineModel(worker, field_label, self)
        self.view = HintedListView()
        self.view.set_empty_hint(
            self.tr("Nothing on the timeline yet. Add an activity below, or log a call (Ctrl+L).")
        )
        self.view.setObjectName("timeline")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(False)
        self.view.setSpacing(2)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.kind_filters: dict[TimelineKind, QCheckBox] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        names = {
            TimelineKind.ACTIVITY: self.tr("Activities"),
            TimelineKind.SALE: self.tr("Sales"),
            TimelineKind.CHANGE: self.tr("Status and tier changes"),
            TimelineKind.MERGE: self.tr("Merges"),
            TimelineKind.COMPLAINT: self.tr("Complaints"),
            TimelineKind.CHURN: self.tr("Lost and won back"),
        }
        for kind, name in names.items():
            box = QCheckBox(name)
            box.setObjectName(f"show_{kind.value}")
            box.setChecked(True)
            box.toggled.connect(self.reload)
            filters.addWidget(box)
            self.kind_filters[kind] = box
        filters.addStretch(1)
        self.hint = QLabel(self.tr("Save the customer first, then log what happens with it."))

        self.editor = ActivityEditor()
        self.editor_box = QGroupBox()
        self.save_button = QPushButton(self.tr("Log activity"))
        self.save_button.setObjectName("saveActivity")
        self.save_button.setToolTip(SUBMIT_KEYS[0])
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.start_new)
        self.edit_button = QPushButton(self.tr("Edit selected"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete selected…"))
        self.delete_button.setObjectName("deleteActivity")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.editor_box)
        box_layout.addWidget(self.editor)
        box_layout.addLayout(buttons)
        for keys in SUBMIT_KEYS:
            QShortcut(QKeySequence(keys), self.editor_box, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.delete_selected)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.editor_box)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.set_customer(None)

    def customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        saved = customer_id is not None
        self.hint.setVisible(not saved)
        self.editor_box.setEnabled(saved)
        if saved:
            self.reload_contacts()
            self.start_new()
        self.reload()

    def reload_contacts(self) -> None:
        """The contacts an activity can name: read again when they change."""
        customer_id, contacts = self._customer_id, self._services.contacts
        self._worker.submit(
            lambda: contacts.of_customer(customer_id), self.editor.set_contacts, owner=self
        )

    def reload(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            self.model.show(None)
            return
        kinds = {kind for kind, box in self.kind_filters.items() if box.isChecked()}
        activities = self._services.activities
        self.model.show(
            lambda offset, limit: activities.timeline(customer_id, kinds, offset, limit)
        )

    # editing

    def start_new(self) -> None:
        customer_id = self._customer_id
        self.editor_box.setTitle(self.tr("New activity"))
        self.save_button.setText(self.tr("Log activity"))
        self.editor.show_activity(Activity(customer_id=customer_id), self._services.context.now())
        follow_ups = self._services.follow_ups
        self._worker.submit(
            lambda: follow_ups.suggestions(customer_id),
            lambda offered: self.editor.set_suggestions(offered, apply_first=False),
            owner=self,
        )

    def edit_selected(self) -> None:
        entry = self._selected_activity()
        if entry is None:
            return
        activities = self._services.activities
        self._worker.submit(lambda: activities.get(entry.record_id), self._edit, owner=self)

    def _edit(self, activity: Activity) -> None:
        self.editor_box.setTitle(self.tr("Edit activity"))
        self.save_button.setText(self.tr("Save changes"))
        self.editor.show_activity(activity, self._services.context.now())
        self.editor.subject.widget.setFocus()

    def save(self) -> None:
        if self._customer_id is None:
            return
        activity = self.editor.activity()
        activities = self._services.activities
        job = activities.log if activity.id is None else activities.update
        self._worker.submit(lambda: job(activity), self._stored, self._failed, owner=self)

    def delete_selected(self) -> None:
        entry = self._selected_activity()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete activity"),
            self.tr("Delete the activity “%1”? This cannot be undone.").replace("%1", entry.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            activities = self._services.activities
            self._worker.submit(
                lambda: activities.delete(entry.record_id),
                lambda changes: self._stored_changes(changes),
                self._failed,
                owner=self,
            )

    def _selected_activity(self):
        selected = self.view.selectionModel().selectedIndexes()
        entry = self.model.entry(selected[0].row()) if selected else None
        return entry if entry is not None and entry.kind is TimelineKind.ACTIVITY else None

    def _stored(self, outcome) -> None:
        self._stored_changes(outcome.changes)
        self.start_new()

    def _stored_changes(self, changes) -> None:
        self._bus.publish(changes)
        self.reload()
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self.editor.show_refusal(error)
