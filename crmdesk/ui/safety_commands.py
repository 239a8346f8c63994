"""Keeping the database safe from the window: File ▸ Restore from Backup, the periodic
backups, and what the start found about the file (another crmdesk on it, a risky
place, damage) said to the user, with a restore offered for damage."""

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from crmdesk.services.app_services import Services
from crmdesk.services.database_health import RiskKind
from crmdesk.ui.dialogs.restore_dialog import RestoreDialog
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker

BACKUP_CHECK_MS = 5 * 60 * 1000


class SafetyCommands(QObject):
    def __init__(self, services: Services, worker: DbWorker, window: QMainWindow):
        super().__init__(window)
        self._services, self._worker, self._window = services, worker, window

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._services, self._worker, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, kept) -> None:
        for page in self._window.pages.values():
            page.widget.refresh()
        self._window.statusBar().showMessage(
            self.tr("Restored. What was there before is kept in %1").replace("%1", str(kept.path))
        )

    def start_health_checks(self) -> None:
        """What the start found about the file: said in the status bar or a warning; a
        full integrity check on the DB thread when due (weekly, after a crash)."""
        health = self._services.health
        if health.state.open_elsewhere:
            self._window.statusBar().showMessage(
                self.tr("This database is also open in another crmdesk; changes are shared.")
            )
        risk = health.risky_location()
        if risk:
            where = (
                self.tr("inside the sync folder %1")
                if risk.kind is RiskKind.SYNC_FOLDER
                else self.tr("on a network share (%1)")
            ).replace("%1", risk.where)
            QMessageBox.warning(
                self._window,
                self.tr("Risky place for a database"),
                self.tr(
                    "The database %1 is %2. Sync programs and network shares can damage a "
                    "database that is being written or bring back an old copy. Move it to "
                    "a local folder (Settings ▸ Database), or use a server for a team."
                )
                .replace("%1", self._services.database_name)
                .replace("%2", where),
            )
        self._worker.submit(health.check_at_start, self._checked)

    def _checked(self, check) -> None:
        if check is None or not check.problems:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("The database is damaged"),
            self.tr(
                "The integrity check found problems: %1\n\nRestore it from a backup now?"
            ).replace("%1", "; ".join(check.problems[:3])),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_restore()

    def start_backups(self) -> QTimer:
        """Every few minutes, a backup if data changed and the last is 30 minutes old —
        on a thread of its own: at 100 000 customers one takes ~7.5 s, which the lists
        must not wait for."""
        self._backup_worker = DbWorker(self)
        timer = QTimer(self, interval=BACKUP_CHECK_MS)
        timer.timeout.connect(self.back_up_if_due)
        timer.start()
        return timer

    def back_up_if_due(self) -> None:
        def taken(backup) -> None:
            if backup is not None:
                self._window.statusBar().showMessage(
                    self.tr("Backed up to %1").replace("%1", str(backup.path)), 10_000
                )

        self._backup_worker.submit(self._services.backups.take_if_due, taken, self._backup_failed)

    def _backup_failed(self, error: Exception) -> None:
        self._window.statusBar().showMessage(
            self.tr("The backup failed: %1").replace("%1", error_text(error))
        )
