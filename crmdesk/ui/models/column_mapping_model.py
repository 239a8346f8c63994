"""Which field each column of an imported sheet fills: one row per column, showing its
header and a few example cells; the field is editable (with FieldDelegate)."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from crmdesk.io.mapping import ColumnMapping
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import Field
from crmdesk.ui.models.windowed_table_model import ROOT, Index

COLUMN, EXAMPLES, FIELD = range(3)
_TITLES = (
    QT_TRANSLATE_NOOP("ColumnMappingModel", "Column"),
    QT_TRANSLATE_NOOP("ColumnMappingModel", "Examples"),
    QT_TRANSLATE_NOOP("ColumnMappingModel", "Imported as"),
)
KEY_ROLE = Qt.ItemDataRole.UserRole
EXAMPLE_COUNT = 3
EXAMPLE_ROWS = 200


class ColumnMappingModel(QAbstractTableModel):
    mapping_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._mapping = ColumnMapping(0, [])
        self._fields: tuple[Field, ...] = ()
        self._examples: list[str] = []
        self._language = "en"

    def set_mapping(
        self,
        mapping: ColumnMapping,
        rows: list[list[Value]],
        fields: tuple[Field, ...],
        language: str,
    ) -> None:
        self.beginResetModel()
        self._mapping, self._fields, self._language = mapping, fields, language
        data = rows[mapping.header_row + 1 :]
        self._examples = [_examples(data, column) for column in range(len(mapping.headers))]
        self.endResetModel()
        self.mapping_changed.emit()

    def mapping(self) -> ColumnMapping:
        return self._mapping

    def field_choices(self) -> list[tuple[str, str]]:
        """(label, key) for the field column's editor; "" leaves a column out."""
        skip = QCoreApplication.translate("ColumnMappingModel", "(not imported)")
        return [(skip, "")] + [(f.header(self._language), f.key) for f in self._fields]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._mapping.headers)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ColumnMappingModel", _TITLES[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        key = self._mapping.columns.get(row, "")
        if role == KEY_ROLE:
            return key
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == COLUMN:
            header = self._mapping.headers[row]
            return header or QCoreApplication.translate("ColumnMappingModel", "(no header)")
        if index.column() == EXAMPLES:
            return self._examples[row]
        return dict((k, label) for label, k in self.field_choices())[key]

    def setData(self, index: Index, value: Any, role: int = KEY_ROLE) -> bool:
        if index.column() != FIELD or role not in (KEY_ROLE, Qt.ItemDataRole.EditRole):
            return False
        columns = {c: k for c, k in self._mapping.columns.items() if c != index.row()}
        if value:
            # A field fills one column: taking it for this column frees the other.
            columns = {c: k for c, k in columns.items() if k != value}
            columns[index.row()] = value
        self.beginResetModel()
        self._mapping.columns = dict(sorted(columns.items()))
        self.endResetModel()
        self.mapping_changed.emit()
        return True


def _examples(rows: list[list[Value]], column: int) -> str:
    """The first few filled cells among the first rows (runs on the GUI thread: a mostly
    empty column of a 100 000-row sheet must not be scanned to the end)."""
    found = []
    for row in rows[:EXAMPLE_ROWS]:
        if column < len(row) and row[column] is not None:
            value = row[column]
            whole = isinstance(value, float) and value.is_integer()
            found.append(str(int(value)) if whole else str(value))
            if len(found) == EXAMPLE_COUNT:
                break
    return " · ".join(found)


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the fields for the "Imported as" column."""

    def createEditor(self, parent, option, index: QModelIndex) -> QComboBox:
        editor = QComboBox(parent)
        for label, key in index.model().field_choices():
            editor.addItem(label, key)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(KEY_ROLE)), 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), KEY_ROLE)
