"""The pipeline's open stages as an editable table: Chinese and English names and the
default win probability, in order. Won (100%) and Lost (0%) always close it."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from crmdesk.core.opportunity import Stage, open_stages
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "StagesModel"
HEADERS = (
    QT_TRANSLATE_NOOP("StagesModel", "Chinese"),
    QT_TRANSLATE_NOOP("StagesModel", "English"),
    QT_TRANSLATE_NOOP("StagesModel", "Probability (%)"),
)
FIELDS = ("name_zh", "name_en", "probability")


class StagesModel(QAbstractTableModel):
    def __init__(self, stages: tuple[Stage, ...], parent=None):
        super().__init__(parent)
        self._stages = list(open_stages(stages))

    def stages(self) -> tuple[Stage, ...]:
        """The open stages as edited (core.opportunity.checked_stages adds the rest)."""
        return tuple(self._stages)

    def add(self, after: int) -> int:
        """A new stage after row ``after`` (at the end for -1); returns its row."""
        taken = {s.code for s in self._stages}
        code = next(f"stage{n}" for n in range(1, len(taken) + 2) if f"stage{n}" not in taken)
        row = len(self._stages) if after < 0 else after + 1
        previous = self._stages[row - 1].probability if row else 0
        self.beginInsertRows(ROOT, row, row)
        self._stages.insert(row, Stage(code, "", "", previous))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._stages[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self._stages[index.row()], FIELDS[index.column()])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        name = FIELDS[index.column()]
        given = max(0, min(100, int(value))) if name == "probability" else str(value).strip()
        self._stages[index.row()] = replace(self._stages[index.row()], **{name: given})
        self.dataChanged.emit(index, index, [role])
        return True
