"""The main window: navigation between pages, menus, status bar. Pages do the work."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from crmdesk import __version__
from crmdesk.core.access import Permission
from crmdesk.core.changes import Entity
from crmdesk.services.app_services import Services
from crmdesk.services.shared_settings import SharedSettings
from crmdesk.settings import UserSettings, save_settings
from crmdesk.ui.access_commands import AccessCommands
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.demo_commands import DemoCommands
from crmdesk.ui.dialogs.guide_dialog import GuideDialog
from crmdesk.ui.dialogs.quick_log_dialog import QuickLogDialog
from crmdesk.ui.dialogs.settings_dialog import SettingsDialog
from crmdesk.ui.icons import icon
from crmdesk.ui.import_commands import ImportCommands, dropped_sheet
from crmdesk.ui.messages import error_text
from crmdesk.ui.pages.activities_page import ActivitiesPage
from crmdesk.ui.pages.analytics_page import AnalyticsPage
from crmdesk.ui.pages.complaints_page import ComplaintsPage
from crmdesk.ui.pages.customers_page import CustomersPage
from crmdesk.ui.pages.list_page import ListPage
from crmdesk.ui.pages.pipeline_page import PipelinePage
from crmdesk.ui.pages.workbench_page import WorkbenchPage
from crmdesk.ui.reminders import FollowUpReminders
from crmdesk.ui.safety_commands import SafetyCommands
from crmdesk.ui.theme import apply_scheme
from crmdesk.ui.undo import UndoHistory
from crmdesk.ui.wizards.complaint_wizard import open_complaint_wizard
from crmdesk.ui.worker import DbWorker

DEFAULT_PAGE = "customers"


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    widget: QWidget
    refresh_on: frozenset[Entity] = frozenset()


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        bus: DataBus,
        settings: QSettings,
        user_settings: UserSettings,
    ):
        super().__init__()
        self.services, self.worker, self.bus = services, worker, bus
        self._settings, self._user_settings = settings, user_settings
        self.setWindowTitle("crmdesk")
        self.setWindowIcon(icon("crmdesk"))

        self.undo = UndoHistory(services.customers, services.merges, bus, self)
        self.undo.refused.connect(self._show_error)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.imports = ImportCommands(services, worker, bus, self)
        self.demo = DemoCommands(services, worker, bus, self, self.imports, self.show_guide)
        self.safety = SafetyCommands(services, worker, self)
        self.access = services.context.access
        self.access_commands = AccessCommands(services, worker, self)
        self.pages = self._build_pages()
        self._page_actions: dict[str, QAction] = {}
        self._build_navigation()
        self._build_menus()
        self.access_commands.grey_out(self)
        self._database_label = QLabel(self.tr("Database: %1").replace("%1", services.database_name))
        self._database_label.setObjectName("databasePath")
        self.statusBar().addPermanentWidget(self._database_label)

        self.setAcceptDrops(True)
        bus.changed.connect(self._refresh_pages)
        worker.failed.connect(self._show_error)
        self._restore_layout()

    # pages

    def _build_pages(self) -> dict[str, PageEntry]:
        entries = [
            PageEntry(
                "workbench",
                self.tr("Workbench"),
                WorkbenchPage(self.services, self.worker),
                frozenset(
                    {
                        Entity.ACTIVITY,
                        Entity.CUSTOMER,
                        Entity.CONTACT,
                        Entity.TRANSACTION,
                        Entity.COMPLAINT,
                        Entity.OPPORTUNITY,
                    }
                ),
            ),
            PageEntry(
                "customers",
                self.tr("Customers"),
                CustomersPage(self.services, self.worker, self.bus, self.undo, self._settings),
                frozenset({Entity.CUSTOMER}),
            ),
            PageEntry(
                "activities",
                self.tr("Activities"),
                ActivitiesPage(self.services, self.worker, self._settings),
                frozenset({Entity.ACTIVITY, Entity.CUSTOMER}),
            ),
            PageEntry(
                "complaints",
                self.tr("Complaints"),
                ComplaintsPage(self.services, self.worker, self._settings),
                frozenset({Entity.COMPLAINT, Entity.CUSTOMER}),
            ),
            PageEntry(
                "pipeline",
                self.tr("Pipeline"),
                PipelinePage(self.services, self.worker, self._settings),
                frozenset({Entity.OPPORTUNITY, Entity.CUSTOMER}),
            ),
        ]
        if self.access.allows(Permission.ANALYTICS):
            entries.append(
                PageEntry(
                    "analytics",
                    self.tr("Analytics"),
                    AnalyticsPage(self.services, self.worker),
                    frozenset({Entity.TRANSACTION}),
                )
            )
        for entry in entries:
            entry.widget.setObjectName(f"page_{entry.key}")
            self.stack.addWidget(entry.widget)
            if isinstance(entry.widget, ListPage):
                entry.widget.exported.connect(self._exported)
                entry.widget.export_failed.connect(self._show_error)
        workbench = entries[0].widget
        workbench.open_customer.connect(lambda customer_id: self.open_customer(customer_id))
        workbench.open_complaint.connect(lambda c: self.open_complaint(complaint_id=c))
        workbench.log_call.connect(self.open_quick_log)
        workbench.changed.connect(self.bus.publish)
        pages = {entry.key: entry for entry in entries}
        complaints = pages["complaints"].widget
        complaints.open_complaint.connect(lambda c: self.open_complaint(complaint_id=c))
        complaints.new_complaint.connect(self.open_quick_log)
        complaints.changed.connect(self.bus.publish)
        pages["pipeline"].widget.changed.connect(self.bus.publish)
        if "analytics" in pages:
            analytics = pages["analytics"].widget
            analytics.show_customers.connect(self.show_chosen_customers)
            analytics.changed.connect(self.bus.publish)
            analytics.open_customer.connect(lambda customer_id: self.open_customer(customer_id))
        pages["customers"].widget.complaint_requested.connect(
            lambda c: self.open_complaint(customer_id=c)
        )
        return pages

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, entry in self.pages.items() if entry.widget is current)

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key].widget)
        self._page_actions[key].setChecked(True)

    def _refresh_pages(self, changes) -> None:
        for entry in self.pages.values():
            if any(changes.touches(entity) for entity in entry.refresh_on):
                entry.widget.refresh()

    # navigation and menus

    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        group = QActionGroup(self)
        for number, (key, entry) in enumerate(self.pages.items(), start=1):
            action = QAction(icon(key), entry.title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{entry.title} ({keys})")
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            group.addAction(action)
            bar.addAction(action)
            self._page_actions[key] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)

    def _build_menus(self) -> None:
        def add(menu, text: str, slot: Callable, shortcut=None, name: str = "") -> QAction:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(name)
            return action

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        customers = self.pages["customers"].widget
        self.new_customer_action = customers.new_action
        file_menu.addAction(customers.new_action)
        file_menu.addSeparator()
        self.import_action = add(
            file_menu, self.tr("&Import…"), lambda: self.imports.open_import(), "Ctrl+I", "import"
        )
        self.export_action = add(
            file_menu, self.tr("&Export List…"), self._export_current, "Ctrl+E", "exportList"
        )
        self.quick_log_action = add(
            file_menu, self.tr("&Log a Call…"), lambda: self.open_quick_log(), "Ctrl+L", "quickLog"
        )
        # From anywhere: a customer form or dialog in front must not swallow it.
        self.quick_log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.undo_import_action = add(
            file_menu,
            self.tr("U&ndo Last Import…"),
            self.imports.undo_last_import,
            name="undoImport",
        )
        file_menu.addSeparator()
        self.restore_action = add(
            file_menu, self.tr("&Restore from Backup…"), self.safety.open_restore, name="restore"
        )
        self.demo_action = add(
            file_menu, self.tr("Load &demo data…"), self.demo.offer, name="loadDemo"
        )
        file_menu.addSeparator()
        self.settings_action = add(
            file_menu,
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        if self.settings_action.shortcut().isEmpty():  # no platform binding (e.g. Windows)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.access_commands.add_to_file_menu(file_menu, before=self.settings_action)
        file_menu.addSeparator()
        self.quit_action = add(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = add(
            edit_menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "find"
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self._page_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.refresh_action = add(
            view_menu,
            self.tr("&Refresh"),
            self._reload_current,
            QKeySequence.StandardKey.Refresh,
            "refresh",
        )
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence("F5"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = add(
            help_menu,
            self.tr("&Getting Started"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            "guide",
        )
        add(help_menu, self.tr("&About crmdesk"), self.show_about, name="about")

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            page.focus_search()

    def _exported(self, path: Path, written: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n row(s) written to %1", "", written).replace("%1", str(path)), 15_000
        )

    def _export_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ListPage):
            page.ask_export()

    def _reload_current(self) -> None:
        self.stack.currentWidget().refresh()

    # commands

    def open_settings(self) -> None:
        """The dialog opens once the database's own settings have arrived."""
        self.worker.submit(self.services.shared_settings.load, self._ask_settings)

    def _ask_settings(self, shared: SharedSettings) -> None:
        dialog = SettingsDialog(self._user_settings, shared, self)
        dialog.database_box.setEnabled(self.access.allows(Permission.SHARED_SETTINGS))
        if not dialog.exec():
            return
        self._user_settings = dialog.chosen(self._user_settings)
        save_settings(self._user_settings)
        apply_scheme(QApplication.instance(), self._user_settings.scheme)
        chosen = dialog.chosen_shared()
        if chosen != shared:
            store = self.services.shared_settings
            self.worker.submit(
                lambda: store.save(chosen, seen=shared),
                lambda _: self._reload_current(),
                lambda error: self._show_error(error_text(error)),
            )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About crmdesk"), self.about_text())

    def about_text(self) -> str:
        return (
            self.tr("crmdesk %1\nDesktop customer-relationship manager.\n\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.services.database_name)
        )

    def show_guide(self) -> GuideDialog:
        guide = GuideDialog(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        return guide

    def show_chosen_customers(self, ids: tuple[int, ...], what: str) -> None:
        self.pages["customers"].widget.show_chosen(ids, what)
        self.show_page("customers")

    def open_customer(self, customer_id: int):
        return self.pages["customers"].widget.open_file(customer_id)

    def open_quick_log(
        self, customer_id: int | None = None, completes: int | None = None
    ) -> QuickLogDialog:
        """The quick call log; from a due follow-up, with its customer chosen and the
        follow-up to be marked done."""
        dialog = QuickLogDialog(self.services, self.worker, self, customer_id, completes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self._logged)
        dialog.complaint_requested.connect(
            lambda customer_id, words: self.open_complaint(customer_id=customer_id, words=words)
        )
        dialog.open()
        return dialog

    def open_complaint(self, **which) -> None:
        """The complaint wizard: on a complaint (complaint_id) to carry on with it, or
        on a new one of customer_id, perhaps with the customer's words."""
        open_complaint_wizard(self.services, self.worker, self, self.bus.publish, **which)

    def _logged(self, outcome) -> None:
        self.bus.publish(outcome.changes)
        self.statusBar().showMessage(
            self.tr("Logged: %1").replace("%1", outcome.value.subject), 10_000
        )

    def start_reminders(self) -> FollowUpReminders:
        self.reminders = FollowUpReminders(self.services.follow_ups, self.worker, self)
        self.reminders.shown.connect(
            lambda title, text: self.statusBar().showMessage(f"{title} — {text}", 30_000)
        )
        self.reminders.start()
        return self.reminders

    # drag and drop: a spreadsheet dropped on the window opens the import wizard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        may_import = self.access.allows(Permission.IMPORT)
        if may_import and dropped_sheet(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_sheet(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.imports.open_import(path)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("crmdesk"), message)

    # layout memory

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        page = str(self._settings.value("window/page", DEFAULT_PAGE))
        self.show_page(page if page in self.pages else DEFAULT_PAGE)

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/page", self.current_page_key())
        for entry in self.pages.values():
            if isinstance(entry.widget, ListPage):
                entry.widget.save_layout()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.pages["customers"].widget.close_forms():
            event.ignore()  # the user chose to keep editing
            return
        self.save_layout()
        self.worker.wait_until_idle()
        super().closeEvent(event)
