"""The audit trail of one record: who changed which field when, old → new."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from crmdesk.core.enums import AuditAction
from crmdesk.core.history import AuditRecord
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "HistoryModel"
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "What"),
    QT_TRANSLATE_NOOP("HistoryModel", "Field"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryModel", "After"),
)
ACTIONS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("HistoryModel", "created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("HistoryModel", "changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("HistoryModel", "moved to the bin"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("HistoryModel", "restored"),
    AuditAction.PURGE: QT_TRANSLATE_NOOP("HistoryModel", "deleted for good"),
    AuditAction.MERGE: QT_TRANSLATE_NOOP("HistoryModel", "merged"),
    AuditAction.UNMERGE: QT_TRANSLATE_NOOP("HistoryModel", "merge undone"),
}


class HistoryModel(QAbstractTableModel):
    def __init__(self, field_label: Callable[[str], str], parent=None):
        super().__init__(parent)
        self._records: list[AuditRecord] = []
        self._field_label = field_label

    def set_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> AuditRecord:
        return self._records[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        record = self._records[index.row()]
        column = index.column()
        if column == 0:
            return format_datetime(record.at)
        if column == 1:
            return record.actor
        if column == 2:
            return QCoreApplication.translate(CONTEXT, ACTIONS[record.action])
        if column == 3:
            return self._field_label(record.field) if record.field else ""
        return (record.old_value if column == 4 else record.new_value) or ""
