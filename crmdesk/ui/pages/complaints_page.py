"""All complaints (客户投诉), newest first, with their deadlines in colour; open one to
carry on with it in the wizard, or cancel, mark as a duplicate or re-open it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from crmdesk.core.complaint_flow import REOPENABLE, can_move
from crmdesk.core.enums import ComplaintStatus
from crmdesk.core.errors import DomainError
from crmdesk.services.app_services import Services
from crmdesk.ui.dialogs.complaint_statistics_dialog import ComplaintStatisticsDialog
from crmdesk.ui.formatting import format_count, format_datetime
from crmdesk.ui.labels import category_label, label
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.windowed_table_model import Column, WindowedTableModel
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.sla_tones import sla_text, sla_tone
from crmdesk.ui.widgets.complaint_filter_bar import ComplaintFilterBar
from crmdesk.ui.worker import DbWorker

CONTEXT = "ComplaintsPage"

COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("ComplaintsPage", "Number"), lambda r: r.number),
    Column(
        "received_at",
        QT_TRANSLATE_NOOP("ComplaintsPage", "Received"),
        lambda r: format_datetime(r.received_at),
        value=lambda r: r.received_at,
    ),
    Column("customer", QT_TRANSLATE_NOOP("ComplaintsPage", "Customer"), lambda r: r.customer),
    Column(
        "category",
        QT_TRANSLATE_NOOP("ComplaintsPage", "Category"),
        lambda r: category_label(r.category),
    ),
    Column("level", QT_TRANSLATE_NOOP("ComplaintsPage", "Level"), lambda r: label(r.level)),
    Column("status", QT_TRANSLATE_NOOP("ComplaintsPage", "Handling"), lambda r: label(r.status)),
    Column(
        "response_due",
        QT_TRANSLATE_NOOP("ComplaintsPage", "First response"),
        lambda r: sla_text(r.first_response_due, r.response_sla),
        value=lambda r: r.first_response_due,
        tone=lambda r: sla_tone(r.response_sla),
    ),
    Column(
        "resolution_due",
        QT_TRANSLATE_NOOP("ComplaintsPage", "Resolution"),
        lambda r: sla_text(r.resolution_due, r.resolution_sla),
        value=lambda r: r.resolution_due,
        tone=lambda r: sla_tone(r.resolution_sla),
    ),
    Column("handler", QT_TRANSLATE_NOOP("ComplaintsPage", "Handler"), lambda r: r.handler or ""),
)


class ComplaintsPage(ListPage):
    open_complaint = Signal(int)  # the complaint's id: resume it in the wizard
    new_complaint = Signal()
    changed = Signal(object)  # the ChangeSet of a move made here

    def __init__(self, services: Services, worker: DbWorker, settings: QSettings, parent=None):
        complaints = services.complaints
        model = WindowedTableModel(COLUMNS, complaints.count, complaints.page, worker, CONTEXT)
        super().__init__(
            model,
            settings,
            "complaints",
            (1, Qt.SortOrder.DescendingOrder),
            services.list_export,
            parent,
        )
        self._services, self._worker = services, worker
        self.search.setPlaceholderText(self.tr("Search number, customer or their words"))
        self.filters = ComplaintFilterBar()
        self.filters.changed.connect(
            lambda name, value: self.model.set_query(self.model.query().with_filter(name, value))
        )
        self.layout().insertWidget(1, self.filters)
        new = QPushButton(self.tr("&New complaint…"))
        new.setObjectName("newComplaint")
        new.clicked.connect(self.new_complaint)
        self.top_bar.insertWidget(0, new)
        statistics = QPushButton(self.tr("&Statistics…"))
        statistics.setObjectName("complaintStatistics")
        statistics.setToolTip(self.tr("Charts and key figures of the complaints listed"))
        statistics.clicked.connect(self.open_statistics)
        self.top_bar.insertWidget(1, statistics)
        self.view.doubleClicked.connect(lambda _index: self._open_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.moves = {
            ComplaintStatus.CANCELLED: self.tr("Cancel the complaint…"),
            ComplaintStatus.DUPLICATE: self.tr("Mark as a duplicate…"),
            ComplaintStatus.INVESTIGATING: self.tr("Re-open…"),
        }
        open_action = QAction(self.tr("Open"), self)
        open_action.triggered.connect(self._open_selected)
        self.view.addAction(open_action)
        for status, text in self.moves.items():
            action = QAction(text, self)
            action.setObjectName(f"move_{status.value}")
            action.triggered.connect(lambda _=False, to=status: self.ask_move(to))
            self.view.addAction(action)
        worker.submit(
            lambda: (services.customers.owners(), complaints.categories()),
            lambda found: self.filters.set_choices(*found),
            owner=self,
        )

    def open_statistics(self) -> ComplaintStatisticsDialog:
        dialog = ComplaintStatisticsDialog(self._services, self._worker, self.model.query(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_title(self) -> str:
        return self.tr("Complaints")

    def count_text(self, count: int) -> str:
        return self.tr("Complaints: %1").replace("%1", format_count(count))

    def empty_hint(self, narrowed: bool) -> str:
        if narrowed:
            return super().empty_hint(narrowed)
        return self.tr(
            "No complaints. Take one down with New complaint…, from a customer file, or "
            "from the quick call log (Ctrl+L)."
        )

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_complaint.emit(ids[0])

    def ask_move(self, to: ComplaintStatus) -> None:
        """Cancel, mark as a duplicate or re-open the selected complaint, asking for
        the reason (or the original's number) first."""
        ids = self.selected_ids()
        if not ids:
            return
        complaints = self._services.complaints
        self._worker.submit(lambda: complaints.get(ids[0]), lambda c: self._ask(c, to), owner=self)

    def _ask(self, complaint, to: ComplaintStatus) -> None:
        reopening = to is ComplaintStatus.INVESTIGATING
        if not can_move(complaint.status, to) or (reopening and complaint.status not in REOPENABLE):
            QMessageBox.information(
                self,
                self.moves[to].rstrip("…"),
                self.tr("Complaint %1 is %2: it cannot be changed this way.")
                .replace("%1", complaint.number)
                .replace("%2", label(complaint.status)),
            )
            return
        prompt = (
            self.tr("Number of the original complaint:")
            if to is ComplaintStatus.DUPLICATE
            else self.tr("Why?")
        )
        text, given = QInputDialog.getText(self, self.moves[to].rstrip("…"), prompt)
        if not given:
            return
        complaints = self._services.complaints
        if to is ComplaintStatus.DUPLICATE:
            job = lambda: complaints.move(complaint, to, duplicate_of=text)  # noqa: E731
        else:
            job = lambda: complaints.move(complaint, to, reason=text)  # noqa: E731
        self._worker.submit(job, lambda outcome: self.changed.emit(outcome.changes), self._refused)

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error
        QMessageBox.warning(self, self.tr("Not changed"), error_text(error))
