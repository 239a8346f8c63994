"""Likely duplicate pairs found over the whole database, strongest first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from crmdesk.core.duplicate_finder import DuplicateMatch
from crmdesk.ui.formatting import format_count
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "DuplicatePairsModel"
HEADERS = (
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Code"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Name"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Code"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Name"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Why"),
    QT_TRANSLATE_NOOP("DuplicatePairsModel", "Similarity"),
)
REASONS = {
    "phone": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same phone"),
    "email": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same e-mail"),
    "name": QT_TRANSLATE_NOOP("DuplicatePairsModel", "same name"),
    "similar name": QT_TRANSLATE_NOOP("DuplicatePairsModel", "similar name"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DuplicatePairsModel(QAbstractTableModel):
    def __init__(self, matches: list[DuplicateMatch], parent=None):
        super().__init__(parent)
        self._matches = list(matches)

    def match(self, row: int) -> DuplicateMatch:
        return self._matches[row]

    def drop_file(self, customer_id: int) -> None:
        """A file left (merged into another): its pairs go with it."""
        self.beginResetModel()
        self._matches = [m for m in self._matches if customer_id not in (m.first.id, m.second.id)]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match = self._matches[index.row()]
        return (
            match.first.code,
            match.first.name,
            match.second.code,
            match.second.name,
            ", ".join(_tr(REASONS[r]) for r in match.reasons),
            f"{format_count(match.score)}%",
        )[index.column()]
