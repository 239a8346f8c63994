"""File ▸ Import and Undo Last Import: the import wizard (also for a spreadsheet dropped
on the window), and undoing the last import after saying what it will take back."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from crmdesk.services.app_services import Services
from crmdesk.ui.data_bus import DataBus
from crmdesk.ui.dialogs.import_wizard import IMPORTABLE_SUFFIXES, ImportWizard
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker


class ImportCommands(QObject):
    def __init__(self, services: Services, worker: DbWorker, bus: DataBus, window: QMainWindow):
        super().__init__(window)
        self._services, self._worker, self._bus, self._window = services, worker, bus, window

    def open_import(self, path: Path | None = None) -> ImportWizard:
        """The import wizard, window-modal but not blocking (dropping a file opens it
        with the file chosen)."""
        wizard = ImportWizard(self._services, self._worker, self._window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        if path is not None:
            wizard.open_file(path)
        wizard.open()
        return wizard

    def _imported(self, outcome) -> None:
        self._bus.publish(outcome.changes)
        # New customers and sales move customers between tiers: recompute them.
        self._worker.submit(
            self._services.analytics.apply_tiers, lambda tiers: self._bus.publish(tiers.changes)
        )
        result = outcome.value
        self._window.statusBar().showMessage(
            self.tr("Imported: %1 added, %2 updated. Undo it with File ▸ Undo Last Import.")
            .replace("%1", str(len(result.created) + len(result.created_customers)))
            .replace("%2", str(len(result.updated))),
            15_000,
        )

    def undo_last_import(self) -> None:
        self._worker.submit(self._services.imports.last, self._confirm_undo_import)

    def _confirm_undo_import(self, last) -> None:
        window = self._window
        if last is None:
            QMessageBox.information(
                window, self.tr("Undo Last Import"), self.tr("There is no import to undo.")
            )
            return
        question = (
            self.tr(
                "Undo the import of %1 made by %2 at %3? %4 rows it added are removed "
                "and %5 rows it changed get their old values back."
            )
            .replace("%1", last.file_name or last.kind.value)
            .replace("%2", last.actor)
            .replace("%3", format_datetime(last.created_at))
            .replace("%4", str(last.created))
            .replace("%5", str(last.updated))
        )
        if (
            QMessageBox.question(window, self.tr("Undo Last Import"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._worker.submit(
            self._services.imports.undo_last,
            lambda changes: (
                self._bus.publish(changes),
                window.statusBar().showMessage(self.tr("The last import was undone."), 10_000),
            ),
            lambda error: QMessageBox.warning(window, self.tr("Not undone"), error_text(error)),
        )


def dropped_sheet(data: QMimeData) -> Path | None:
    """The one local spreadsheet or CSV file being dropped, if that is what it is."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE_SUFFIXES else None
