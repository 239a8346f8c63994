"""客户档案: every customer file, searchable by name, pinyin, code, phone and e-mail;
new, open, move to the bin and restore."""

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crmdesk.core.changes import ChangeSet
from crmdesk.core.contact_info import display_phone
from crmdesk.core.edits import BulkEdit
from crmdesk.core.views import SavedView
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.bulk_edit_dialog import BulkEditDialog
from crmdesk.ui.dialogs.customer_form import CustomerForm
from crmdesk.ui.dialogs.duplicates_dialog import DuplicatesDialog
from crmdesk.ui.formatting import format_count, format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.long_job import run_with_progress
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.windowed_table_model import Column, WindowedTableModel
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.undo import UndoHistory
from crmdesk.ui.widgets.customer_filter_bar import CustomerFilterBar
from crmdesk.ui.widgets.saved_views_bar import SavedViewsBar
from crmdesk.ui.worker import DbWorker

CONTEXT = "CustomersPage"
VIEWS_KEY = "customers"  # this list's saved views

COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("CustomersPage", "Code"), lambda r: r.code),
    Column("name", QT_TRANSLATE_NOOP("CustomersPage", "Name"), lambda r: r.name),
    Column("kind", QT_TRANSLATE_NOOP("CustomersPage", "Kind"), lambda r: label(r.kind)),
    Column("status", QT_TRANSLATE_NOOP("CustomersPage", "Status"), lambda r: label(r.status)),
    Column(
        "lifecycle_stage",
        QT_TRANSLATE_NOOP("CustomersPage", "Lifecycle stage"),
        lambda r: label(r.lifecycle_stage),
    ),
    Column("tier", QT_TRANSLATE_NOOP("CustomersPage", "Tier"), lambda r: label(r.tier)),
    Column("owner", QT_TRANSLATE_NOOP("CustomersPage", "Owner"), lambda r: r.owner or ""),
    Column("phone", QT_TRANSLATE_NOOP("CustomersPage", "Phone"), lambda r: display_phone(r.phone)),
    Column("email", QT_TRANSLATE_NOOP("CustomersPage", "E-mail"), lambda r: r.email or ""),
    Column("region", QT_TRANSLATE_NOOP("CustomersPage", "Region"), lambda r: r.region or ""),
    Column("industry", QT_TRANSLATE_NOOP("CustomersPage", "Industry"), lambda r: r.industry or ""),
    Column(
        "updated_at",
        QT_TRANSLATE_NOOP("CustomersPage", "Updated"),
        lambda r: format_datetime(r.updated_at),
        value=lambda r: r.updated_at,
    ),
)


def _without_mnemonic(text: str) -> str:
    """Menu text for a button: "&New customer" → "New customer", "新建客户(&N)" → "新建客户"."""
    return re.sub(r"\(&\w\)|&", "", text)


class CustomersPage(ListPage):
    complaint_requested = Signal(int)  # from a customer file: take down its complaint

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        bus: DataBus,
        undo: UndoHistory,
        settings: QSettings,
        parent=None,
    ):
        customers = services.customers
        model = WindowedTableModel(COLUMNS, customers.count, customers.page, worker, CONTEXT)
        super().__init__(
            model,
            settings,
            "customers",
            (1, Qt.SortOrder.AscendingOrder),
            services.list_export,
            parent,
        )
        self._services, self._customers, self._worker = services, customers, worker
        self._bus, self._undo = bus, undo
        self.forms: list[CustomerForm] = []
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zs / zhangsan), code, phone or e-mail")
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(lambda index: self.open_customer(index.row()))

        self.new_action = self._action(
            self.tr("&New customer"), QKeySequence.StandardKey.New, self.new_customer
        )
        self.open_action = self._action(
            self.tr("&Open"),
            QKeySequence(Qt.Key.Key_Return),
            self.open_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.delete_action = self._action(
            self.tr("Move to the &bin"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.bulk_edit_action = self._action(
            self.tr("&Edit selected…"), QKeySequence(), self.edit_selected
        )
        self.find_duplicates_action = self._action(
            self.tr("Find &duplicates…"), QKeySequence(), self.find_duplicates
        )
        self.restore_action = self._action(
            self.tr("&Restore"), QKeySequence(), self.restore_selected
        )
        self.view.addActions([self.open_action, self.bulk_edit_action, self.delete_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.bin_button = QPushButton(self.tr("Bin"))
        self.bin_button.setObjectName("binToggle")
        self.bin_button.setCheckable(True)
        self.bin_button.setToolTip(self.tr("Show the customers moved to the bin"))
        self.bin_button.toggled.connect(self._show_bin)
        self.restore_button = QPushButton(_without_mnemonic(self.restore_action.text()))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.hide()
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.purge_button.hide()
        new_button = QPushButton(_without_mnemonic(self.new_action.text()))
        new_button.clicked.connect(self.new_customer)
        self.bulk_edit_button = QPushButton(_without_mnemonic(self.bulk_edit_action.text()))
        self.bulk_edit_button.clicked.connect(self.edit_selected)
        self.duplicates_button = QPushButton(_without_mnemonic(self.find_duplicates_action.text()))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        buttons = (
            new_button,
            self.bulk_edit_button,
            self.duplicates_button,
            self.restore_button,
            self.purge_button,
            self.bin_button,
        )
        self.views = SavedViewsBar()
        self.views.chosen.connect(self.show_view)
        self.views.save_requested.connect(self.save_view)
        self.views.delete_requested.connect(self.delete_view)
        self.top_bar.addWidget(self.views)
        for button in buttons:
            self.top_bar.addWidget(button)
        self.filters = CustomerFilterBar()
        self.filters.changed.connect(
            lambda name, value: self.model.set_query(self.model.query().with_filter(name, value))
        )
        self.layout().insertWidget(1, self.filters)
        self.chosen_bar = QWidget()
        self.chosen_bar.setObjectName("chosenBar")
        self.chosen_label = QLabel()
        clear_chosen = QPushButton(self.tr("Show all"))
        clear_chosen.clicked.connect(lambda: self.show_chosen(None, ""))
        chosen_layout = QHBoxLayout(self.chosen_bar)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(self.chosen_label, 1)
        chosen_layout.addWidget(clear_chosen)
        self.chosen_bar.hide()
        self.layout().insertWidget(2, self.chosen_bar)
        self._owners: list[tuple[int, str]] = []
        worker.submit(customers.owners, self._owners_arrived, owner=self)
        worker.submit(lambda: services.views.views(VIEWS_KEY), self.views.set_views, owner=self)

    def show_chosen(self, ids: tuple[int, ...] | None, what: str) -> None:
        """Only these customers (chosen in an Analytics chart), or all again (None)."""
        self.model.set_query(self.model.query().with_filter("ids", ids))
        self.chosen_bar.setVisible(ids is not None)
        if ids is not None:
            self.chosen_label.setText(
                self.tr("Showing the %1 customers of “%2” from Analytics.")
                .replace("%1", f"{len(ids):,}")
                .replace("%2", what)
            )

    def _action(self, text, keys, slot, context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        return action

    # saved views

    def current_view(self, name: str) -> SavedView:
        columns, sort_key, descending = self.column_layout()
        return SavedView(
            name,
            search=self.search.text().strip(),
            filters=tuple(self.filters.values().items()),
            columns=columns,
            sort_key=sort_key,
            descending=descending,
        )

    def show_view(self, view: SavedView) -> None:
        """Search, filters, columns and sort as saved; one query for all of them."""
        self.search.blockSignals(True)
        self.search.setText(view.search)
        self.search.blockSignals(False)
        self.filters.show_values(dict(view.filters))
        self.show_column_layout(view.columns, view.sort_key, view.descending)
        query = self.model.query()
        self.model.set_query(
            replace(
                query,
                search=view.search,
                filters=tuple(self.filters.values().items()),
                sort_key=view.sort_key or query.sort_key,
                descending=view.descending,
            )
        )

    def save_view(self, name: str) -> None:
        view, views = self.current_view(name), self._services.views

        def saved(stored) -> None:
            self.views.set_views(stored, view.name)

        self._worker.submit(lambda: views.save(VIEWS_KEY, view), saved, owner=self)

    def delete_view(self, name: str) -> None:
        views = self._services.views
        self._worker.submit(lambda: views.delete(VIEWS_KEY, name), self.views.set_views, owner=self)

    def _owners_arrived(self, users) -> None:
        self._owners = [(user.id, user.display_name) for user in users]
        self.filters.set_owners(users)

    def export_title(self) -> str:
        return self.tr("Customers")

    def count_text(self, count: int) -> str:
        text = self.tr("In the bin: %1") if self.model.query().in_bin else self.tr("Customers: %1")
        return text.replace("%1", format_count(count))

    def empty_hint(self, narrowed: bool) -> str:
        if self.model.query().in_bin:
            return self.tr("The bin is empty.")
        if narrowed:
            return super().empty_hint(narrowed)
        return self.tr(
            "No customer files yet. Press Ctrl+N to make one, or bring in a spreadsheet "
            "with File ▸ Import (Ctrl+I) or by dropping it on this window."
        )

    # commands

    def new_customer(self) -> CustomerForm:
        return self.open_file(None)

    def open_customer(self, row: int) -> CustomerForm | None:
        customer_id = self.model.row_id(row)
        return None if customer_id is None else self.open_file(customer_id)

    def open_selected(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.open_customer(current.row())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.model.query().in_bin:
            self._worker.submit(
                lambda: self._customers.delete(ids), self._published(self._undo.moved_to_bin, ids)
            )

    def edit_selected(self) -> BulkEditDialog | None:
        """Change owner, status, tier override or tags of every selected file at once."""
        ids = self.selected_ids()
        if not ids or self.model.query().in_bin:
            return None
        dialog = BulkEditDialog(len(ids), self._owners, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._bulk_edit(ids, dialog.edit()))
        dialog.open()
        return dialog

    def _bulk_edit(self, ids: list[int], edit: BulkEdit) -> None:
        if not edit:
            return
        what = self.tr("Edit %n customer(s)", "", len(ids))

        def done(outcome) -> None:
            self._bus.publish(outcome.changes)
            self._undo.edited(what, outcome.value)

        self._worker.submit(lambda: self._customers.bulk_edit(ids, edit), done)

    def find_duplicates(self):
        """Look for likely duplicates over every file (with progress and Cancel), then
        list them for merging."""
        merges = self._services.merges
        return run_with_progress(
            self,
            self._worker,
            self.tr("Looking for duplicates…"),
            lambda progress, cancelled: merges.find_duplicates(progress, cancelled),
            self._show_duplicates,
            lambda error: QMessageBox.warning(self, self.tr("Find duplicates"), error_text(error)),
        )

    def _show_duplicates(self, matches) -> DuplicatesDialog:
        dialog = DuplicatesDialog(
            matches,
            self._customers,
            self._services.merges,
            self._worker,
            self._bus,
            self._undo,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_file)
        self.duplicates_dialog = dialog
        dialog.show()
        return dialog

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.model.query().in_bin:
            self._worker.submit(
                lambda: self._customers.restore(ids), self._published(self._undo.restored, ids)
            )

    def _published(self, remember: Callable[[list[int]], None], ids: list[int]):
        """Once a change is made: tell every view, and keep it for undo."""

        def done(changes: ChangeSet) -> None:
            self._bus.publish(changes)
            remember(ids)

        return done

    def close_forms(self) -> bool:
        """Close every open customer window; False if the user kept one open."""
        return all(form.close() for form in list(self.forms))

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.model.query().in_bin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %1 customer files for good, with their contacts, activities, "
                "sales and complaints? Their personal data is erased from the change "
                "history too. This cannot be undone."
            ).replace("%1", str(len(ids))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._worker.submit(lambda: self._customers.purge(ids), self._bus.publish)

    def _show_bin(self, in_bin: bool) -> None:
        self.restore_button.setVisible(in_bin)
        self.bulk_edit_button.setHidden(in_bin)
        self.duplicates_button.setHidden(in_bin)
        self.purge_button.setVisible(in_bin)
        self.model.set_query(replace(self.model.query(), in_bin=in_bin))

    def open_file(self, customer_id: int | None) -> CustomerForm:
        for form in self.forms:  # one window per file
            if customer_id is not None and form.customer_id() == customer_id:
                form.raise_()
                form.activateWindow()
                return form
        form = CustomerForm(
            self._services,
            self._worker,
            self._bus,
            self._undo,
            customer_id,
            self,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open_requested.connect(self.open_file)
        form.complaint_requested.connect(self.complaint_requested)
        form.destroyed.connect(lambda: self.forms.remove(form) if form in self.forms else None)
        self.forms.append(form)
        form.show()
        return form
