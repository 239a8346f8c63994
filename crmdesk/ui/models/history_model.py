"""The audit trail of one record: who changed which field when, old → new."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.core.enums import AuditAction
from crmdesk.core.history import AuditRecord
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel

CONTEXT = "HistoryModel"
ACTIONS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("HistoryModel", "created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("HistoryModel", "changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("HistoryModel", "moved to the bin"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("HistoryModel", "restored"),
    AuditAction.PURGE: QT_TRANSLATE_NOOP("HistoryModel", "deleted for good"),
    AuditAction.MERGE: QT_TRANSLATE_NOOP("HistoryModel", "merged"),
    AuditAction.UNMERGE: QT_TRANSLATE_NOOP("HistoryModel", "merge undone"),
}


class HistoryModel(RecordsModel[AuditRecord]):
    def __init__(self, field_label: Callable[[str], str], parent=None):
        columns = (
            RecordColumn(
                QT_TRANSLATE_NOOP("HistoryModel", "When"), lambda r: format_datetime(r.at)
            ),
            RecordColumn(QT_TRANSLATE_NOOP("HistoryModel", "Who"), lambda r: r.actor),
            RecordColumn(
                QT_TRANSLATE_NOOP("HistoryModel", "What"),
                lambda r: QCoreApplication.translate(CONTEXT, ACTIONS[r.action]),
            ),
            RecordColumn(
                QT_TRANSLATE_NOOP("HistoryModel", "Field"),
                lambda r: field_label(r.field) if r.field else "",
            ),
            RecordColumn(QT_TRANSLATE_NOOP("HistoryModel", "Before"), lambda r: r.old_value or ""),
            RecordColumn(QT_TRANSLATE_NOOP("HistoryModel", "After"), lambda r: r.new_value or ""),
        )
        super().__init__(columns, CONTEXT, parent)
