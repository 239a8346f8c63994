"""The import preview: one line per data row of the sheet (its row number, what the
import will do with it, and which fields change or what is wrong), coloured by result."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from crmdesk.core.imports import PlannedRow, RowStatus
from crmdesk.core.messages import fill
from crmdesk.ui.messages import shown
from crmdesk.ui.models.records_model import RecordColumn, RecordsModel
from crmdesk.ui.theme import tint

STATUS_TEXT = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportWizard", "New"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ImportWizard", "Unchanged"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportWizard", "Error"),
}
# The Details column's punctuation: "、", "；" and "：" in Chinese.
_FIELD_SEPARATOR = QT_TRANSLATE_NOOP("ImportWizard", ", ")
_PROBLEM_SEPARATOR = QT_TRANSLATE_NOOP("ImportWizard", "; ")
_FIELD_PROBLEM = QT_TRANSLATE_NOOP("ImportWizard", "%1: %2")
_STATUS_COLOUR = {RowStatus.NEW: "#e6f4ea", RowStatus.UPDATE: "#e8f0fe", RowStatus.ERROR: "#fce8e6"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class PreviewModel(RecordsModel[PlannedRow]):
    """One line per data row; details name fields by their headers in the interface's
    language."""

    def __init__(self, parent=None):
        super().__init__(
            [
                RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Row"), lambda r: str(r.line), True),
                RecordColumn(
                    QT_TRANSLATE_NOOP("ImportWizard", "Result"),
                    lambda r: tr(STATUS_TEXT[r.status]),
                ),
                RecordColumn(QT_TRANSLATE_NOOP("ImportWizard", "Details"), self._details),
            ],
            "ImportWizard",
            parent,
        )
        self.field_names: dict[str, str] = {}

    def set_fields(self, fields, language: str) -> None:
        self.field_names = {field.key: field.header(language) for field in fields}

    def _details(self, row: PlannedRow) -> str:
        name = self.field_names.get
        if row.status is RowStatus.UPDATE:
            return tr(_FIELD_SEPARATOR).join(name(key, key) for key in row.changes)
        return tr(_PROBLEM_SEPARATOR).join(
            fill(tr(_FIELD_PROBLEM), [name(p.field, p.field), shown(p.message)])
            if p.field
            else shown(p.message)
            for p in row.problems
        )

    def role_data(self, record: PlannedRow, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and record.status in _STATUS_COLOUR:
            return tint(_STATUS_COLOUR[record.status])
        if role == Qt.ItemDataRole.UserRole:
            return record.status.value
        return None
