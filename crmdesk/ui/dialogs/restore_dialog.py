"""File ▸ Restore from Backup: the database's backups, newest first; the chosen one is
put back in place of the database, after a backup of what is there now."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.app_services import Services
from crmdesk.services.backups import BackupFile
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.messages import error_text
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.widgets.hinted_views import record_table
from crmdesk.ui.worker import DbWorker

CONTEXT = "RestoreDialog"
REASONS = {
    "close": QT_TRANSLATE_NOOP("RestoreDialog", "On closing"),
    "periodic": QT_TRANSLATE_NOOP("RestoreDialog", "While working"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Taken by hand"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "damaged": QT_TRANSLATE_NOOP("RestoreDialog", "Damaged file set aside"),
}


def reason_text(reason: str) -> str:
    key = "before-upgrade" if reason.startswith("before-upgrade") else reason
    return QCoreApplication.translate(CONTEXT, REASONS[key]) if key in REASONS else reason


COLUMNS = (
    RecordColumn(
        QT_TRANSLATE_NOOP("RestoreDialog", "Taken"), lambda b: format_datetime(b.taken_at)
    ),
    RecordColumn(QT_TRANSLATE_NOOP("RestoreDialog", "Why"), lambda b: reason_text(b.reason)),
    RecordColumn(
        QT_TRANSLATE_NOOP("RestoreDialog", "Size"), lambda b: f"{b.size / 2**20:,.1f} MB", True
    ),
)


class RestoreDialog(QDialog):
    restored = Signal(object)  # the BackupFile kept of what was there before

    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self.setWindowTitle(self.tr("Restore from Backup"))
        intro = QLabel(
            self.tr(
                "Backups are taken on closing, every 30 minutes while you work, and before "
                "every import, restore and upgrade; each is checked when taken. Restoring "
                "puts the chosen one in place of the database; what is there now is backed "
                "up first, so a restore can be undone by restoring that."
            )
        )
        intro.setWordWrap(True)
        self.model = RecordsModel(COLUMNS, CONTEXT, self)
        self.view = record_table(self.model, "backups")
        self.view.doubleClicked.connect(lambda _index: self.ask_restore())
        folder = services.backups.folder
        self.view.set_empty_hint(
            self.tr("No backups yet. The first is taken when crmdesk closes.")
            if folder
            else self.tr("A server database is backed up on the server, not here.")
        )
        where = QLabel(self.tr("Folder: %1").replace("%1", str(folder or "—")))
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(640, 420)
        worker.submit(services.backups.backups, self._arrived, owner=self)

    def _arrived(self, backups: list[BackupFile]) -> None:
        self.model.set_records(backups)
        if backups:
            self.view.selectRow(0)

    def chosen(self) -> BackupFile | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def ask_restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from Backup"),
            self.tr(
                "Put the backup taken %1 in place of the database? Everything changed "
                "since then is replaced (and kept in a backup of its own)."
            ).replace("%1", format_datetime(backup.taken_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup)

    def restore(self, backup: BackupFile) -> None:
        def done(kept: BackupFile) -> None:
            self.restored.emit(kept)
            self.accept()

        def refused(error: Exception) -> None:
            self.restore_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Not restored"), error_text(error))

        self.restore_button.setEnabled(False)
        self._worker.submit(lambda: self._services.backups.restore(backup.path), done, refused)
