"""The first run and File ▸ Load Demo Data: on an empty database a welcome offers demo
data, an import or an empty start; demo data is added with progress and Cancel."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from crmdesk.core.access import Permission
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.welcome_dialog import WelcomeDialog
from crmdesk.ui.import_commands import ImportCommands
from crmdesk.ui.long_job import run_with_progress
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker

DEMO_CUSTOMERS = 2000


class DemoCommands(QObject):
    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        bus: DataBus,
        window: QMainWindow,
        imports: ImportCommands,
        show_guide: Callable[[], object],
    ):
        super().__init__(window)
        self._services, self._worker, self._bus, self._window = services, worker, bus, window
        self._imports, self._show_guide = imports, show_guide

    def offer_if_empty(self) -> None:
        """On an empty database, welcome the user: demo data, an import, or empty
        (a user who may not import sees an empty list, not a welcome to fill it)."""
        if not self._services.context.access.allows(Permission.IMPORT):
            return
        self._worker.submit(
            lambda: self._services.customers.count(ListQuery()),
            lambda count: count == 0 and self.welcome(),
        )

    def offer(self) -> None:
        """File ▸ Load demo data: asked first, since the database may hold real files."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Demo data"),
            self.tr(
                "Add %1 demo customers with contacts, several years of activities and "
                "sales, to try crmdesk out? Your own lists can be imported later."
            ).replace("%1", str(DEMO_CUSTOMERS)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load()

    def welcome(self) -> WelcomeDialog:
        dialog = WelcomeDialog(DEMO_CUSTOMERS, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.demo_chosen.connect(self.load)
        dialog.import_chosen.connect(lambda: self._imports.open_import())
        dialog.guide_chosen.connect(self._show_guide)
        dialog.open()
        return dialog

    def load(self):
        demo = self._services.demo
        return run_with_progress(
            self._window,
            self._worker,
            self.tr("Adding demo data…"),
            lambda progress, cancelled: demo.populate(DEMO_CUSTOMERS, 1, progress, cancelled),
            lambda outcome: self._bus.publish(outcome.changes),
            lambda error: QMessageBox.warning(
                self._window, self.tr("Demo data"), error_text(error)
            ),
        )
