"""A read-only table over a short list of plain records held in memory: a file's
contacts, sales and history, the duplicate pairs. Long lists use WindowedTableModel."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt

from crmdesk.ui.models.windowed_table_model import ROOT, Index

T = TypeVar("T")


@dataclass(frozen=True)
class RecordColumn(Generic[T]):
    title: str  # source text, translated in the model's context
    text: Callable[[T], str]
    align_right: bool = False


class RecordsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[RecordColumn[T]], context: str, parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._records[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.role_data(self._records[index.row()], role)

    def role_data(self, record: T, role: int) -> Any:
        """Other roles (fonts, colours) for a record; none by default."""
        return None
